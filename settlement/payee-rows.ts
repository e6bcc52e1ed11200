// A payee channel as stored in settlement_payee_channels.
import type { Address, Hex } from 'viem'

export type PayeeChannelState = 'open' | 'closing' | 'closed' | 'expired'

export interface PayeeChannel {
  channelId: Hex
  payer: Address
  payee: Address
  token: Address
  deposit: bigint
  challengePeriodS: bigint
  /** Best (highest) voucher held. */
  bestAmount: bigint
  bestSignature?: Hex
  withdrawn: bigint
  /** Value delivered on this channel as the payee counts it (may run ahead of vouchers). */
  delivered: bigint
  state: PayeeChannelState
  closesAt?: bigint
  /** Local time (ms) since which a voucher has waited unredeemed. */
  pendingSinceMs?: number
}

export interface Row {
  channel_id: string
  payer: string
  payee: string
  token: string
  deposit: string
  challenge_period: number
  best_amount: string
  best_signature: string | null
  pending_since: number | null
  withdrawn: string
  delivered: string
  state: PayeeChannelState
  closes_at: number | null
}

export function fromRow(r: Row): PayeeChannel {
  return {
    channelId: r.channel_id as Hex,
    payer: r.payer as Address,
    payee: r.payee as Address,
    token: r.token as Address,
    deposit: BigInt(r.deposit),
    challengePeriodS: BigInt(r.challenge_period),
    bestAmount: BigInt(r.best_amount),
    bestSignature: r.best_signature === null ? undefined : (r.best_signature as Hex),
    withdrawn: BigInt(r.withdrawn),
    delivered: BigInt(r.delivered),
    state: r.state,
    closesAt: r.closes_at === null ? undefined : BigInt(r.closes_at),
    pendingSinceMs: r.pending_since ?? undefined,
  }
}

