// Just enough of the zip format for .npz: read stored or deflated entries through the
// central directory (with zip64 extra fields, which np.savez writes), write stored entries.
import { crc32, inflateRawSync } from 'node:zlib'
import { RigpoolError } from '../../protocol/index.ts'

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const U32_MAX = 0xffffffff

const bad = (message: string): never => {
  throw new RigpoolError('E_BAD_TENSOR', `.npz: ${message}`)
}

export interface ZipEntry {
  name: string
  data: Uint8Array
}

/** Reads every entry of a zip archive (stored or deflate), checking sizes and CRCs. */
export function readZip(bytes: Uint8Array, options: { maxEntryBytes?: number } = {}): ZipEntry[] {
  const maxEntry = options.maxEntryBytes ?? 4 * 1024 ** 3
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) bad('not a zip archive (no end of central directory)')
  const count = view.getUint16(eocd + 10, true)
  let offset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || offset === U32_MAX) bad('zip64 archives with this many entries or this size are not supported')
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL) bad('corrupt central directory')
    const flags = view.getUint16(offset + 8, true)
    const method = view.getUint16(offset + 10, true)
    const crc = view.getUint32(offset + 16, true)
    let csize = view.getUint32(offset + 20, true)
    let usize = view.getUint32(offset + 24, true)
    const nameLen = view.getUint16(offset + 28, true)
    const extraLen = view.getUint16(offset + 30, true)
    const commentLen = view.getUint16(offset + 32, true)
    let local = view.getUint32(offset + 42, true)
    if (offset + 46 + nameLen + extraLen > bytes.byteLength) bad('corrupt central directory')
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLen))
    // Zip64 extra field: the 64-bit values, in this order, for each 32-bit field that is 0xffffffff.
    let e = offset + 46 + nameLen
    const end = e + extraLen
    while (e + 4 <= end) {
      const id = view.getUint16(e, true)
      const size = view.getUint16(e + 2, true)
      if (id === 0x0001) {
        let p = e + 4
        const next = (): number => {
          if (p + 8 > e + 4 + size) bad(`bad zip64 field for ${name}`)
          const v = Number(view.getBigUint64(p, true))
          p += 8
          return v
        }
        if (usize === U32_MAX) usize = next()
        if (csize === U32_MAX) csize = next()
        if (local === U32_MAX) local = next()
      }
      e += 4 + size
    }
    if ((flags & 1) !== 0) bad(`${name} is encrypted`)
    if (usize > maxEntry) bad(`${name} of ${usize} bytes exceeds the limit of ${maxEntry}`)
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL) bad(`corrupt local header for ${name}`)
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    if (dataStart + csize > bytes.byteLength) bad(`${name} is truncated`)
    const raw = bytes.subarray(dataStart, dataStart + csize)
    let data: Uint8Array
    if (method === 0) data = raw
    else if (method === 8) {
      try {
        data = new Uint8Array(inflateRawSync(raw, { maxOutputLength: Math.max(1, usize) }))
      } catch (err) {
        throw new RigpoolError('E_BAD_TENSOR', `.npz: ${name} does not inflate`, { cause: err })
      }
    } else return bad(`${name} uses compression method ${method}; only stored and deflate are supported`)
    if (data.byteLength !== usize) bad(`${name} is ${data.byteLength} bytes, the directory says ${usize}`)
    if (crc32(data) >>> 0 !== crc) bad(`${name} fails its CRC check`)
    entries.push({ name, data })
    offset += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

/** Writes entries as a zip archive of stored (uncompressed) files. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const enc = new TextEncoder()
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const { name, data } of entries) {
    if (data.byteLength >= U32_MAX || offset >= U32_MAX) throw new RigpoolError('E_BAD_TENSOR', '.npz: archives over 4 GiB are not supported')
    const nameBytes = enc.encode(name)
    const crc = crc32(data) >>> 0
    const local = new Uint8Array(30 + nameBytes.byteLength)
    const lv = new DataView(local.buffer)
    lv.setUint32(0, LOCAL, true)
    lv.setUint16(4, 20, true)
    lv.setUint16(6, 0x0800, true) // UTF-8 names
    lv.setUint32(14, crc, true)
    lv.setUint32(18, data.byteLength, true)
    lv.setUint32(22, data.byteLength, true)
    lv.setUint16(26, nameBytes.byteLength, true)
    local.set(nameBytes, 30)
    const central = new Uint8Array(46 + nameBytes.byteLength)
    const cv = new DataView(central.buffer)
    cv.setUint32(0, CENTRAL, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(8, 0x0800, true)
    cv.setUint32(16, crc, true)
    cv.setUint32(20, data.byteLength, true)
    cv.setUint32(24, data.byteLength, true)
    cv.setUint16(28, nameBytes.byteLength, true)
    cv.setUint32(42, offset, true)
    central.set(nameBytes, 46)
    locals.push(local, data)
    centrals.push(central)
    offset += local.byteLength + data.byteLength
  }
  const dirSize = centrals.reduce((s, c) => s + c.byteLength, 0)
  const eocd = new Uint8Array(22)
  const ev = new DataView(eocd.buffer)
  ev.setUint32(0, EOCD, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, dirSize, true)
  ev.setUint32(16, offset, true)
  return Buffer.concat([...locals, ...centrals, eocd])
}
