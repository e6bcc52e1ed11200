import { RigpoolError } from './errors.ts'

// uint32 codes used on the wire in place of proto enums (protons throws a plain error on
// an unknown enum value). Each list's index is its code; decoders validate the range.

export const PRECISIONS = ['unknown', 'fp32-strict', 'fp32-tf32', 'fp16', 'int8'] as const
export type Precision = (typeof PRECISIONS)[number]

export const PROVIDER_STATES = ['ready', 'busy', 'paused', 'draining'] as const
export type ProviderState = (typeof PROVIDER_STATES)[number]

export const JOB_STATES = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const
export type JobState = (typeof JOB_STATES)[number]

export const DELIVERY_MODES = ['verified', 'optimistic'] as const
export type DeliveryMode = (typeof DELIVERY_MODES)[number]

export const AUDIT_VERDICTS = ['accept', 'escalate', 'reject'] as const
export type AuditVerdict = (typeof AUDIT_VERDICTS)[number]

export const OFFER_SORTS = ['price_per_gpu_hour', 'price_per_item', 'speed'] as const
export type OfferSort = (typeof OFFER_SORTS)[number]

/** Maps a wire code to its name, refusing codes out of range with a typed error. */
export function fromCode<T extends string>(list: readonly T[], code: number, what: string): T {
  const value = list[code]
  if (value === undefined) throw new RigpoolError('E_BAD_FRAME', `unknown ${what} code ${code}`)
  return value
}

/** Maps a name to its wire code. */
export function toCode<T extends string>(list: readonly T[], value: T): number {
  const code = list.indexOf(value)
  if (code < 0) throw new RigpoolError('E_INTERNAL', `no code for ${value}`)
  return code
}
