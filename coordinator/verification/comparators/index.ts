// Comparators: how a provider's outputs are judged against the verifier's.
export {
  compareItem,
  compareTolerance,
  DEFAULT_TOLERANCE,
  outputsDigest,
  verdictOfScore,
  worseVerdict,
  type ItemComparison,
  type TensorDetail,
  type ToleranceComparator,
} from './compare.ts'
export { cosine, halfToNumber, isFloat, numbersOf, toleranceScore, topKAgreement, type TensorScore } from './score.ts'
