// Human units for token amounts (balances in the CLI): pure, exact, no floats.
import { RigpoolError } from '../protocol/errors.ts'

/** Formats base units as a decimal string: formatTokenAmount(1_234_500n, 6) === '1.2345'. */
export function formatTokenAmount(amount: bigint, decimals = 6, options: { symbol?: string; minFractionDigits?: number } = {}): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 77) throw new RigpoolError('E_BAD_AMOUNT', 'bad decimals')
  const negative = amount < 0n
  const abs = negative ? -amount : amount
  const scale = 10n ** BigInt(decimals)
  const whole = (abs / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  let fraction = decimals === 0 ? '' : (abs % scale).toString().padStart(decimals, '0').replace(/0+$/, '')
  const minDigits = Math.min(options.minFractionDigits ?? 2, decimals)
  if (fraction.length < minDigits) fraction = fraction.padEnd(minDigits, '0')
  const text = `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`
  return options.symbol === undefined ? text : `${text} ${options.symbol}`
}

/** Parses a human amount ('12.5', '1,000.25') into base units; E_BAD_AMOUNT if not exact. */
export function parseTokenAmount(text: string, decimals = 6): bigint {
  const cleaned = text.trim().replace(/,/g, '')
  const m = /^(\d+)(?:\.(\d*))?$/.exec(cleaned)
  if (m === null) throw new RigpoolError('E_BAD_AMOUNT', `not an amount: ${JSON.stringify(text)}`)
  const fraction = (m[2] ?? '').replace(/0+$/, '')
  if (fraction.length > decimals) {
    throw new RigpoolError('E_BAD_AMOUNT', `${text} has more than ${decimals} decimals`)
  }
  return BigInt(m[1]!) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0')
}
