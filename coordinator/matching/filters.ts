import type { ExecutionSettings } from '../../protocol/index.ts'
import type { BookEntry } from '../book/book-entry.ts'

/** What a job needs from a provider. */
export interface Requirements {
  modelId: string
  /** The model's size; memory needed is estimated from it. */
  modelBytes: number
  settings: ExecutionSettings
}

/** Weights, activations and the runtime's own arenas: a session needs a few times the file size. */
export const MEMORY_PER_MODEL_BYTE = 3

/** Why `entry` cannot run the job, or undefined when it passes every hard filter. */
export function rejectionOf(entry: BookEntry, req: Requirements, options: { allowPaused?: boolean } = {}): string | undefined {
  const a = entry.advert
  if (entry.isBanned) return 'banned'
  if (entry.state === 'paused' && options.allowPaused !== true) return 'paused'
  if (entry.state === 'draining') return 'draining'
  const s = req.settings
  if (s.executionProvider !== undefined && s.executionProvider !== a.executionProvider) return `execution provider ${a.executionProvider}`
  if (s.precision !== undefined && s.precision !== a.precision) return `precision ${a.precision}`
  if (s.ortVersion !== undefined && s.ortVersion !== a.ortVersion) return `onnxruntime ${a.ortVersion || 'unknown'}`
  if (s.graphOptimizationLevel !== undefined && s.graphOptimizationLevel !== a.graphOptimizationLevel) return `optimisation level ${a.graphOptimizationLevel}`
  const need = req.modelBytes * MEMORY_PER_MODEL_BYTE
  // A GPU execution provider needs the model in VRAM; cpu needs RAM. 0 = not reported.
  let have = a.hardware.ramBytes
  if (a.executionProvider !== 'cpu') {
    have = 0
    for (const g of a.hardware.gpus) if (g.vramBytes > have) have = g.vramBytes
  }
  if (have > 0 && have < need) return a.executionProvider === 'cpu' ? 'not enough RAM for the model' : 'not enough VRAM for the model'
  return undefined
}

/** A sentence saying why no provider fits, e.g. "3 providers: 2 paused, 1 execution provider cpu". */
export function explainRejections(entries: readonly BookEntry[], req: Requirements): string {
  if (entries.length === 0) return 'no provider is online'
  const counts = new Map<string, number>()
  for (const e of entries) {
    const why = rejectionOf(e, req) ?? 'busy'
    counts.set(why, (counts.get(why) ?? 0) + 1)
  }
  const parts = [...counts].map(([why, n]) => `${n} ${why}`)
  return `no provider fits (${entries.length} online: ${parts.join(', ')})`
}
