import type { Advert, ProviderState } from '../../protocol/index.ts'

/** One provider as the order book sees it, from a session or from a gossiped advert. */
export interface BookEntry {
  id: string
  advert: Advert
  state: ProviderState
  /** In [0, 1]; 0.5 for a newcomer. */
  reputation: number
  /** Items per second measured on tasks here, per model id. */
  observedItemsPerSecond: Map<string, number>
  /** Median task round-trip overhead measured here (ms); undefined until measured. */
  latencyMs?: number
  /** True when the provider has a live session with this coordinator (only those take tasks). */
  hasSession: boolean
  /** A task is running on it now. */
  isBusy: boolean
  isBanned: boolean
  /** Last derived price (matching's hot path): valid while model, advert and measured speed are unchanged. */
  priceMemo?: { modelId: string; advert: Advert; speed: number | undefined; price: bigint }
}
