const money = { type: 'string', pattern: '^[0-9]+$', description: 'token base units (bigint as a decimal string)' }
const error = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, retry_after_ms: { type: 'integer' } } } },
}
const q = (name: string, type: string, description: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  name,
  in: 'query',
  required: false,
  description,
  schema: { type, ...extra },
})
const offer = {
  type: 'object',
  properties: {
    peer_id: { type: 'string' },
    gpu_model: { type: 'string' },
    gpu_class: { type: 'string' },
    vram_bytes: { type: 'integer' },
    execution_provider: { type: 'string' },
    precision: { type: 'string' },
    gflops: { type: 'number' },
    price_per_gpu_hour: money,
    price_per_million_items: { ...money, nullable: true },
    items_per_s: { type: 'number' },
    reputation: { type: 'number' },
    state: { type: 'string', enum: ['ready', 'busy', 'paused', 'draining'] },
  },
}
const quoteParams = [
  { ...q('model', 'string', 'model content id'), required: true },
  { ...q('items', 'integer', 'number of items', { minimum: 1, maximum: 10_000_000 }), required: true },
  q('deadline_ms', 'integer', 'wanted completion time', { minimum: 1000 }),
  q('spread', 'integer', 'at most this many providers (0 = as few as meet the deadline)', { minimum: 0, maximum: 1000 }),
]
const quoteResponse = {
  type: 'object',
  properties: {
    cost: money,
    completion_ms: { type: 'integer' },
    p50_latency_ms: { type: 'number' },
    providers: { type: 'array', items: { type: 'object', properties: { peer_id: { type: 'string' }, items: { type: 'integer' }, price_per_million_items: money, items_per_s: { type: 'number' } } } },
  },
}
const bad = { description: 'bad parameters', content: { 'application/json': { schema: error } } }

/** The OpenAPI 3.1 document of the coordinator's HTTP API, served at /v1/openapi.json. */
export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'rigpool coordinator market API', version: '1.0.0', description: 'Offers, market statistics per GPU class and quotes. Money is bigint token base units as decimal strings.' },
  paths: {
    '/v1/offers': {
      get: {
        summary: 'Offers in the order book',
        parameters: [
          q('gpu', 'string', 'GPU model or class substring (case-insensitive)'),
          q('min_vram', 'integer', 'minimum VRAM in bytes'),
          q('execution_provider', 'string', 'cpu, cuda, webgpu, dml, ...'),
          q('model', 'string', 'model content id: adds price per million items and speed for it'),
          q('min_reputation', 'number', '0..1'),
          q('max_price', 'string', 'maximum price per GPU-hour (base units)'),
          q('max_price_per_million_items', 'string', 'maximum price per million items of `model`'),
          q('sort', 'string', 'order', { enum: ['price_per_gpu_hour', 'price_per_item', 'speed'] }),
          q('limit', 'integer', '1..1000 (default 100)'),
        ],
        responses: { 200: { description: 'offers', content: { 'application/json': { schema: { type: 'object', properties: { offers: { type: 'array', items: offer } } } } } }, 400: bad },
      },
    },
    '/v1/prices': {
      get: {
        summary: 'Market statistics per GPU class',
        parameters: [q('gpu_class', 'string', 'only this class')],
        responses: { 200: { description: 'statistics', content: { 'application/json': { schema: { type: 'object' } } } }, 400: bad },
      },
    },
    '/v1/quote': {
      get: { summary: 'Cost and time for N items of a model', parameters: quoteParams, responses: { 200: { description: 'quote', content: { 'application/json': { schema: quoteResponse } } }, 400: bad, 503: bad } },
      post: {
        summary: 'Cost and time for N items of a model (JSON body with the same fields)',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { model: { type: 'string' }, items: { type: 'integer' }, deadline_ms: { type: 'integer' }, spread: { type: 'integer' } } } } } },
        responses: { 200: { description: 'quote', content: { 'application/json': { schema: quoteResponse } } }, 400: bad, 503: bad },
      },
    },
    '/v1/verification': {
      get: {
        summary: 'Audit overhead and the guarantee it gives: market-wide (lowest q, 1 − (1 − q·f)^1000) and per provider (q, stake, clean record, bans)',
        responses: { 200: { description: 'verification figures (amounts as decimal strings)', content: { 'application/json': { schema: { type: 'object', properties: { market: { type: 'object' }, providers: { type: 'array', items: { type: 'object' } } } } } } } },
      },
    },
    '/metrics': { get: { summary: 'Prometheus metrics', responses: { 200: { description: 'text exposition format' } } } },
  },
} as const
