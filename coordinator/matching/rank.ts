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

/** Derived prices per advert and model: adverts are immutable, the measured speed is part of the key. */
const priceCache = new WeakMap<object, Map<string, { speed: number | undefined; price: bigint }>>()

/** The price per million items a provider charges for a model. */
export function offerFor<E extends BookEntry>(entry: E, modelId: string): RankedOffer<E> {
  let perModel = priceCache.get(entry.advert)
  if (perModel === undefined) priceCache.set(entry.advert, (perModel = new Map()))
  const observed = entry.observedItemsPerSecond.get(modelId)
  const hit = perModel.get(modelId)
  if (hit !== undefined && hit.speed === observed) return { entry, pricePerMillionItems: hit.price, itemsPerSecond: speedOf(entry, modelId) }
  const offer = computeOffer(entry, modelId)
  perModel.set(modelId, { speed: observed, price: offer.pricePerMillionItems })
  return offer
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
    const offer = offerFor(e, req.modelId)
    if (best === undefined || compareOffers(offer, best) < 0) best = offer
  }
  return best
}
