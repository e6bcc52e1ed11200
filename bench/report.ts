/** What every benchmark returns: its figures (written as JSON) and the settings used. */
export interface BenchReport {
  /** Figures under the key names the issues give; nested objects are allowed. */
  figures: Record<string, unknown>
  /** How it was measured: model, batch size, threads, iterations... */
  settings: Record<string, unknown>
}

/** A benchmark module in bench/<name>.bench.ts exports `run`. */
export type BenchRun = (options: { signal?: AbortSignal }) => Promise<BenchReport>

/** Percentile of already-collected samples (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

/** Flattens nested figures to dotted keys for the printed table. */
export function flatten(value: unknown, prefix = '', out: Array<[string, string]> = []): Array<[string, string]> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix === '' ? k : `${prefix}.${k}`, out)
  } else {
    out.push([prefix, formatValue(value)])
  }
  return out
}

function formatValue(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value)
    if (Number.isInteger(value)) return value.toLocaleString('en-US')
    return Math.abs(value) >= 100 ? value.toFixed(1) : value.toPrecision(4)
  }
  if (typeof value === 'bigint') return value.toString()
  return typeof value === 'string' ? value : JSON.stringify(value)
}
