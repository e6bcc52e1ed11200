import { InvalidArgumentError } from 'commander'

/** Parses a non-negative integer amount of token base units as a bigint. */
export function parseBaseUnits(value: string): bigint {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of token base units')
  return BigInt(value)
}

/** Parses a positive integer. */
export function parsePositiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive integer')
  return n
}

/** Config precedence (DESIGN.md §10): flag, then RIGPOOL_* environment variable, then default. */
export function fromEnv(name: string): string | undefined {
  const v = process.env[`RIGPOOL_${name}`]
  return v === undefined || v === '' ? undefined : v
}
