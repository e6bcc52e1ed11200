// A small, strict reader/writer of NumPy's .npy format (versions 1.0, 2.0, 3.0).
// Only what the wire carries: little-endian numeric dtypes in C order. Anything else
// is refused with a typed error, never guessed at.
import { DTYPE_BYTES, elementCount, RigpoolError, type Dtype, type WireTensor } from '../../protocol/index.ts'

const MAGIC = Uint8Array.of(0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59) // \x93NUMPY

/** NumPy dtype strings we read and write, and ours. */
const DESCR_TO_DTYPE: Readonly<Record<string, Dtype>> = {
  '<f4': 'float32',
  '<f8': 'float64',
  '<f2': 'float16',
  '|i1': 'int8',
  '|u1': 'uint8',
  '<i2': 'int16',
  '<u2': 'uint16',
  '<i4': 'int32',
  '<u4': 'uint32',
  '<i8': 'int64',
  '<u8': 'uint64',
  '|b1': 'bool',
}
const DTYPE_TO_DESCR = Object.fromEntries(Object.entries(DESCR_TO_DTYPE).map(([d, t]) => [t, d])) as Record<Dtype, string>

const bad = (message: string): never => {
  throw new RigpoolError('E_BAD_TENSOR', `.npy: ${message}`)
}

/** Reads one .npy file's bytes into a tensor (the data is copied, aligned). */
export function readNpy(bytes: Uint8Array): WireTensor {
  if (bytes.byteLength < 10 || !MAGIC.every((b, i) => bytes[i] === b)) bad('not a NumPy .npy file (bad magic)')
  const major = bytes[6]!
  const minor = bytes[7]!
  if (![1, 2, 3].includes(major) || minor !== 0) bad(`unsupported format version ${major}.${minor}`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const lenBytes = major === 1 ? 2 : 4
  if (bytes.byteLength < 8 + lenBytes) bad('truncated header')
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true)
  const dataStart = 8 + lenBytes + headerLen
  if (dataStart > bytes.byteLength) bad('truncated header')
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(8 + lenBytes, dataStart))
  const { descr, fortranOrder, shape } = parseHeader(header)
  if (fortranOrder) bad('Fortran-order arrays are not supported; save a C-contiguous array (np.ascontiguousarray)')
  const dtype = DESCR_TO_DTYPE[descr]
  if (dtype === undefined) {
    const why = descr.startsWith('>') ? 'big-endian' : descr.includes('O') ? 'object' : 'unsupported'
    throw new RigpoolError('E_UNSUPPORTED_DTYPE', `.npy: ${why} dtype '${descr}'; supported: ${Object.keys(DESCR_TO_DTYPE).join(' ')}`)
  }
  const expected = elementCount(shape) * DTYPE_BYTES[dtype]
  const actual = bytes.byteLength - dataStart
  if (actual < expected) bad(`truncated data: ${actual} of ${expected} bytes for ${descr}${JSON.stringify(shape)}`)
  if (actual > expected) bad(`${actual - expected} bytes after the data`)
  return { dtype, dims: shape, data: Uint8Array.from(bytes.subarray(dataStart)) }
}

function parseHeader(header: string): { descr: string; fortranOrder: boolean; shape: number[] } {
  const body = header.trimEnd()
  if (!body.startsWith('{') || !body.endsWith('}')) bad('header is not a dict')
  // Exactly the three keys NumPy writes, each once, in any order.
  const inner = body.slice(1, -1).trim()
  const re = /\s*'(descr|fortran_order|shape)'\s*:\s*('[^']*'|True|False|\([^)]*\))\s*(?:,|$)/y
  const found: Record<string, string> = {}
  for (let pos = 0; pos < inner.length; pos = re.lastIndex) {
    re.lastIndex = pos
    const m = re.exec(inner)
    if (m === null) return bad(`unreadable header ${JSON.stringify(header)}`)
    const [, key, value] = m
    if (Object.hasOwn(found, key!)) bad(`key ${key} twice in the header`)
    found[key!] = value!
  }
  const descr = found.descr
  const order = found.fortran_order
  const shapeText = found.shape
  if (descr === undefined || order === undefined || shapeText === undefined) bad('header lacks descr, fortran_order or shape')
  if (!descr!.startsWith("'") || !(order === 'True' || order === 'False') || !shapeText!.startsWith('(')) bad('header values of the wrong type')
  const parts = shapeText!.slice(1, -1).split(',').map((s) => s.trim())
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  const shape = parts.map((p) => {
    if (!/^\d+$/.test(p)) bad(`bad dimension '${p}' in shape`)
    const n = Number(p)
    if (!Number.isSafeInteger(n)) bad(`dimension ${p} too large`)
    return n
  })
  return { descr: descr!.slice(1, -1), fortranOrder: order === 'True', shape }
}

/** Writes a tensor as a .npy file (version 1.0, or 2.0 when the header needs it). */
export function writeNpy(t: WireTensor): Uint8Array {
  const descr = DTYPE_TO_DESCR[t.dtype]
  if (descr === undefined) throw new RigpoolError('E_UNSUPPORTED_DTYPE', `no .npy dtype for ${t.dtype}`)
  if (elementCount(t.dims) * DTYPE_BYTES[t.dtype] !== t.data.byteLength) bad(`${t.data.byteLength} bytes do not fit ${t.dtype}[${t.dims.join(',')}]`)
  const shape = t.dims.length === 1 ? `(${t.dims[0]},)` : `(${t.dims.join(', ')})`
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`
  let major = 1
  let prefix = 10
  if (dict.length + 1 + prefix > 65535) {
    major = 2
    prefix = 12
  }
  // NumPy pads the header with spaces so the data starts on a 64-byte boundary.
  const padded = dict + ' '.repeat((64 - ((prefix + dict.length + 1) % 64)) % 64) + '\n'
  const out = new Uint8Array(prefix + padded.length + t.data.byteLength)
  out.set(MAGIC, 0)
  out[6] = major
  out[7] = 0
  const view = new DataView(out.buffer)
  if (major === 1) view.setUint16(8, padded.length, true)
  else view.setUint32(8, padded.length, true)
  out.set(new TextEncoder().encode(padded), prefix)
  out.set(t.data, prefix + padded.length)
  return out
}
