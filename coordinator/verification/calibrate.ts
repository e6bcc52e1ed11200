// Calibration: honest drift of a model across the configurations this machine can run,
// and the tolerance bounds it implies (≈10× the worst honest drift), stored with the model.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { modelIdOf, RigpoolError, type ModelId, type NamedTensors } from '../../protocol/index.ts'
import { OnnxRunner, type GraphOptimizationLevel } from '../../protocol/onnx/index.ts'
import { compareTolerance, DEFAULT_TOLERANCE, type ToleranceComparator } from './comparators/index.ts'
import { executeItems } from './execute.ts'

/** One honest way to run a model. */
export interface Configuration {
  graphOptimizationLevel: GraphOptimizationLevel
  intraOpNumThreads: number
  /** Items per session call; 1 = item by item. */
  maxBatch: number
}

export interface CalibrateOptions {
  /** Items to run (each with its own inputs). */
  inputs: NamedTensors[]
  shared?: NamedTensors
  outputNames?: string[]
  /** Default: every optimisation level × 1 and 2 threads, plus batch 8 at 'all'. */
  configurations?: Configuration[]
  /** Bounds = factor × worst honest drift (default 10). */
  factor?: number
  signal?: AbortSignal
}

export interface ConfigurationDrift {
  configuration: Configuration
  /** Worst score of this configuration's outputs against any other configuration's. */
  maxScore: number
  /** True when every item is bit-identical to the first configuration's. */
  isBitIdentical: boolean
}

/** A model's calibration: what was measured and the bounds proposed. */
export interface Calibration {
  modelId: ModelId
  ortVersion: string
  items: number
  measuredAt: string
  /** Worst honest score seen between any two configurations. */
  worstHonestScore: number
  configurations: ConfigurationDrift[]
  comparator: ToleranceComparator
}

const LEVELS: GraphOptimizationLevel[] = ['disabled', 'basic', 'extended', 'all']

/** The configurations calibration runs by default. */
export function defaultConfigurations(): Configuration[] {
  const out: Configuration[] = []
  for (const level of LEVELS) for (const threads of [1, 2]) out.push({ graphOptimizationLevel: level, intraOpNumThreads: threads, maxBatch: 1 })
  out.push({ graphOptimizationLevel: 'all', intraOpNumThreads: 2, maxBatch: 8 })
  return out
}

/**
 * Bounds from a worst honest score: accept = max(factor × worst, 1e-5) so a bit-identical
 * model still tolerates a kernel change; escalate = accept; reject = max(25 × accept, 5e-3).
 */
export function proposeBounds(worstHonestScore: number, factor = 10, floor = DEFAULT_TOLERANCE.floor): ToleranceComparator {
  if (!Number.isFinite(worstHonestScore) || worstHonestScore < 0) throw new RigpoolError('E_BAD_MODEL', 'honest outputs are not finite: cannot calibrate')
  const accept = Math.max(factor * worstHonestScore, 1e-5)
  return { kind: 'tolerance', accept, escalate: accept, reject: Math.max(25 * accept, 5e-3), floor, minCosine: 0, topK: 0 }
}

/** Runs the model in every configuration and measures the honest drift between them. */
export async function calibrateModel(bytes: Uint8Array, options: CalibrateOptions): Promise<Calibration> {
  if (options.inputs.length === 0) throw new RigpoolError('E_BAD_JOB', 'calibration needs at least one item')
  const modelId = modelIdOf(bytes)
  const configurations = options.configurations ?? defaultConfigurations()
  const runs: NamedTensors[][] = []
  let ortVersion = ''
  for (const configuration of configurations) {
    const runner = await OnnxRunner.start({
      graphOptimizationLevel: configuration.graphOptimizationLevel,
      intraOpNumThreads: configuration.intraOpNumThreads,
      signal: options.signal,
    })
    try {
      ortVersion = runner.settings().ortVersion
      await runner.load(modelId, bytes, { signal: options.signal })
      runs.push(await executeItems(runner, modelId, options.inputs, { shared: options.shared, outputNames: options.outputNames, maxBatch: configuration.maxBatch, signal: options.signal }))
    } finally {
      await runner.terminate()
    }
  }
  // Scores with a tiny accept bound: only the number matters here, not the verdict.
  const probe: ToleranceComparator = { ...DEFAULT_TOLERANCE, accept: 0, escalate: 0, reject: Infinity }
  const drift: ConfigurationDrift[] = configurations.map((configuration) => ({ configuration, maxScore: 0, isBitIdentical: true }))
  for (let a = 0; a < runs.length; a++) {
    for (let b = 0; b < runs.length; b++) {
      if (a === b) continue
      for (let i = 0; i < options.inputs.length; i++) {
        const { score } = compareTolerance(probe, runs[b]![i]!, runs[a]![i]!)
        drift[a]!.maxScore = Math.max(drift[a]!.maxScore, score)
        if (b === 0 && score !== 0) drift[a]!.isBitIdentical = false
      }
    }
  }
  const worstHonestScore = Math.max(0, ...drift.map((d) => d.maxScore))
  return {
    modelId,
    ortVersion,
    items: options.inputs.length,
    measuredAt: new Date().toISOString(),
    worstHonestScore,
    configurations: drift,
    comparator: proposeBounds(worstHonestScore, options.factor),
  }
}

/** Where a model file's calibration lives: next to it. */
export function calibrationPathFor(modelPath: string): string {
  return `${modelPath}.calibration.json`
}

/** Writes a calibration as JSON (to `path`). */
export function saveCalibration(path: string, calibration: Calibration): void {
  writeFileSync(path, JSON.stringify(calibration, null, 2) + '\n')
}

/** Reads a calibration written by saveCalibration; E_CONFIG when it is malformed. */
export function loadCalibration(path: string): Calibration {
  const value = JSON.parse(readFileSync(path, 'utf8')) as Calibration
  const c = value?.comparator
  if (typeof value?.modelId !== 'string' || c?.kind !== 'tolerance' || !(c.accept >= 0 && c.accept <= c.escalate && c.escalate <= c.reject && c.floor > 0)) {
    throw new RigpoolError('E_CONFIG', `malformed calibration ${path}`)
  }
  return value
}

/** Calibrations of the coordinator's models, one JSON file per model id in a directory. */
export class CalibrationStore {
  constructor(readonly dir: string) {}

  /** Stores a model's calibration. */
  put(calibration: Calibration): void {
    mkdirSync(this.dir, { recursive: true })
    saveCalibration(join(this.dir, `${calibration.modelId}.calibration.json`), calibration)
  }

  /** The model's calibration, if measured. */
  get(modelId: ModelId): Calibration | undefined {
    const path = join(this.dir, `${modelId}.calibration.json`)
    return existsSync(path) ? loadCalibration(path) : undefined
  }

  /** The comparator to judge this model with: its calibrated bounds, else the defaults. */
  comparatorFor(modelId: ModelId): ToleranceComparator {
    return this.get(modelId)?.comparator ?? DEFAULT_TOLERANCE
  }
}
