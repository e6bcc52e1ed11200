import { pricePerMillionItems } from '../../protocol/index.ts'
import type { BookEntry } from '../book/book-entry.ts'
import { rejectionOf, type Requirements } from './filters.ts'

/** An offer for one model: what an item costs there and how fast it goes. */
export interface RankedOffer<E extends BookEntry = BookEntry> {
  entry: E
  /** Base units per million items of the model (advertised, or derived from the hourly price and measured speed). */
  pricePerMillionItems: bigint
  /** Measured here, else advertised; undefined when neither is known. */
  itemsPerSecond: number | undefined
}

/** Assumed speed for a provider never measured on a model: ranks it by its hourly price alone. */
const UNMEASURED_ITEMS_PER_SECOND = 1

/** Speed of a model on a provider: measured here first, then the provider's own benchmark. */
export function speedOf(entry: BookEntry, modelId: string): number | undefined {
  const observed = entry.observedItemsPerSecond.get(modelId)
  if (observed !== undefined && observed > 0) return observed
  const advertised = entry.advert.models.find((m) => m.modelId === modelId)?.itemsPerSecond
  return advertised !== undefined && advertised > 0 ? advertised : undefined
}

/** The price per million items a provider charges for a model (memoised on the entry). */
export function priceOf(entry: BookEntry, modelId: string): bigint {
  const observed = entry.observedItemsPerSecond.size === 0 ? undefined : entry.observedItemsPerSecond.get(modelId)
  const m = entry.priceMemo
  if (m !== undefined && m.modelId === modelId && m.advert === entry.advert && m.speed === observed) return m.price
  const price = computeOffer(entry, modelId).pricePerMillionItems
  entry.priceMemo = { modelId, advert: entry.advert, speed: observed, price }
  return price
}

/** A provider's offer for a model: price and speed. */
export function offerFor<E extends BookEntry>(entry: E, modelId: string): RankedOffer<E> {
  return { entry, pricePerMillionItems: priceOf(entry, modelId), itemsPerSecond: speedOf(entry, modelId) }
}

function computeOffer<E extends BookEntry>(entry: E, modelId: string): RankedOffer<E> {
  const advertised = entry.advert.models.find((m) => m.modelId === modelId)
  const itemsPerSecond = speedOf(entry, modelId)
  if (advertised !== undefined && advertised.pricePerMillionItems > 0n) {
    return { entry, pricePerMillionItems: advertised.pricePerMillionItems, itemsPerSecond }
  }
  const price = pricePerMillionItems(entry.advert.pricePerGpuHour, itemsPerSecond ?? UNMEASURED_ITEMS_PER_SECOND)
  return { entry, pricePerMillionItems: price, itemsPerSecond }
}

/** Order: expected cost per item, then reputation, then latency, then speed. */
export function compareOffers(a: RankedOffer, b: RankedOffer): number {
  if (a.pricePerMillionItems !== b.pricePerMillionItems) return a.pricePerMillionItems < b.pricePerMillionItems ? -1 : 1
  if (a.entry.reputation !== b.entry.reputation) return b.entry.reputation - a.entry.reputation
  const la = a.entry.latencyMs ?? Infinity
  const lb = b.entry.latencyMs ?? Infinity
  if (la !== lb) return la < lb ? -1 : 1
  return (b.itemsPerSecond ?? 0) - (a.itemsPerSecond ?? 0)
}

/** Providers that pass every hard filter, cheapest expected cost per item first. */
export function rankOffers<E extends BookEntry>(entries: readonly E[], req: Requirements, options: { allowPaused?: boolean } = {}): Array<RankedOffer<E>> {
  const out: Array<RankedOffer<E>> = []
  for (const e of entries) if (rejectionOf(e, req, options) === undefined) out.push(offerFor(e, req.modelId))
  return out.sort(compareOffers)
}

/** The best offer among entries that also pass `accept` (one pass, no sort: the scheduler's hot path). */
export function bestOffer<E extends BookEntry>(entries: readonly E[], req: Requirements, accept: (e: E) => boolean = () => true): RankedOffer<E> | undefined {
  let best: RankedOffer<E> | undefined
  for (const e of entries) {
    if (!accept(e) || rejectionOf(e, req) !== undefined) continue
    // Dearer than the best so far: no need to build the offer.
    if (best !== undefined && priceOf(e, req.modelId) > best.pricePerMillionItems) continue
    const offer = offerFor(e, req.modelId)
    if (best === undefined || compareOffers(offer, best) < 0) best = offer
  }
  return best
}
