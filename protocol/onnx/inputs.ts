import { RigpoolError } from '../errors.ts'
import { DTYPE_BYTES, elementCount, type NamedTensors, type WireTensor } from '../tensor.ts'
import type { ModelSignature, TensorSpec } from './inspect.ts'

/** The model's inputs as one line, for error messages: `x: float32[N,3,48,?]`. */
export function describeInputs(sig: ModelSignature): string {
  return sig.inputs.map(describeSpec).join(', ')
}

function describeSpec(s: TensorSpec): string {
  return `${s.name}: ${s.dtype}[${s.shape.join(',')}]`
}

function describeTensor(t: WireTensor): string {
  return `${t.dtype}[${t.dims.join(',')}]`
}

/**
 * Checks one item's tensors plus the job's shared tensors against the model's inputs:
 * every input given exactly once, same dtype, rank and fixed dims. Throws E_INPUT_MISMATCH
 * naming the expected signature.
 */
export function checkItemInputs(sig: ModelSignature, item: NamedTensors, shared: NamedTensors = {}): void {
  const fail = (what: string): never => {
    throw new RigpoolError('E_INPUT_MISMATCH', `${what}; the model expects ${describeInputs(sig)}`, {
      details: { expected: sig.inputs },
    })
  }
  const expected = new Map(sig.inputs.map((s) => [s.name, s]))
  for (const name of Object.keys(item)) {
    if (Object.hasOwn(shared, name)) fail(`input ${name} given both per item and shared`)
  }
  const given: NamedTensors = { ...shared, ...item }
  for (const name of Object.keys(given)) {
    if (!expected.has(name)) fail(`unknown input ${name}`)
  }
  for (const spec of sig.inputs) {
    const t = given[spec.name]
    if (t === undefined) fail(`missing input ${spec.name}`)
    const tensor = t as WireTensor
    if (tensor.dtype !== spec.dtype) fail(`input ${spec.name} is ${describeTensor(tensor)}, dtype differs`)
    if (tensor.dims.length !== spec.shape.length) fail(`input ${spec.name} is ${describeTensor(tensor)}, rank differs`)
    spec.shape.forEach((d, i) => {
      if (typeof d === 'number' && tensor.dims[i] !== d) {
        fail(`input ${spec.name} is ${describeTensor(tensor)}, dim ${i} must be ${d}`)
      }
    })
    // The bytes must match the dims, or ORT would read past them or reject them obscurely.
    if (elementCount(tensor.dims) * DTYPE_BYTES[tensor.dtype] !== tensor.data.byteLength) {
      fail(`input ${spec.name} has ${tensor.data.byteLength} bytes for ${describeTensor(tensor)}`)
    }
  }
}
