// What a payee has earned, in four figures a rig owner asks about.
import type { Hex } from 'viem'
import { formatTokenAmount } from './format.ts'
import type { PayeeChannel } from './payee.ts'

export interface Earnings {
  /** Value of the work delivered, as the payee counts it. */
  delivered: bigint
  /** Covered by the best vouchers held (redeemable at any moment while channels are open). */
  vouchered: bigint
  /** Redeemed on chain. */
  withdrawn: bigint
  /** Vouchered but not yet withdrawn. */
  pending: bigint
  /** Delivered but not (yet) covered by a voucher. */
  unvouchered: bigint
}

export interface ChannelEarnings extends Earnings {
  channelId: Hex
  state: PayeeChannel['state']
}

/** Sums a payee's channels into earnings, overall and per channel. */
export function summarizeEarnings(channels: readonly PayeeChannel[]): Earnings & { channels: ChannelEarnings[] } {
  const per = channels.map((c): ChannelEarnings => {
    const pending = c.state === 'expired' || c.bestAmount <= c.withdrawn ? 0n : c.bestAmount - c.withdrawn
    return {
      channelId: c.channelId,
      state: c.state,
      delivered: c.delivered,
      vouchered: c.bestAmount,
      withdrawn: c.withdrawn,
      pending,
      unvouchered: c.delivered > c.bestAmount ? c.delivered - c.bestAmount : 0n,
    }
  })
  const sum = (key: keyof Earnings): bigint => per.reduce((s, c) => s + c[key], 0n)
  return {
    delivered: sum('delivered'),
    vouchered: sum('vouchered'),
    withdrawn: sum('withdrawn'),
    pending: sum('pending'),
    unvouchered: sum('unvouchered'),
    channels: per,
  }
}

/** Earnings in human units, e.g. { delivered: '12.50 tUSD', ... }. */
export function formatEarnings(e: Earnings, decimals = 6, symbol?: string): Record<keyof Earnings, string> {
  const f = (v: bigint): string => formatTokenAmount(v, decimals, { symbol })
  return {
    delivered: f(e.delivered),
    vouchered: f(e.vouchered),
    withdrawn: f(e.withdrawn),
    pending: f(e.pending),
    unvouchered: f(e.unvouchered),
  }
}
