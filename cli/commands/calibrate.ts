// `rigpool calibrate <model.onnx>`: honest drift across this machine's configurations and
// the tolerance bounds it implies, written next to the model (<model>.calibration.json).
import { readFileSync } from 'node:fs'
import { Command, InvalidArgumentError } from 'commander'
import { RigpoolError, wireTensor, type NamedTensors } from '../../protocol/index.ts'
import { inspectModel, type TensorSpec } from '../../protocol/onnx/index.ts'
import { calibrateModel, calibrationPathFor, saveCalibration, type Calibration } from '../../coordinator/verification/index.ts'
import { parsePositiveInt } from '../options.ts'

function parseDims(value: string, previous: Record<string, number> = {}): Record<string, number> {
  const m = /^([^=]+)=(\d+)$/.exec(value)
  if (m === null || Number(m[2]) <= 0) throw new InvalidArgumentError('expected name=size, e.g. W=320')
  return { ...previous, [m[1]!]: Number(m[2]) }
}

/** Deterministic inputs in [-1, 1] for each item: symbolic dims from --dim, the batch dim 1. */
function syntheticItems(inputs: TensorSpec[], count: number, dims: Record<string, number>, batchAxis: 0 | null): NamedTensors[] {
  let s = 12345
  const rand = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
  return Array.from({ length: count }, () => {
    const item: NamedTensors = {}
    for (const spec of inputs) {
      if (spec.dtype !== 'float32') throw new RigpoolError('E_INPUT_MISMATCH', `input ${spec.name} is ${spec.dtype}: calibrate generates float32 inputs only`)
      const shape = spec.shape.map((d, axis) => {
        if (typeof d === 'number') return d
        if (axis === 0 && batchAxis === 0) return 1
        const v = dims[d]
        if (v === undefined) throw new RigpoolError('E_INPUT_MISMATCH', `input ${spec.name} has symbolic dim ${d}: give --dim ${d}=<size>`)
        return v
      })
      const n = shape.reduce((a, b) => a * b, 1)
      item[spec.name] = wireTensor('float32', shape, Float32Array.from({ length: n }, () => rand() * 2 - 1))
    }
    return item
  })
}

function table(c: Calibration): string {
  const rows = c.configurations.map(
    (d) => `  ${d.configuration.graphOptimizationLevel.padEnd(9)} ${String(d.configuration.intraOpNumThreads).padStart(7)} ${String(d.configuration.maxBatch).padStart(5)}  ${d.maxScore.toExponential(2).padStart(9)}  ${d.isBitIdentical ? 'yes' : 'no'}`,
  )
  const b = c.comparator
  return [
    `model ${c.modelId}  (onnxruntime ${c.ortVersion}, ${c.items} items)`,
    '  opt-level threads batch  max score  bit-identical to first',
    ...rows,
    `worst honest drift ${c.worstHonestScore.toExponential(2)}`,
    `proposed bounds: accept ≤ ${b.accept.toExponential(2)}, escalate ${b.accept.toExponential(2)}..${b.reject.toExponential(2)}, reject > ${b.reject.toExponential(2)} (floor ${b.floor})`,
  ].join('\n')
}

/** `rigpool calibrate`. */
export function register(program: Command): void {
  program
    .command('calibrate')
    .description('measure honest output drift of a model across optimisation levels, threads and batching, and propose comparator bounds')
    .argument('<model>', 'path of the .onnx file')
    .option('--items <n>', 'items to run in each configuration', parsePositiveInt, 16)
    .option('--dim <name=size>', 'size of a symbolic input dim (repeatable)', parseDims, {})
    .option('--json', 'print the calibration as JSON')
    .option('--no-save', 'do not write <model>.calibration.json')
    .action(async (path: string, opts: { items: number; dim: Record<string, number>; json?: boolean; save: boolean }) => {
      const bytes = new Uint8Array(readFileSync(path))
      const sig = inspectModel(bytes)
      const inputs = syntheticItems(sig.inputs, opts.items, opts.dim, sig.batchAxis)
      const calibration = await calibrateModel(bytes, { inputs })
      if (opts.save) saveCalibration(calibrationPathFor(path), calibration)
      console.log(opts.json === true ? JSON.stringify(calibration, null, 2) : table(calibration))
      if (opts.save && opts.json !== true) console.log(`written to ${calibrationPathFor(path)}`)
    })
}
