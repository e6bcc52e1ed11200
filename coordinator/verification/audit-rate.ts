// The audit rate q(provider) from economics (DESIGN.md §7), and the guarantee it gives.
// Pure functions: the coordinator keeps the records, these only compute.
import { RigpoolError } from '../../protocol/index.ts'

export interface AuditPolicy {
  /** Never audit less than this fraction of items (default 0.03). */
  floor: number
  /** Rate of a brand-new provider (default 0.25). */
  newRate: number
  /** Until this many items are delivered, every task has at least one audited item (default 2,000). */
  probationItems: number
  /** Clean items over which the rate above the floor halves (default 2,000). */
  halfLifeItems: number
  /** q·S must exceed this multiple of the gain per cheated item (default 2). */
  safety: number
}

export const DEFAULT_AUDIT_POLICY: Readonly<AuditPolicy> = { floor: 0.03, newRate: 0.25, probationItems: 2_000, halfLifeItems: 2_000, safety: 2 }

/** What the rate of one provider depends on. */
export interface ProviderStanding {
  /** Stake slashable by this coordinator (token base units). */
  stake: bigint
  /** What cheating on one item gains the provider, in base units per million items (its price, or the saving of a cheaper model). */
  gainPerMillionItems: bigint
  /** Items delivered since the provider joined or since its last unconfirmed escalation. */
  cleanItems: number
}

/** The rate below which cheating pays: q·S ≥ safety × gain per item. Infinity with no stake. */
export function economicRate(stake: bigint, gainPerMillionItems: bigint, safety = DEFAULT_AUDIT_POLICY.safety): number {
  if (stake < 0n || gainPerMillionItems < 0n) throw new RigpoolError('E_BAD_AMOUNT', 'stake and gain must not be negative')
  if (gainPerMillionItems === 0n) return 0
  if (stake === 0n) return Infinity
  // Ratio of bigints as a float: only the rate is a number, never money.
  return (safety * Number((gainPerMillionItems * 10n ** 18n) / stake)) / 1e24
}

/** q(provider): max(floor, economic rate, new-provider rate decaying with a clean record), at most 1. */
export function auditRate(standing: ProviderStanding, policy: AuditPolicy = DEFAULT_AUDIT_POLICY): number {
  if (!(policy.floor > 0 && policy.floor <= 1 && policy.newRate >= policy.floor && policy.halfLifeItems > 0)) {
    throw new RigpoolError('E_CONFIG', 'audit policy needs 0 < floor ≤ newRate and halfLifeItems > 0')
  }
  const clean = Math.max(0, standing.cleanItems)
  const decayed = policy.floor + (policy.newRate - policy.floor) * 2 ** (-clean / policy.halfLifeItems)
  const econ = economicRate(standing.stake, standing.gainPerMillionItems, policy.safety)
  return Math.min(1, Math.max(policy.floor, decayed, econ))
}

/** True while a provider is on probation: every task of it gets an audited item. */
export function isOnProbation(standing: Pick<ProviderStanding, 'cleanItems'>, policy: AuditPolicy = DEFAULT_AUDIT_POLICY): boolean {
  return standing.cleanItems < policy.probationItems
}

/** P(caught within n items | cheats on a fraction f of its items, audit rate q) = 1 − (1 − q·f)^n. */
export function detectionProbability(q: number, f: number, n: number): number {
  const p = Math.min(1, Math.max(0, q * f))
  if (p === 1) return n >= 1 ? 1 : 0
  return -Math.expm1(n * Math.log1p(-p))
}

/** Items within which a cheater on fraction f is caught with probability `confidence` (6.9/(q·f) for 99.9 %). */
export function itemsForConfidence(q: number, f: number, confidence = 0.999): number {
  const p = Math.min(1, Math.max(0, q * f))
  if (p === 0) return Infinity
  if (p === 1) return 1
  return Math.ceil(Math.log1p(-confidence) / Math.log1p(-p))
}

/**
 * Expected profit (base units) of a provider that cheats until caught: each cheated item
 * gains g and is audited with probability q; when caught it loses its stake S and its
 * unpaid earnings. E = g·(1 − q)/q − S − unpaid (over an unbounded horizon, whatever f).
 */
export function expectedCheatProfit(q: number, gainPerItem: number, stake: bigint, unpaid = 0n): number {
  if (q <= 0) return Infinity
  return (gainPerItem * (1 - q)) / q - Number(stake) - Number(unpaid)
}

/** Audit overhead: recomputed items ÷ delivered items. */
export function auditOverhead(recomputedItems: number, deliveredItems: number): number {
  return deliveredItems === 0 ? 0 : recomputedItems / deliveredItems
}
