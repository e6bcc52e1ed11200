import { createRigpoolNode, loadOrCreateEthAccount, PROVIDER_STATES, RigpoolError, type RigpoolNode } from '../protocol/index.ts'
import { ClientService } from './api/client-service.ts'
import { startHttpApi } from './api/http/server.ts'
import { DEFAULT_LIMITS, SubmissionRate, type LimitsConfig } from './api/limits.ts'
import { MarketQueries } from './api/market-queries.ts'
import { MarketService } from './api/market-service.ts'
import { ModelService } from './api/model-service.ts'
import { ProviderService } from './api/provider-service.ts'
import { AdvertBook } from './book/advert-book.ts'
import { OrderBook } from './book/order-book.ts'
import { ProviderRegistry } from './book/provider-registry.ts'
import type { TaskSizing } from './matching/index.ts'
import { ModelRegistry } from './models/model-registry.ts'
import { startPayments, type ChainConfig, type Payments } from './payments/index.ts'
import type { LogFn } from './observability/logger.ts'
import { CoordinatorMetrics } from './observability/metrics.ts'
import type { Job } from './scheduling/job.ts'
import { Scheduler } from './scheduling/scheduler.ts'
import { openStore, type Store } from './store/index.ts'
import { Verifier, type MarketVerificationReport, type ProviderReport, type VerificationConfig } from './verification/index.ts'

export interface CoordinatorConfig {
  dataDir: string
  listen?: string[]
  heartbeatIntervalMs?: number
  maxModelBytes?: number
  /** Serve the HTTP API (market queries, OpenAPI, /metrics) here; off when omitted. */
  http?: { host?: string; port: number }
  limits?: Partial<LimitsConfig>
  sizing?: Partial<TaskSizing>
  maxAttempts?: number
  backoffBaseMs?: number
  backoffMaxMs?: number
  /** Results and items of finished jobs are dropped this long after the job ends (default 24 h). */
  retentionMs?: number
  /** Pay-as-you-go on a chain (devnet or production), and where providers stake (arbiter: this coordinator's key); absent: jobs run unpaid, q sees no stake and nothing is slashed. */
  chain?: ChainConfig
  /** Audit policy overrides, the auditor's executions, calibrations (docs/verification.md). */
  verification?: VerificationConfig
  log?: LogFn
}

/** One provider's verification figures, by PeerId where the provider is known here. */
export type ProviderVerificationReport = ProviderReport & { stake: bigint; peerId?: string }

export interface Coordinator {
  node: RigpoolNode
  peerId: string
  /** The coordinator's Ethereum address: the arbiter providers stake to. */
  ethAddress: string
  /** Multiaddrs ending in /p2p/<PeerId>, for providers and clients to dial. */
  multiaddrs: string[]
  registry: ProviderRegistry
  adverts: AdvertBook
  book: OrderBook
  /** Live views of jobs (unfinished ones, and finished ones until their retention ends). */
  jobs: Map<string, Job>
  store: Store
  scheduler: Scheduler
  queries: MarketQueries
  metrics: CoordinatorMetrics
  /** The HTTP API's base URL when it is on. */
  httpUrl?: string
  /** Channels, vouchers and payouts, when the coordinator is on a chain. */
  payments?: Payments
  /** What recovery found on start (a restart after a crash). */
  recovered: { requeued: number; accepted: number; jobs: number; audits: number }
  /** Audits, the ledger behind q, stakes; emits 'caught' and 'slashed'. */
  verifier: Verifier
  /** Audit overhead and the guarantee it gives, market-wide and per provider. */
  verificationReport(): Promise<{ market: MarketVerificationReport; providers: ProviderVerificationReport[] }>
  stop(): Promise<void>
}

