import { RigpoolError } from '../errors.ts'
import { MAX_FRAME_BYTES } from '../ids.ts'
import { MarketRequest as RequestMessage, MarketResponse as ResponseMessage } from '../messages/market.ts'
import { modelIdFromBytes, modelIdToBytes, type ModelId } from '../model-id.ts'
import { decodeMoney, decodeOptionalMoney, encodeOptionalMoney } from '../money.ts'
import { decodeWith, oneOf, safeNumber } from '../oneof.ts'
import { fromCode, OFFER_SORTS, PRECISIONS, PROVIDER_STATES, toCode, type OfferSort, type Precision, type ProviderState } from '../settings.ts'
import { errorFromInfo, errorToInfo } from './error-info.ts'

export const MARKET_FRAME_LIMIT = MAX_FRAME_BYTES.market

export interface OffersQuery {
  gpu?: string
  minVramBytes?: number
  executionProvider?: string
  modelId?: ModelId
  minReputation?: number
  maxPricePerGpuHour?: bigint
  maxPricePerMillionItems?: bigint
  sort: OfferSort
  limit: number
}

export interface Offer {
  peerId: string
  gpuModel: string
  gpuClass: string
  vramBytes: number
  executionProvider: string
  precision: Precision
  gflops: number
  pricePerGpuHour: bigint
  /** For the queried model; undefined when no model was asked or it is not measured. */
  pricePerMillionItems?: bigint
  itemsPerSecond: number
  reputation: number
  state: ProviderState
}

export interface GpuClassStats {
  gpuClass: string
  providersOnline: number
  medianPricePerGpuHour: bigint
  p10PricePerGpuHour: bigint
  p90PricePerGpuHour: bigint
  medianGflops: number
  pricePerTflopHour: bigint
}

export interface QuoteRequest {
  modelId: ModelId
  itemCount: number
  deadlineMs: number
  spread: number
}

export interface Quote {
  cost: bigint
  completionMs: number
  p50LatencyMs: number
  providers: Array<{ peerId: string; items: number; pricePerMillionItems: bigint; itemsPerSecond: number }>
}

export type MarketRequest =
  | { kind: 'offers'; query: OffersQuery }
  | { kind: 'stats'; gpuClass?: string }
  | { kind: 'quote'; request: QuoteRequest }

export type MarketResponse =
  | { kind: 'offers'; offers: Offer[] }
  | { kind: 'stats'; classes: GpuClassStats[] }
  | { kind: 'quote'; quote: Quote }
  | { kind: 'error'; error: RigpoolError }

const opt = (s: string): string | undefined => (s === '' ? undefined : s.slice(0, 128))
const num = (v: number, field: string): number => {
  if (!Number.isFinite(v)) throw new RigpoolError('E_BAD_QUERY', `${field} must be finite`)
  return v
}
const safe = (v: bigint): number => safeNumber(v, 'number', 'E_BAD_QUERY')
const money = (v: bigint | undefined): Uint8Array<ArrayBuffer> => encodeOptionalMoney(v) as Uint8Array<ArrayBuffer>

export function decodeMarketRequest(bytes: Uint8Array): MarketRequest {
  const m = decodeWith(RequestMessage.decode, bytes, 'market request')
  const k = oneOf(m, ['offers', 'stats', 'quote'], 'market request')
  switch (k.kind) {
    case 'offers': {
      const q = k.value
      return {
        kind: 'offers',
        query: {
          gpu: opt(q.gpu),
          minVramBytes: q.minVramBytes === 0n ? undefined : safe(q.minVramBytes),
          executionProvider: opt(q.executionProvider),
          modelId: q.modelId.byteLength === 0 ? undefined : modelIdFromBytes(q.modelId),
          minReputation: q.minReputation === 0 ? undefined : num(q.minReputation, 'min reputation'),
          maxPricePerGpuHour: decodeOptionalMoney(q.maxPricePerGpuHour),
          maxPricePerMillionItems: decodeOptionalMoney(q.maxPricePerMillionItems),
          sort: fromCode(OFFER_SORTS, q.sort, 'sort'),
          limit: q.limit,
        },
      }
    }
    case 'stats':
      return { kind: 'stats', gpuClass: opt(k.value.gpuClass) }
    case 'quote':
      return {
        kind: 'quote',
        request: { modelId: modelIdFromBytes(k.value.modelId), itemCount: k.value.itemCount, deadlineMs: k.value.deadlineMs, spread: k.value.spread },
      }
  }
}

