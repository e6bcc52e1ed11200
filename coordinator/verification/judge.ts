// The audit decision for one item, as a pure function: the job's comparator against the
// verifier's first execution, then (when not accepted) the confirmation against a second,
// differently configured execution. The Auditor and the simulation bench share it.
import type { AuditVerdict, Comparator, NamedTensors } from '../../protocol/index.ts'
import { compareItem, compareTolerance, type ItemComparison, type ToleranceComparator } from './comparators/index.ts'

export interface Judgement {
  score: number
  verdict: AuditVerdict
  details: ItemComparison['details']
  /** True when the first execution did not accept and no second one was given yet. */
  needsSecond: boolean
  confirmation?: { score: number; verdict: AuditVerdict }
  /** Both executions put the item beyond `bounds.escalate`: a cheat. */
  isConfirmedCheat: boolean
}

/**
 * Judges `got` (the provider's outputs). `bounds` are the tolerance bounds that decide a
 * confirmation (the job's own when it is a tolerance job, else the model's calibration).
 */
export function judgeItem(comparator: Comparator, bounds: ToleranceComparator, got: NamedTensors, first: NamedTensors, second?: NamedTensors): Judgement {
  const cmp = compareItem(comparator, first, got)
  const base = { score: cmp.score, verdict: cmp.verdict, details: cmp.details, isConfirmedCheat: false }
  if (cmp.verdict === 'accept') return { ...base, needsSecond: false }
  if (second === undefined) return { ...base, needsSecond: true }
  const againstFirst = compareTolerance(bounds, first, got)
  const againstSecond = compareTolerance(bounds, second, got)
  const isConfirmedCheat = againstFirst.score > bounds.escalate && againstSecond.score > bounds.escalate
  // Within the accept bound of either honest execution is honest drift (an exact job's
  // provider on another optimisation level); anything else short of proof stays escalated.
  const verdict: AuditVerdict = isConfirmedCheat ? 'reject' : Math.min(againstFirst.score, againstSecond.score) <= bounds.accept ? 'accept' : 'escalate'
  return { ...base, verdict, needsSecond: false, isConfirmedCheat, confirmation: { score: againstSecond.score, verdict: againstSecond.verdict } }
}
