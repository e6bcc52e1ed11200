// A batch as NumPy files: an .npz (one array per model input, item axis first) or a
// directory of <input>.npy files, or JSON lines (one item per line); --shared
// name=file.npy gives an input once.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { readNpy, readNpz, splitBatch, type SplitBatch } from '../../client-sdk/index.ts'
import { RigpoolError, type NamedTensors } from '../../protocol/index.ts'
import { checkItemInputs, inspectModel, type ModelSignature } from '../../protocol/onnx/index.ts'
import { readJsonl } from './jsonl.ts'

/** Reads arrays from an .npz file, one .npy file, or a directory of .npy files. */
export function readArrays(path: string): NamedTensors {
  let st
  try {
    st = statSync(path)
  } catch (err) {
    throw new RigpoolError('E_CONFIG', `cannot read inputs at ${path}`, { cause: err })
  }
  if (st.isDirectory()) {
    const out: NamedTensors = {}
    for (const f of readdirSync(path).filter((n) => n.endsWith('.npy')).sort()) out[f.slice(0, -4)] = readNpyFile(join(path, f))
    if (Object.keys(out).length === 0) throw new RigpoolError('E_CONFIG', `no .npy files in ${path}`)
    return out
  }
  if (path.endsWith('.npy')) return { [basename(path, '.npy')]: readNpyFile(path) }
  return readNpz(new Uint8Array(readFileSync(path)))
}

function readNpyFile(path: string) {
  try {
    return readNpy(new Uint8Array(readFileSync(path)))
  } catch (err) {
    if (err instanceof RigpoolError) throw new RigpoolError(err.code, `${path}: ${err.message}`, { cause: err })
    throw err
  }
}

/** Parses `--shared name=file.npy` values. */
export function readShared(values: readonly string[]): NamedTensors {
  const out: NamedTensors = {}
  for (const v of values) {
    const eq = v.indexOf('=')
    if (eq <= 0) throw new RigpoolError('E_CONFIG', `--shared takes name=file.npy, not ${v}`)
    out[v.slice(0, eq)] = readNpyFile(v.slice(eq + 1))
  }
  return out
}

/** Inspects the model and splits the arrays into items, checking every item against the signature before anything is sent. */
export function loadBatch(modelBytes: Uint8Array, inputsPath: string, shared: readonly string[]): { sig: ModelSignature; batch: SplitBatch } {
  const sig = inspectModel(modelBytes)
  const batch = inputsPath.endsWith('.jsonl')
    ? { items: readJsonl(inputsPath, sig), shared: readShared(shared) }
    : splitBatch(sig, readArrays(inputsPath), readShared(shared))
  batch.items.forEach((item, i) => {
    try {
      checkItemInputs(sig, item, batch.shared)
    } catch (err) {
      if (err instanceof RigpoolError) throw new RigpoolError(err.code, `item ${i}: ${err.message}`, { cause: err })
      throw err
    }
  })
  return { sig, batch }
}
