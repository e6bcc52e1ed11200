import { RigpoolError, type NamedTensors } from '../../protocol/index.ts'
import { readNpy, writeNpy } from './npy.ts'
import { readZip, writeZip } from './zip.ts'

/** Reads an .npz archive: one tensor per `<name>.npy` entry. */
export function readNpz(bytes: Uint8Array): NamedTensors {
  const out: NamedTensors = Object.create(null) as NamedTensors
  for (const entry of readZip(bytes)) {
    if (!entry.name.endsWith('.npy')) throw new RigpoolError('E_BAD_TENSOR', `.npz: entry ${entry.name} is not an .npy file`)
    const name = entry.name.slice(0, -4)
    if (Object.hasOwn(out, name)) throw new RigpoolError('E_BAD_TENSOR', `.npz: ${name} appears twice`)
    try {
      out[name] = readNpy(entry.data)
    } catch (err) {
      if (err instanceof RigpoolError) throw new RigpoolError(err.code, `${name}: ${err.message}`, { cause: err })
      throw err
    }
  }
  return out
}

/** Writes tensors as an .npz archive (stored entries, readable by np.load). */
export function writeNpz(tensors: NamedTensors): Uint8Array {
  return writeZip(Object.entries(tensors).map(([name, t]) => ({ name: `${name}.npy`, data: writeNpy(t) })))
}
