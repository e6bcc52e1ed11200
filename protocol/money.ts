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

/** Decodes an optional cap: empty bytes mean "no cap". */
export function decodeOptionalMoney(bytes: Uint8Array): bigint | undefined {
  return bytes.byteLength === 0 ? undefined : decodeMoney(bytes)
}

/** Exact cost of `items` at `pricePerMillion` base units per million items, rounded up once. */
export function costOfItems(items: bigint, pricePerMillion: bigint): bigint {
  if (items < 0n || pricePerMillion < 0n) throw new RigpoolError('E_BAD_AMOUNT', 'negative items or price')
  return (items * pricePerMillion + 999_999n) / 1_000_000n
}

/**
 * Price per million items from a price per GPU-hour and a measured speed, rounded up
 * so a provider never sells below its hourly price. `itemsPerSecond` is a measurement
 * (a float); it is quantised to milli-items/s before any money arithmetic.
 */
export function pricePerMillionItems(pricePerGpuHour: bigint, itemsPerSecond: number): bigint {
  if (!(itemsPerSecond > 0) || !Number.isFinite(itemsPerSecond)) {
    throw new RigpoolError('E_BAD_AMOUNT', `items per second must be positive: ${itemsPerSecond}`)
  }
  const milliItemsPerHour = BigInt(Math.max(1, Math.round(itemsPerSecond * 1000))) * 3600n
  // price/hour ÷ items/hour × 1e6 = price × 1e6 × 1000 / milliItemsPerHour
  const numerator = pricePerGpuHour * 1_000_000n * 1000n
  return (numerator + milliItemsPerHour - 1n) / milliItemsPerHour
}
