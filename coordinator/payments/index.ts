// Pay-as-you-go for the coordinator (DESIGN.md §9): clients pay it through channels,
// it pays providers through channels of its own, on one chain.
import { join } from 'node:path'
import { getAddress } from 'viem'
import { connectSettlement, loadOrCreateEthKey, type Settlement } from '../../settlement/index.ts'
import type { ProviderRegistry } from '../book/provider-registry.ts'
import type { LogFn } from '../observability/logger.ts'
import type { Job } from '../scheduling/job.ts'
import type { Store } from '../store/index.ts'
import { ClientBilling } from './client-billing.ts'
import { DEFAULT_CREDIT_STEP, DEFAULT_FEE_BPS, DEFAULT_PROVIDER_DEPOSIT, DEFAULT_WORKING_CAPITAL, type ChainConfig } from './config.ts'
import { ProviderPayouts } from './provider-payouts.ts'

export { ClientBilling } from './client-billing.ts'
export { netDue, ProviderPayouts, type ProviderLink } from './provider-payouts.ts'
export type { ChainConfig } from './config.ts'

export interface Payments {
  settlement: Settlement
  billing: ClientBilling
  payouts: ProviderPayouts
  feeBps: number
  stop(): Promise<void>
}

export interface PaymentsOptions {
  chain: ChainConfig
  dataDir: string
  store: Store
  registry: ProviderRegistry
  jobs: Map<string, Job>
  log?: LogFn
}

/** Connects the coordinator's key to the chain and starts redeeming and watching client channels. */
export function startPayments(o: PaymentsOptions): Payments {
  const { chain } = o
  const feeBps = chain.feeBps ?? DEFAULT_FEE_BPS
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > 10_000) throw new Error(`fee of ${feeBps} bps is not within 0..10000`)
  const settlement = connectSettlement({
    rpcUrl: chain.rpcUrl,
    deployment: chain.deployment,
    privateKey: loadOrCreateEthKey(join(o.dataDir, 'eth.key')),
    db: join(o.dataDir, 'settlement.sqlite'),
    budget: chain.workingCapital ?? DEFAULT_WORKING_CAPITAL,
    withdrawPolicy: chain.withdrawPolicy ?? { minAmount: 100_000_000n, maxAgeMs: 24 * 3_600_000 },
    closeWatcherPollMs: chain.closeWatcherPollMs ?? 15_000,
  })
  const unfinishedOf = (channelId: string): Job[] => [...o.jobs.values()].filter((j) => j.channelId === channelId && !j.isFinished)
  const billing = new ClientBilling({
    store: o.store,
    payee: settlement.payee,
    creditStep: chain.creditStep ?? DEFAULT_CREDIT_STEP,
    requireChannel: chain.requireChannel ?? true,
    minChallengePeriodS: 3_600,
    unfinishedOf,
  })
  const payouts = new ProviderPayouts({
    store: o.store,
    payer: settlement.payer,
    feeBps: BigInt(feeBps),
    deposit: chain.providerDeposit ?? DEFAULT_PROVIDER_DEPOSIT,
    linkOf: (id) => {
      const entry = o.registry.get(id)
      if (entry?.send === undefined) return undefined
      return { payout: entry.advert.payoutAddress, send: entry.send }
    },
    payoutOf: (id) => {
      const known = o.store.payments.payoutsOf(id).at(-1)?.payout
      return known === undefined ? undefined : getAddress(known)
    },
    log: o.log,
  })
  settlement.watcher.start()
  const redeem = setInterval(() => {
    settlement.payee.withdrawDue({ timeoutMs: 60_000 }).catch((err: unknown) => o.log?.('redeeming client vouchers failed', { message: String(err) }))
  }, chain.withdrawEveryMs ?? 60_000)
  redeem.unref()
  return {
    settlement,
    billing,
    payouts,
    feeBps,
    async stop() {
      clearInterval(redeem)
      await payouts.settled()
      await settlement.close()
    },
  }
}