export function encodeMarketRequest(r: MarketRequest): Uint8Array {
  switch (r.kind) {
    case 'offers': {
      const q = r.query
      return RequestMessage.encode({
        offers: {
          gpu: q.gpu ?? '',
          minVramBytes: BigInt(q.minVramBytes ?? 0),
          executionProvider: q.executionProvider ?? '',
          modelId: (q.modelId === undefined ? new Uint8Array() : modelIdToBytes(q.modelId)) as Uint8Array<ArrayBuffer>,
          minReputation: q.minReputation ?? 0,
          maxPricePerGpuHour: money(q.maxPricePerGpuHour),
          maxPricePerMillionItems: money(q.maxPricePerMillionItems),
          sort: toCode(OFFER_SORTS, q.sort),
          limit: q.limit,
        },
      })
    }
    case 'stats':
      return RequestMessage.encode({ stats: { gpuClass: r.gpuClass ?? '' } })
    case 'quote':
      return RequestMessage.encode({ quote: { ...r.request, modelId: modelIdToBytes(r.request.modelId) as Uint8Array<ArrayBuffer> } })
  }
}

export function decodeMarketResponse(bytes: Uint8Array): MarketResponse {
  const m = decodeWith(ResponseMessage.decode, bytes, 'market response')
  const k = oneOf(m, ['offers', 'stats', 'quote', 'error'], 'market response')
  switch (k.kind) {
    case 'offers':
      return {
        kind: 'offers',
        offers: k.value.offers.map((o) => ({
          peerId: o.peerId.slice(0, 128),
          gpuModel: o.gpuModel.slice(0, 256),
          gpuClass: o.gpuClass.slice(0, 128),
          vramBytes: safe(o.vramBytes),
          executionProvider: o.executionProvider.slice(0, 64),
          precision: fromCode(PRECISIONS, o.precision, 'precision'),
          gflops: num(o.gflops, 'gflops'),
          pricePerGpuHour: decodeMoney(o.pricePerGpuHour),
          pricePerMillionItems: decodeOptionalMoney(o.pricePerMillionItems),
          itemsPerSecond: num(o.itemsPerS, 'items per second'),
          reputation: num(o.reputation, 'reputation'),
          state: fromCode(PROVIDER_STATES, o.state, 'provider state'),
        })),
      }
    case 'stats':
      return {
        kind: 'stats',
        classes: k.value.classes.map((c) => ({
          gpuClass: c.gpuClass.slice(0, 128),
          providersOnline: c.providersOnline,
          medianPricePerGpuHour: decodeMoney(c.medianPricePerGpuHour),
          p10PricePerGpuHour: decodeMoney(c.p10PricePerGpuHour),
          p90PricePerGpuHour: decodeMoney(c.p90PricePerGpuHour),
          medianGflops: num(c.medianGflops, 'gflops'),
          pricePerTflopHour: decodeMoney(c.pricePerTflopHour),
        })),
      }
    case 'quote':
      return {
        kind: 'quote',
        quote: {
          cost: decodeMoney(k.value.cost),
          completionMs: k.value.completionMs,
          p50LatencyMs: num(k.value.p50LatencyMs, 'latency'),
          providers: k.value.providers.map((p) => ({
            peerId: p.peerId.slice(0, 128),
            items: p.items,
            pricePerMillionItems: decodeMoney(p.pricePerMillionItems),
            itemsPerSecond: num(p.itemsPerS, 'items per second'),
          })),
        },
      }
    case 'error':
      return { kind: 'error', error: errorFromInfo(k.value) }
  }
}

export function encodeMarketResponse(r: MarketResponse): Uint8Array {
  switch (r.kind) {
    case 'offers':
      return ResponseMessage.encode({
        offers: {
          offers: r.offers.map((o) => ({
            peerId: o.peerId,
            gpuModel: o.gpuModel,
            gpuClass: o.gpuClass,
            vramBytes: BigInt(o.vramBytes),
            executionProvider: o.executionProvider,
            precision: toCode(PRECISIONS, o.precision),
            gflops: o.gflops,
            pricePerGpuHour: money(o.pricePerGpuHour),
            pricePerMillionItems: money(o.pricePerMillionItems),
            itemsPerS: o.itemsPerSecond,
            reputation: o.reputation,
            state: toCode(PROVIDER_STATES, o.state),
          })),
        },
      })
    case 'stats':
      return ResponseMessage.encode({
        stats: {
          classes: r.classes.map((c) => ({
            gpuClass: c.gpuClass,
            providersOnline: c.providersOnline,
            medianPricePerGpuHour: money(c.medianPricePerGpuHour),
            p10PricePerGpuHour: money(c.p10PricePerGpuHour),
            p90PricePerGpuHour: money(c.p90PricePerGpuHour),
            medianGflops: c.medianGflops,
            pricePerTflopHour: money(c.pricePerTflopHour),
          })),
        },
      })
    case 'quote':
      return ResponseMessage.encode({
        quote: {
          cost: money(r.quote.cost),
          completionMs: r.quote.completionMs,
          p50LatencyMs: r.quote.p50LatencyMs,
          providers: r.quote.providers.map((p) => ({ peerId: p.peerId, items: p.items, pricePerMillionItems: money(p.pricePerMillionItems), itemsPerS: p.itemsPerSecond })),
        },
      })
    case 'error':
      return ResponseMessage.encode({ error: errorToInfo(r.error) })
  }
}
