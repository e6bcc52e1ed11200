import {
  isModelId,
  OFFER_SORTS,
  RigpoolError,
  type MarketRequest,
  type OfferSort,
} from '../../../protocol/index.ts'

type Query = Record<string, unknown>

const OFFER_KEYS = new Set(['gpu', 'min_vram', 'execution_provider', 'model', 'min_reputation', 'max_price', 'max_price_per_million_items', 'sort', 'limit'])
const QUOTE_KEYS = new Set(['model', 'items', 'deadline_ms', 'spread'])

function text(q: Query, key: string): string | undefined {
  const v = q[key]
  if (v === undefined || v === '') return undefined
  if (typeof v !== 'string' && typeof v !== 'number') throw new RigpoolError('E_BAD_QUERY', `${key} must be given once, as text`)
  const s = String(v)
  if (s.length > 128) throw new RigpoolError('E_BAD_QUERY', `${key} is too long`)
  return s
}

function integer(q: Query, key: string, min: number, max: number): number | undefined {
  const s = text(q, key)
  if (s === undefined) return undefined
  if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) throw new RigpoolError('E_BAD_QUERY', `${key} must be an integer in ${min}..${max}, not ${JSON.stringify(s)}`)
  return Number(s)
}

function money(q: Query, key: string): bigint | undefined {
  const s = text(q, key)
  if (s === undefined) return undefined
  if (!/^\d{1,78}$/.test(s)) throw new RigpoolError('E_BAD_QUERY', `${key} must be a whole number of token base units, not ${JSON.stringify(s)}`)
  return BigInt(s)
}

function model(q: Query, key = 'model'): string | undefined {
  const s = text(q, key)
  if (s === undefined) return undefined
  if (!isModelId(s)) throw new RigpoolError('E_BAD_QUERY', `${key} must be a model content id, not ${JSON.stringify(s)}`)
  return s
}

function refuseUnknown(q: Query, known: ReadonlySet<string>): void {
  for (const k of Object.keys(q)) if (!known.has(k)) throw new RigpoolError('E_BAD_QUERY', `unknown parameter ${k}; known: ${[...known].join(', ')}`)
}

/** GET /v1/offers query → the market request (typed E_BAD_QUERY for anything wrong). */
export function offersFromQuery(q: Query): MarketRequest {
  refuseUnknown(q, OFFER_KEYS)
  const sort = text(q, 'sort') ?? 'price_per_gpu_hour'
  if (!(OFFER_SORTS as readonly string[]).includes(sort)) throw new RigpoolError('E_BAD_QUERY', `sort must be one of ${OFFER_SORTS.join(', ')}`)
  const rep = text(q, 'min_reputation')
  const minReputation = rep === undefined ? undefined : Number(rep)
  if (minReputation !== undefined && !(minReputation >= 0 && minReputation <= 1)) throw new RigpoolError('E_BAD_QUERY', 'min_reputation must be a number in 0..1')
  return {
    kind: 'offers',
    query: {
      gpu: text(q, 'gpu'),
      minVramBytes: integer(q, 'min_vram', 0, Number.MAX_SAFE_INTEGER),
      executionProvider: text(q, 'execution_provider'),
      modelId: model(q),
      minReputation,
      maxPricePerGpuHour: money(q, 'max_price'),
      maxPricePerMillionItems: money(q, 'max_price_per_million_items'),
      sort: sort as OfferSort,
      limit: integer(q, 'limit', 1, 1000) ?? 100,
    },
  }
}

/** GET /v1/prices query. */
export function statsFromQuery(q: Query): MarketRequest {
  refuseUnknown(q, new Set(['gpu_class']))
  return { kind: 'stats', gpuClass: text(q, 'gpu_class') }
}

/** GET or POST /v1/quote parameters. */
export function quoteFromQuery(q: Query): MarketRequest {
  refuseUnknown(q, QUOTE_KEYS)
  const modelId = model(q)
  if (modelId === undefined) throw new RigpoolError('E_BAD_QUERY', 'model is required')
  const itemCount = integer(q, 'items', 1, 10_000_000)
  if (itemCount === undefined) throw new RigpoolError('E_BAD_QUERY', 'items is required')
  return {
    kind: 'quote',
    request: { modelId, itemCount, deadlineMs: integer(q, 'deadline_ms', 1_000, 7 * 24 * 3_600_000) ?? 0, spread: integer(q, 'spread', 0, 1000) ?? 0 },
  }
}
