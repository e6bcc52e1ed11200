import Fastify, { type FastifyInstance } from 'fastify'
import { RigpoolError, toRigpoolError, type ErrorCode, type MarketRequest } from '../../../protocol/index.ts'
import type { CoordinatorMetrics } from '../../observability/metrics.ts'
import type { MarketQueries } from '../market-queries.ts'
import { offerJson, quoteJson, statsJson } from './json.ts'
import { OPENAPI } from './openapi.ts'
import { offersFromQuery, quoteFromQuery, statsFromQuery } from './params.ts'

export interface HttpApiOptions {
  queries: MarketQueries
  metrics: CoordinatorMetrics
  /** Refreshes gauges before /metrics is scraped. */
  beforeScrape?: () => void
  /** Audit overhead and guarantee, market-wide and per provider (GET /v1/verification). */
  verification?: () => Promise<unknown>
  host?: string
  port: number
}

const STATUS: Partial<Record<ErrorCode, number>> = { E_BAD_QUERY: 400, E_BAD_AMOUNT: 400, E_NO_PROVIDER: 503, E_BUSY: 503, E_UNKNOWN_MODEL: 404 }

/** The coordinator's HTTP API (fastify): market queries as JSON, the OpenAPI document, /metrics. */
export async function startHttpApi(o: HttpApiOptions): Promise<{ url: string; app: FastifyInstance; close(): Promise<void> }> {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 })
  app.setErrorHandler((err, _req, reply) => {
    const e = err instanceof RigpoolError ? err : toRigpoolError(err, (err as { statusCode?: number }).statusCode === 400 ? 'E_BAD_QUERY' : 'E_INTERNAL')
    o.metrics.refusals.inc({ code: e.code })
    const status = STATUS[e.code] ?? ((err as { statusCode?: number }).statusCode === 400 ? 400 : 500)
    if (e.retryAfterMs !== undefined) void reply.header('retry-after', Math.ceil(e.retryAfterMs / 1000))
    void reply.status(status).send({ error: { code: e.code, message: e.message, retry_after_ms: e.retryAfterMs } })
  })
  const answer = (req: MarketRequest): Record<string, unknown> => {
    const res = o.queries.answer(req)
    switch (res.kind) {
      case 'offers':
        return { offers: res.offers.map(offerJson) }
      case 'stats':
        return { classes: res.classes.map(statsJson) }
      case 'quote':
        return quoteJson(res.quote)
      case 'error':
        throw res.error
    }
  }
  app.get('/v1/offers', async (req) => answer(offersFromQuery(req.query as Record<string, unknown>)))
  app.get('/v1/prices', async (req) => answer(statsFromQuery(req.query as Record<string, unknown>)))
  app.get('/v1/quote', async (req) => answer(quoteFromQuery(req.query as Record<string, unknown>)))
  app.post('/v1/quote', async (req) => {
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) throw new RigpoolError('E_BAD_QUERY', 'the body must be a JSON object')
    return answer(quoteFromQuery(req.body as Record<string, unknown>))
  })
  if (o.verification !== undefined) {
    const report = o.verification
    // Stakes are bigints: sent as decimal strings, like every amount in this API.
    app.get('/v1/verification', async (_req, reply) => reply.header('content-type', 'application/json').send(JSON.stringify(await report(), (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))))
  }
  app.get('/v1/openapi.json', async () => OPENAPI)
  app.get('/healthz', async () => ({ ok: true }))
  app.get('/metrics', async (_req, reply) => {
    o.beforeScrape?.()
    void reply.header('content-type', o.metrics.registry.contentType)
    return o.metrics.registry.metrics()
  })
  const address = await app.listen({ host: o.host ?? '127.0.0.1', port: o.port })
  return { url: address, app, close: () => app.close() }
}
