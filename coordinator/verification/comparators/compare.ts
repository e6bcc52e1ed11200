// compareItem: one item's outputs from a provider against the verifier's own, under the
// job's comparator (DESIGN.md §7).
import { itemHash, type AuditVerdict, type Comparator, type NamedTensors } from '../../../protocol/index.ts'
import { cosine, isFloat, numbersOf, toleranceScore, topKAgreement } from './score.ts'

export type ToleranceComparator = Extract<Comparator, { kind: 'tolerance' }>

/**
 * Defaults from measured honest drift (facts/onnx-determinism.md): worst honest 8.9e-5 on
 * real OCR models; accept ≤ 2e-4, escalate band up to 5e-3, reject above. Per-model
 * calibration (calibrate.ts) replaces them.
 */
export const DEFAULT_TOLERANCE: ToleranceComparator = {
  kind: 'tolerance',
  accept: 2e-4,
  escalate: 2e-4,
  reject: 5e-3,
  floor: 1e-3,
  minCosine: 0,
  topK: 0,
}

export interface TensorDetail {
  name: string
  score: number
  maxAbsDiff?: number
  cosine?: number
  topKAgreement?: number
  /** Why the tensor was refused outright (missing, dtype, shape, non-finite, integer mismatch). */
  problem?: string
}

export interface ItemComparison {
  /** The worst tensor's score (0 = identical; Infinity = structurally wrong). */
  score: number
  verdict: AuditVerdict
  details: TensorDetail[]
}

const RANK: Record<AuditVerdict, number> = { accept: 0, escalate: 1, reject: 2 }
const BY_RANK: AuditVerdict[] = ['accept', 'escalate', 'reject']

/** The worse of two verdicts. */
export function worseVerdict(a: AuditVerdict, b: AuditVerdict): AuditVerdict {
  return RANK[a] >= RANK[b] ? a : b
}

/** Verdict of a tolerance score: ≤ accept accept, > reject reject, else escalate. */
export function verdictOfScore(c: ToleranceComparator, score: number): AuditVerdict {
  if (Number.isNaN(score) || score > c.reject) return 'reject'
  return score <= c.accept ? 'accept' : 'escalate'
}

/** Digest of an item's outputs (names, dtypes, dims, bytes): the exact comparator's key. */
export function outputsDigest(outputs: NamedTensors): string {
  return Buffer.from(itemHash(0, outputs)).toString('hex')
}

function structuralProblem(name: string, e: NamedTensors[string], g: NamedTensors[string] | undefined): string | undefined {
  if (g === undefined) return `output ${name} missing`
  if (e.dtype !== g.dtype) return `dtype ${g.dtype}, expected ${e.dtype}`
  if (e.dims.length !== g.dims.length || e.dims.some((d, i) => d !== g.dims[i])) return `shape [${g.dims.join(',')}], expected [${e.dims.join(',')}]`
  return undefined
}

function compareTensor(c: ToleranceComparator, name: string, e: NamedTensors[string], g: NamedTensors[string] | undefined): { detail: TensorDetail; verdict: AuditVerdict } {
  const problem = structuralProblem(name, e, g)
  if (problem !== undefined || g === undefined) return { detail: { name, score: Infinity, problem }, verdict: 'reject' }
  const a = numbersOf(g)
  const b = numbersOf(e)
  if (!isFloat(e)) {
    // Integer outputs (indices, counts) do not drift honestly: they must match.
    const same = Buffer.from(e.data).equals(Buffer.from(g.data))
    return same ? { detail: { name, score: 0 }, verdict: 'accept' } : { detail: { name, score: Infinity, problem: 'integer output differs' }, verdict: 'reject' }
  }
  const s = toleranceScore(b, a, c.floor)
  const detail: TensorDetail = { name, score: s.score, maxAbsDiff: s.maxAbsDiff }
  if (s.nonFinite > 0) return { detail: { ...detail, problem: `${s.nonFinite} non-finite values` }, verdict: 'reject' }
  let verdict = verdictOfScore(c, s.score)
  // Extra checks only ever make a verdict worse, one step: alone they miss fp16 cheats.
  if (c.minCosine > 0) {
    detail.cosine = cosine(a, b)
    if (detail.cosine < c.minCosine) verdict = BY_RANK[Math.min(2, RANK[verdict] + 1)]!
  }
  if (c.topK > 0) {
    const tie = 2 * c.accept * Math.max(s.maxAbsExpected, c.floor)
    detail.topKAgreement = topKAgreement(b, a, e.dims, c.topK, tie)
    if (detail.topKAgreement < 1) verdict = BY_RANK[Math.min(2, RANK[verdict] + 1)]!
  }
  return { detail, verdict }
}

/** Scores every output tensor of `got` against `expected` with a tolerance comparator. */
export function compareTolerance(c: ToleranceComparator, expected: NamedTensors, got: NamedTensors): ItemComparison {
  const details: TensorDetail[] = []
  let verdict: AuditVerdict = 'accept'
  let score = 0
  for (const name of Object.keys(expected).sort()) {
    const r = compareTensor(c, name, expected[name]!, got[name])
    details.push(r.detail)
    verdict = worseVerdict(verdict, r.verdict)
    score = Math.max(score, r.detail.score)
  }
  const extra = Object.keys(got).filter((n) => !Object.hasOwn(expected, n))
  if (extra.length > 0) {
    details.push({ name: extra.join(','), score: Infinity, problem: 'unexpected outputs' })
    return { score: Infinity, verdict: 'reject', details }
  }
  return { score, verdict, details }
}

/**
 * Compares one item's outputs (`got`, from the provider) with the verifier's (`expected`).
 * `exact`: equal bytes accept with score 0, anything else rejects (its tolerance score,
 * against DEFAULT_TOLERANCE's floor, is reported for the record).
 */
export function compareItem(comparator: Comparator, expected: NamedTensors, got: NamedTensors): ItemComparison {
  if (comparator.kind === 'tolerance') return compareTolerance(comparator, expected, got)
  if (outputsDigest(expected) === outputsDigest(got)) {
    return { score: 0, verdict: 'accept', details: Object.keys(expected).sort().map((name) => ({ name, score: 0 })) }
  }
  const measured = compareTolerance(DEFAULT_TOLERANCE, expected, got)
  return { ...measured, verdict: 'reject' }
}
