// The coordinator's verifier: its Auditor (worker threads), the AuditLedger kept in SQLite
// so q per provider and bans survive a restart, stakes on chain, and the figures it reports.
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type { Address } from 'viem'
import type { ModelId } from '../../protocol/index.ts'
import type { AuditStore } from '../store/audit-store.ts'
import { DEFAULT_AUDIT_POLICY, detectionProbability, itemsForConfidence, type AuditPolicy } from './audit-rate.ts'
import { Auditor, type AuditOutcome, type ExecutionConfig } from './auditor.ts'
import { CalibrationStore } from './calibrate.ts'
import { AuditLedger, type ProviderRecord, type ProviderReport } from './ledger.ts'
import { StakeBook, type ChainAccess } from './stake-book.ts'

export interface VerificationConfig {
  /** Overrides of DEFAULT_AUDIT_POLICY (floor, newRate, probationItems, halfLifeItems, safety). */
  policy?: Partial<AuditPolicy>
  primary?: ExecutionConfig
  secondary?: ExecutionConfig
  maxBatch?: number
  /** Where model calibrations (bounds for confirming `exact` jobs) live; default <dataDir>/calibration. */
  calibrationDir?: string
  /** How long a read stake is trusted (default 10 s). */
  stakeCacheMs?: number
}

export interface VerifierOptions {
  dataDir: string
  audits: AuditStore
  modelBytes: (modelId: ModelId) => Uint8Array
  config?: VerificationConfig
  chain?: ChainAccess
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

/** Market-wide figures: what auditing costs and what it guarantees today. */
export interface MarketVerificationReport {
  itemsDelivered: number
  itemsRecomputed: number
  auditOverhead: number
  providers: number
  banned: number
  /** Lowest q among providers not banned (the weakest guarantee), with 99.9 % detection horizons. */
  minQ: number
  caughtWithin999: { f1: number; f0_1: number; f0_01: number }
  /** P(caught within 1,000 items) at minQ for a cheater on every item / on 1 %. */
  guarantee1000: { f1: number; f0_01: number }
}

/** A provider caught cheating: banned, its items queued to re-run. */
export interface CaughtEvent {
  providerId: string
  ethAddress: string
  taskId: string
  evidenceHash: string
  itemsRerun: number
  jobs: string[]
}

/** A stake slashed on chain with the evidence hash. */
export interface SlashedEvent {
  providerId: string
  ethAddress: string
  amount: bigint
  txHash: string
  evidenceHash: string
}

/** Audits, records and stakes; one per coordinator. Emits 'caught' and 'slashed'. */
export class Verifier {
  readonly events = new EventEmitter<{ caught: [CaughtEvent]; slashed: [SlashedEvent] }>()
  readonly ledger: AuditLedger
  readonly stakes: StakeBook
  /** Gain per cheated item last seen per provider (its price), for reports. */
  readonly #gain = new Map<string, bigint>()

  private constructor(
    readonly auditor: Auditor,
    private readonly o: VerifierOptions,
  ) {
    this.ledger = new AuditLedger({ ...DEFAULT_AUDIT_POLICY, ...o.config?.policy })
    this.ledger.restore(o.audits.ledgerRecords<ProviderRecord>())
    this.stakes = new StakeBook(o.chain, o.config?.stakeCacheMs)
  }

  /** Starts the auditor's runners and restores the ledger from the store. */
  static async start(options: VerifierOptions): Promise<Verifier> {
    const calibration = new CalibrationStore(options.config?.calibrationDir ?? join(options.dataDir, 'calibration'))
    const auditor = await Auditor.start({
      modelBytes: options.modelBytes,
      boundsFor: (modelId) => calibration.comparatorFor(modelId),
      primary: options.config?.primary,
      secondary: options.config?.secondary,
      maxBatch: options.config?.maxBatch,
    })
    return new Verifier(auditor, options)
  }

  get log(): VerifierOptions['log'] {
    return this.o.log
  }

  /** q and probation for the provider's next task at its stake (0 when the chain cannot be read). */
  async rateFor(provider: Address, pricePerMillion: bigint): Promise<{ q: number; isOnProbation: boolean; stake: bigint }> {
    this.#gain.set(provider.toLowerCase(), pricePerMillion)
    const stake = await this.stakes.stakeOf(provider).catch((err: unknown) => {
      this.o.log?.('stake unreadable; auditing as unstaked', { provider, message: String(err) })
      return 0n
    })
    return { q: this.ledger.rate(provider, stake, pricePerMillion), isOnProbation: this.ledger.isOnProbation(provider), stake }
  }

  isBanned(provider: string): boolean {
    return this.ledger.isBanned(provider)
  }

  /** Books an audit decision in the ledger and its durable copy (call inside the decision's transaction). */
  record(provider: string, itemsDelivered: number, outcome: AuditOutcome): void {
    this.ledger.recordTask(provider, itemsDelivered, outcome)
    const record = this.ledger.record(provider)
    this.o.audits.putLedgerRecord(record.provider, record)
  }

  /** Books items delivered without an audit (q drew none): they count towards the clean record. */
  recordUnaudited(provider: string, itemsDelivered: number, taskId: string, modelId: ModelId): void {
    this.record(provider, itemsDelivered, { taskId, provider, modelId, items: [], verdict: 'clean', recomputed: 0, honestOutputs: new Map() })
  }

  /** One provider's figures at its current stake. */
  async providerReport(provider: Address): Promise<ProviderReport & { stake: bigint }> {
    const stake = await this.stakes.stakeOf(provider).catch(() => 0n)
    return { ...this.ledger.report(provider, stake, this.#gain.get(provider.toLowerCase()) ?? 0n), stake }
  }

  /** Every provider's figures. */
  async providerReports(): Promise<Array<ProviderReport & { stake: bigint }>> {
    return Promise.all(this.ledger.snapshot().map((r) => this.providerReport(r.provider as Address)))
  }

  /** Market-wide overhead and the weakest guarantee among providers in good standing. */
  async marketReport(): Promise<MarketVerificationReport> {
    const m = this.ledger.marketOverhead()
    const reports = (await this.providerReports()).filter((r) => !r.isBanned)
    const minQ = reports.length === 0 ? this.ledger.policy.newRate : Math.min(...reports.map((r) => r.q))
    return {
      ...m,
      minQ,
      caughtWithin999: { f1: itemsForConfidence(minQ, 1), f0_1: itemsForConfidence(minQ, 0.1), f0_01: itemsForConfidence(minQ, 0.01) },
      guarantee1000: { f1: detectionProbability(minQ, 1, 1000), f0_01: detectionProbability(minQ, 0.01, 1000) },
    }
  }

  async stop(): Promise<void> {
    await this.auditor.stop()
  }
}
