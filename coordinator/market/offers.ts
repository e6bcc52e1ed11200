import { RigpoolError, type Advert, type Offer, type OffersQuery } from '../../protocol/index.ts'
import type { BookEntry } from '../book/book-entry.ts'
import { offerFor, speedOf } from '../matching/index.ts'

export const MAX_OFFERS = 1_000

const VENDOR_WORDS = /\b(nvidia|geforce|amd|radeon|intel|arc|corporation|graphics)\b/gi

/** The GPU class a provider is counted under: its first GPU's model without vendor words, or "cpu". */
const classCache = new WeakMap<Advert, string>()

export function gpuClassOf(advert: Advert): string {
  let cls = classCache.get(advert)
  if (cls === undefined) classCache.set(advert, (cls = classify(advert)))
  return cls
}

function classify(advert: Advert): string {
  const model = advert.hardware.gpus[0]?.model
  if (model === undefined || advert.executionProvider === 'cpu') return 'cpu'
  const cls = model.replace(VENDOR_WORDS, ' ').replace(/\s+/g, ' ').trim()
  return cls === '' ? model : cls
}

/** The GPU (or CPU) model named in offers. */
export function gpuModelOf(advert: Advert): string {
  return advert.executionProvider === 'cpu' || advert.hardware.gpus.length === 0 ? advert.hardware.cpuModel : advert.hardware.gpus[0]!.model
}

function vramOf(advert: Advert): number {
  return Math.max(0, ...advert.hardware.gpus.map((g) => g.vramBytes))
}

/** An order-book entry as an offer, priced for `modelId` when given. */
export function toOffer(e: BookEntry, modelId?: string): Offer {
  const a = e.advert
  return {
    peerId: e.id,
    gpuModel: gpuModelOf(a),
    gpuClass: gpuClassOf(a),
    vramBytes: vramOf(a),
    executionProvider: a.executionProvider,
    precision: a.precision,
    gflops: a.benchmarkGflops,
    pricePerGpuHour: a.pricePerGpuHour,
    pricePerMillionItems: modelId === undefined ? undefined : offerFor(e, modelId).pricePerMillionItems,
    itemsPerSecond: modelId === undefined ? 0 : (speedOf(e, modelId) ?? 0),
    reputation: e.reputation,
    state: e.state,
  }
}

/** Offers matching every filter of the query, sorted as it asks, at most `limit` (default 100). */
export function listOffers(entries: readonly BookEntry[], q: OffersQuery): Offer[] {
  if ((q.sort === 'price_per_item' || q.maxPricePerMillionItems !== undefined) && q.modelId === undefined) {
    throw new RigpoolError('E_BAD_QUERY', 'sorting or capping by price per item needs a model')
  }
  if (q.limit < 0 || q.limit > MAX_OFFERS) throw new RigpoolError('E_BAD_QUERY', `limit must be 0..${MAX_OFFERS}`)
  const gpu = q.gpu?.toLowerCase()
  const out: Offer[] = []
  for (const e of entries) {
    if (e.isBanned || e.state === 'draining') continue
    const a = e.advert
    if (q.executionProvider !== undefined && a.executionProvider !== q.executionProvider) continue
    if (q.maxPricePerGpuHour !== undefined && a.pricePerGpuHour > q.maxPricePerGpuHour) continue
    if (q.minReputation !== undefined && e.reputation < q.minReputation) continue
    const o = toOffer(e, q.modelId)
    if (gpu !== undefined && !o.gpuModel.toLowerCase().includes(gpu) && !o.gpuClass.toLowerCase().includes(gpu)) continue
    if (q.minVramBytes !== undefined && o.vramBytes < q.minVramBytes) continue
    if (q.executionProvider !== undefined && o.executionProvider !== q.executionProvider) continue
    if (q.minReputation !== undefined && o.reputation < q.minReputation) continue
    if (q.maxPricePerGpuHour !== undefined && o.pricePerGpuHour > q.maxPricePerGpuHour) continue
    if (q.maxPricePerMillionItems !== undefined && o.pricePerMillionItems! > q.maxPricePerMillionItems) continue
    out.push(o)
  }
  const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0)
  const byId = (a: Offer, b: Offer): number => (a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0)
  switch (q.sort) {
    case 'price_per_gpu_hour':
      out.sort((a, b) => cmp(a.pricePerGpuHour, b.pricePerGpuHour) || byId(a, b))
      break
    case 'price_per_item':
      out.sort((a, b) => cmp(a.pricePerMillionItems!, b.pricePerMillionItems!) || byId(a, b))
      break
    case 'speed':
      out.sort((a, b) => (q.modelId === undefined ? b.gflops - a.gflops : b.itemsPerSecond - a.itemsPerSecond) || byId(a, b))
      break
  }
  return out.slice(0, q.limit === 0 ? 100 : q.limit)
}
