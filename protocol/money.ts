import { RigpoolError } from './errors.ts'

/** Money is bigint token base units; on the wire, unsigned big-endian bytes (≤ 32). */
export const MAX_MONEY_BYTES = 32
const MAX_MONEY = (1n << 256n) - 1n

/** Encodes a non-negative amount as minimal big-endian bytes (0 → empty). */
export function encodeMoney(amount: bigint): Uint8Array {
  if (typeof amount !== 'bigint') throw new RigpoolError('E_BAD_AMOUNT', 'amount must be a bigint')
  if (amount < 0n) throw new RigpoolError('E_BAD_AMOUNT', `amount must not be negative: ${amount}`)
  if (amount > MAX_MONEY) throw new RigpoolError('E_BAD_AMOUNT', 'amount does not fit in 32 bytes')
  if (amount === 0n) return new Uint8Array(0)
  let hex = amount.toString(16)
  if (hex.length % 2 === 1) hex = '0' + hex
  return Uint8Array.from(Buffer.from(hex, 'hex'))
}

/** Decodes big-endian money bytes; more than 32 bytes is a typed error. */
export function decodeMoney(bytes: Uint8Array): bigint {
  if (bytes.byteLength > MAX_MONEY_BYTES) {
    throw new RigpoolError('E_BAD_AMOUNT', `money field of ${bytes.byteLength} bytes exceeds ${MAX_MONEY_BYTES}`)
  }
  if (bytes.byteLength === 0) return 0n
  return BigInt('0x' + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex'))
}

/** Encodes an optional cap: undefined → empty ("no cap"); zero → one zero byte, so it stays zero. */
export function encodeOptionalMoney(amount: bigint | undefined): Uint8Array {
  if (amount === undefined) return new Uint8Array(0)
  return amount === 0n ? Uint8Array.of(0) : encodeMoney(amount)
}

/** Decodes an optional cap: empty bytes mean "no cap". */
export function decodeOptionalMoney(bytes: Uint8Array): bigint | undefined {
  return bytes.byteLength === 0 ? undefined : decodeMoney(bytes)
}

/** Exact cost of `items` at `pricePerMillion` base units per million items, rounded up once. */
export function costOfItems(items: bigint, pricePerMillion: bigint): bigint {
  if (items < 0n || pricePerMillion < 0n) throw new RigpoolError('E_BAD_AMOUNT', 'negative items or price')
  return (items * pricePerMillion + 999_999n) / 1_000_000n
}

/** A finite positive double as an exact fraction (doubles are dyadic rationals). */
function exactFraction(x: number): [bigint, bigint] {
  let den = 1n
  while (!Number.isInteger(x)) {
    x *= 2 // exact: scaling a double by 2 loses nothing
    den *= 2n
  }
  return [BigInt(x), den]
}

/**
 * Price per million items from a price per GPU-hour and a measured speed, rounded up
 * once, at the exact measured speed, so a provider never sells below its hourly price.
 */
export function pricePerMillionItems(pricePerGpuHour: bigint, itemsPerSecond: number): bigint {
  if (pricePerGpuHour < 0n) throw new RigpoolError('E_BAD_AMOUNT', `price per GPU-hour must not be negative: ${pricePerGpuHour}`)
  if (!Number.isFinite(itemsPerSecond) || !(itemsPerSecond >= 1e-9)) {
    throw new RigpoolError('E_BAD_AMOUNT', `items per second out of range: ${itemsPerSecond}`)
  }
  const [num, den] = exactFraction(itemsPerSecond)
  // price/hour ÷ (items/s × 3600) × 1e6, rounded up
  const numerator = pricePerGpuHour * 1_000_000n * den
  const denominator = num * 3600n
  return (numerator + denominator - 1n) / denominator
}
