// Audit records per provider: the clean record that sets q, the overhead, the guarantee,
// bans, and the per-job verification report (JobReport in protocol/wire/client.ts).
import type { Address } from 'viem'
import type { AuditRecord, JobReport } from '../../protocol/index.ts'
import { auditOverhead, auditRate, DEFAULT_AUDIT_POLICY, isOnProbation, itemsForConfidence, type AuditPolicy } from './audit-rate.ts'
import type { AuditOutcome } from './auditor.ts'

export interface ProviderRecord {
  provider: string
  itemsDelivered: number
  itemsAudited: number
  /** Executions the verifier ran (audited items plus second executions). */
  itemsRecomputed: number
  /** Items delivered since joining or since the last unconfirmed escalation. */
  cleanItems: number
  escalations: number
  cheats: number
  isBanned: boolean
  /** Evidence hashes of confirmed cheats. */
  evidence: string[]
}

export interface ProviderReport extends ProviderRecord {
  q: number
  isOnProbation: boolean
  auditOverhead: number
  /** Items within which a cheater on fraction f is caught with 99.9 % probability at today's q. */
  caughtWithin999: { f1: number; f0_1: number; f0_01: number }
}

/** In-memory records; `snapshot()`/`restore()` let the coordinator persist them in its store. */
export class AuditLedger {
  readonly #records = new Map<string, ProviderRecord>()

  constructor(readonly policy: AuditPolicy = DEFAULT_AUDIT_POLICY) {}

  #get(provider: string): ProviderRecord {
    const key = provider.toLowerCase()
    let r = this.#records.get(key)
    if (r === undefined) {
      r = { provider: key, itemsDelivered: 0, itemsAudited: 0, itemsRecomputed: 0, cleanItems: 0, escalations: 0, cheats: 0, isBanned: false, evidence: [] }
      this.#records.set(key, r)
    }
    return r
  }

  /** The provider's record (a copy). */
  record(provider: string): ProviderRecord {
    return structuredClone(this.#get(provider))
  }

  /** q for the provider's next task, at its stake and gain per cheated item. */
  rate(provider: string, stake: bigint, gainPerMillionItems: bigint): number {
    return auditRate({ stake, gainPerMillionItems, cleanItems: this.#get(provider).cleanItems }, this.policy)
  }

  /** True while the provider's tasks must each have an audited item. */
  isOnProbation(provider: string): boolean {
    return isOnProbation(this.#get(provider), this.policy)
  }

  isBanned(provider: string): boolean {
    return this.#get(provider).isBanned
  }

  /** Books a task's outcome: its delivered items and what its audit found. */
  recordTask(provider: string, itemsDelivered: number, outcome: AuditOutcome): void {
    const r = this.#get(provider)
    r.itemsDelivered += itemsDelivered
    r.itemsAudited += outcome.items.length
    r.itemsRecomputed += outcome.recomputed
    if (outcome.verdict === 'cheat') {
      r.cheats++
      r.isBanned = true
      if (outcome.evidence !== undefined) r.evidence.push(outcome.evidence.hash)
    } else if (outcome.verdict === 'suspect') {
      // Unproven, so no accusation; but the clean record starts again and q goes back up.
      r.escalations++
      r.cleanItems = 0
    } else {
      r.cleanItems += itemsDelivered
    }
  }

  /** Per-provider figures: q, overhead, the current guarantee. */
  report(provider: string, stake: bigint, gainPerMillionItems: bigint): ProviderReport {
    const r = this.record(provider)
    const q = this.rate(provider, stake, gainPerMillionItems)
    return {
      ...r,
      q,
      isOnProbation: this.isOnProbation(provider),
      auditOverhead: auditOverhead(r.itemsRecomputed, r.itemsDelivered),
      caughtWithin999: { f1: itemsForConfidence(q, 1), f0_1: itemsForConfidence(q, 0.1), f0_01: itemsForConfidence(q, 0.01) },
    }
  }

  /** Market-wide overhead: recomputed ÷ delivered over every provider. */
  marketOverhead(): { itemsDelivered: number; itemsRecomputed: number; auditOverhead: number; providers: number; banned: number } {
    let delivered = 0
    let recomputed = 0
    let banned = 0
    for (const r of this.#records.values()) {
      delivered += r.itemsDelivered
      recomputed += r.itemsRecomputed
      if (r.isBanned) banned++
    }
    return { itemsDelivered: delivered, itemsRecomputed: recomputed, auditOverhead: auditOverhead(recomputed, delivered), providers: this.#records.size, banned }
  }

  snapshot(): ProviderRecord[] {
    return [...this.#records.values()].map((r) => structuredClone(r))
  }

  restore(records: readonly ProviderRecord[]): void {
    for (const r of records) this.#records.set(r.provider.toLowerCase(), structuredClone(r))
  }
}

/** The client's verification report of a job from its tasks' audit outcomes. */
export function buildJobReport(jobId: string, itemsTotal: number, outcomes: ReadonlyArray<Pick<AuditOutcome, 'provider'> & { items: readonly AuditRecord[] }>, itemsRerun: number, providers?: readonly (string | Address)[]): JobReport {
  const audits: AuditRecord[] = outcomes.flatMap((o) => o.items.map((i) => ({ index: i.index, provider: i.provider, score: Number.isFinite(i.score) ? i.score : Number.MAX_VALUE, verdict: i.verdict })))
  audits.sort((a, b) => a.index - b.index)
  const all = providers ?? outcomes.map((o) => o.provider)
  return { jobId, itemsTotal, itemsAudited: audits.length, audits, providers: [...new Set(all)], itemsRerun }
}
