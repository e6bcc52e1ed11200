import type { Deployment, WithdrawPolicy } from '../../settlement/index.ts'

/** The coordinator on a chain: paid by clients through channels, paying providers through its own. */
export interface ChainConfig {
  rpcUrl: string
  deployment: Deployment
  /** Kept from each provider payout, basis points (default 500 = 5 %). */
  feeBps?: number
  /** Results run at most this far ahead of the client's vouchers, base units (default 1 token at 6 decimals). */
  creditStep?: bigint
  /** Jobs without a channel are refused (default true). */
  requireChannel?: boolean
  /** Most the coordinator keeps deposited in channels to providers, base units (default 10,000 tokens). */
  workingCapital?: bigint
  /** A new channel to a provider starts with this much (default 100 tokens); top-ups add as much again. */
  providerDeposit?: bigint
  /** When the coordinator redeems client vouchers (default: 100 tokens or a day old). */
  withdrawPolicy?: WithdrawPolicy
  /** How often redemptions are considered (default 60 s). */
  withdrawEveryMs?: number
  /** How often the chain is scanned for payers starting to close (default 15 s). */
  closeWatcherPollMs?: number
  /** Waiting for a client's voucher at a credit step gives up after this (default 120 s). */
  paymentWaitMs?: number
}

export const DEFAULT_FEE_BPS = 500
export const DEFAULT_CREDIT_STEP = 1_000_000n
export const DEFAULT_WORKING_CAPITAL = 10_000_000_000n
export const DEFAULT_PROVIDER_DEPOSIT = 100_000_000n
