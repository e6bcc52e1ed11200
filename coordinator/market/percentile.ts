/** Nearest-rank percentile of sorted values: the value at index ceil(p/100 · n) − 1. */
export function nearestRank<T>(sorted: readonly T[], p: number): T | undefined {
  if (sorted.length === 0) return undefined
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[i]
}

/** Sorts bigints ascending. */
export function sortBigints(values: bigint[]): bigint[] {
  return values.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
