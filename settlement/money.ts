// Money arithmetic: bigint token base units; prices per million items; one rounding, upwards.
import { RigpoolError } from '../protocol/errors.ts'

/** Prices are quoted in token base units per this many items. */
export const ITEMS_PER_PRICE_UNIT = 1_000_000n
/** Fees are in basis points (1/10,000). */
export const BPS = 10_000n

function nonNegative(value: bigint, what: string): void {
  if (typeof value !== 'bigint') throw new RigpoolError('E_BAD_AMOUNT', `${what} must be a bigint`)
  if (value < 0n) throw new RigpoolError('E_BAD_AMOUNT', `${what} must not be negative`)
}

/** ⌈a / b⌉ for a ≥ 0, b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  nonNegative(a, 'dividend')
  if (b <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'divisor must be positive')
  return (a + b - 1n) / b
}

/**
 * The exact cost of `items` at `pricePerMillion`, in millionths of a base unit: no rounding.
 * Running totals are kept in this unit and rounded once, by `amountDue`.
 */
export function exactCost(items: bigint, pricePerMillion: bigint): bigint {
  nonNegative(items, 'items')
  nonNegative(pricePerMillion, 'price per million items')
  return items * pricePerMillion
}

/** What a running exact total (millionths of a base unit) is worth in base units, rounded up once. */
export function amountDue(exactTotal: bigint): bigint {
  return ceilDiv(exactTotal, ITEMS_PER_PRICE_UNIT)
}

/** Cost of `items` at `pricePerMillion`, base units, rounded up once: the one in protocol/. */
export { costOfItems } from '../protocol/money.ts'

/**
 * Splits an exact amount into what the payee gets and the fee kept (`feeBps` basis points).
 * The fee is rounded down, so the payee never loses a fraction to rounding; both parts stay exact.
 */
export function splitFee(exact: bigint, feeBps: bigint): { net: bigint; fee: bigint } {
  nonNegative(exact, 'amount')
  if (feeBps < 0n || feeBps > BPS) throw new RigpoolError('E_BAD_AMOUNT', 'fee must be within 0..10000 bps')
  const fee = (exact * feeBps) / BPS
  return { net: exact - fee, fee }
}

/**
 * The cumulative voucher amount to sign next: the amount due, once it is at least `creditStep`
 * above what was last signed (or when `final`); undefined when no voucher is needed yet.
 */
export function nextVoucherAmount(
  exactTotal: bigint,
  lastSigned: bigint,
  creditStep: bigint,
  final = false,
): bigint | undefined {
  nonNegative(creditStep, 'credit step')
  const due = amountDue(exactTotal)
  if (due <= lastSigned) return undefined
  return final || due - lastSigned >= creditStep ? due : undefined
}

/** The most a job can cost: its spend cap, or every item at its price cap (rounded up once). */
export function maxJobCost(spendCap: bigint | undefined, itemCount: number, priceCapPerMillion: bigint): bigint {
  return spendCap ?? amountDue(exactCost(BigInt(itemCount), priceCapPerMillion))
}