/** Starts a coordinator: database, libp2p node with the provider, model, client and market services, and the HTTP API. */
export async function startCoordinator(config: CoordinatorConfig): Promise<Coordinator> {
  const store = openStore(config.dataDir)
  const node = await createRigpoolNode({ dataDir: config.dataDir, listen: config.listen })
  const metrics = new CoordinatorMetrics()
  const registry = new ProviderRegistry()
  const adverts = new AdvertBook({ providers: store.providers, log: config.log })
  const book = new OrderBook(registry, adverts)
  const models = new ModelRegistry(config.dataDir, config.maxModelBytes)
  const jobs = new Map<string, Job>()
  const now = (): number => Date.now()
  const payments = config.chain === undefined ? undefined : startPayments({ chain: config.chain, dataDir: config.dataDir, store, registry, jobs, log: config.log })
  const verifier = await Verifier.start({
    dataDir: config.dataDir,
    audits: store.audits,
    modelBytes: (modelId) => {
      const model = models.get(modelId)
      if (model === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} is not held here`)
      return model.bytes
    },
    config: config.verification,
    // One sender per key: slashes and channel opens must not race for nonces.
    chain: payments === undefined ? undefined : { sender: payments.settlement.sender, publicClient: payments.settlement.publicClient, contract: payments.settlement.deployment.channels },
    log: config.log,
  })
  const scheduler = new Scheduler({ store, registry, models, jobs, metrics, sizing: config.sizing, maxAttempts: config.maxAttempts, backoffBaseMs: config.backoffBaseMs, backoffMaxMs: config.backoffMaxMs, log: config.log, now, verifier, payouts: payments?.payouts })
  const recovered = scheduler.recover()
  if (recovered.jobs > 0) config.log?.('resumed from the database', recovered)
  const limits = { ...DEFAULT_LIMITS, ...config.limits }
  const queries = new MarketQueries(book, models)
  const ethAddress = loadOrCreateEthAccount(config.dataDir).address
  const services = [
    new ProviderService({ node, registry, adverts, store, scheduler, coordinatorEthAddress: ethAddress, feeBps: payments?.feeBps, onOnline: (id) => payments?.payouts.providerOnline(id), isBannedAddress: (a) => verifier.isBanned(a), heartbeatIntervalMs: config.heartbeatIntervalMs, log: config.log }),
    new ModelService(node, models),
    new ClientService({ node, store, models, registry, scheduler, billing: payments?.billing, paymentWaitMs: config.chain?.paymentWaitMs, limits, rate: new SubmissionRate(limits.submissionsPerMinute, limits.submissionBurst), metrics, now, log: config.log }),
    new MarketService(node, queries),
  ]
  for (const s of services) await s.start()
  adverts.start(node)
  const refreshGauges = (): void => {
    const byState: Record<string, number> = {}
    for (const p of registry.all()) byState[p.state] = (byState[p.state] ?? 0) + 1
    CoordinatorMetrics.setCounts(metrics.providersOnline, byState, PROVIDER_STATES)
    CoordinatorMetrics.setCounts(metrics.jobs, store.jobs.countByState(), ['queued', 'running', 'completed', 'failed', 'cancelled'])
    CoordinatorMetrics.setCounts(metrics.tasks, store.tasks.countByState(), ['queued', 'assigned', 'running', 'delivered', 'accepted', 'cancelled'])
    metrics.advertsHeld.set(adverts.entries().length)
  }
  const verificationReport = async (): Promise<{ market: MarketVerificationReport; providers: ProviderVerificationReport[] }> => {
    const peers = new Map<string, string>()
    for (const p of registry.all()) peers.set(p.advert.ethAddress.toLowerCase(), p.id)
    const providers = (await verifier.providerReports()).map((r) => ({ ...r, peerId: peers.get(r.provider.toLowerCase()) }))
    return { market: await verifier.marketReport(), providers }
  }
  const http = config.http === undefined ? undefined : await startHttpApi({ queries, metrics, beforeScrape: refreshGauges, verification: verificationReport, host: config.http.host, port: config.http.port })
  const retentionMs = config.retentionMs ?? 24 * 3_600_000
  const sweep = setInterval(() => {
    for (const id of store.jobs.expired(Date.now() - retentionMs)) {
      store.db.transaction(() => {
        store.results.deleteJob(id)
        store.jobs.deleteItems(id)
      })()
      scheduler.forget(id)
    }
  }, Math.min(60_000, Math.max(1_000, retentionMs / 4))).unref()
  return {
    node,
    peerId: node.peerId.toString(),
    ethAddress,
    multiaddrs: node.getMultiaddrs().map((a) => a.toString()),
    registry,
    adverts,
    book,
    jobs,
    store,
    scheduler,
    queries,
    metrics,
    httpUrl: http?.url,
    payments,
    recovered,
    verifier,
    verificationReport,
    async stop() {
      clearInterval(sweep)
      scheduler.stop()
      adverts.stop()
      await http?.close()
      for (const s of services) await s.stop()
      for (const p of registry.all()) p.channel.close()
      await node.stop()
      await verifier.stop()
      await payments?.stop()
      store.close()
    },
  }
}
