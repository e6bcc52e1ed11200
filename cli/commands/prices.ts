import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { Command, InvalidArgumentError } from 'commander'
import {
  createRigpoolNode,
  decodeMarketResponse,
  encodeMarketRequest,
  FramedStream,
  MARKET_FRAME_LIMIT,
  OFFER_SORTS,
  PROTOCOL_MARKET,
  RigpoolError,
  type GpuClassStats,
  type MarketRequest,
  type MarketResponse,
  type Offer,
  type OfferSort,
} from '../../protocol/index.ts'
import { fromEnv, parsePositiveInt } from '../options.ts'

/** Left-aligned text table with a header rule. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

const short = (peerId: string): string => (peerId.length > 16 ? `${peerId.slice(0, 8)}…${peerId.slice(-6)}` : peerId)

/** The market's price table: statistics per GPU class, then the offers. */
export function formatPrices(stats: GpuClassStats[], offers: Offer[]): string {
  const s = table(
    ['GPU class', 'online', 'median /GPU-h', 'p10 /GPU-h', 'p90 /GPU-h', 'median GFLOP/s', '/TFLOP-h'],
    stats.map((c) => [c.gpuClass, String(c.providersOnline), String(c.medianPricePerGpuHour), String(c.p10PricePerGpuHour), String(c.p90PricePerGpuHour), c.medianGflops.toFixed(0), String(c.pricePerTflopHour)]),
  )
  const o = table(
    ['provider', 'GPU / CPU', 'EP', 'state', 'price /GPU-h', 'price /1M items', 'items/s', 'reputation'],
    offers.map((x) => [short(x.peerId), x.gpuModel.slice(0, 40), x.executionProvider, x.state, String(x.pricePerGpuHour), x.pricePerMillionItems?.toString() ?? '-', x.itemsPerSecond > 0 ? x.itemsPerSecond.toFixed(0) : '-', x.reputation.toFixed(2)]),
  )
  return `Market statistics (token base units)\n${s}\n\nOffers\n${o}`
}

async function overLibp2p(coordinator: string, requests: MarketRequest[]): Promise<MarketResponse[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-prices-'))
  const node = await createRigpoolNode({ dataDir: dir, listen: [] })
  try {
    const out: MarketResponse[] = []
    for (const req of requests) {
      const stream = await node.dialProtocol(multiaddr(coordinator), PROTOCOL_MARKET, { signal: AbortSignal.timeout(10_000) })
      const framed = new FramedStream<MarketResponse, MarketRequest>(stream, { maxFrameBytes: MARKET_FRAME_LIMIT, decode: decodeMarketResponse, encode: encodeMarketRequest })
      await framed.write(req, { timeoutMs: 10_000 })
      const res = await framed.expect({ timeoutMs: 10_000 })
      if (res.kind === 'error') throw res.error
      out.push(res)
      await framed.close({ timeoutMs: 1_000 })
    }
    return out
  } finally {
    await node.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function overHttp(base: string, query: URLSearchParams): Promise<{ stats: unknown; offers: unknown }> {
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(new URL(path, base))
    const body = (await res.json()) as { error?: { code: string; message: string } }
    if (!res.ok) throw new RigpoolError('E_BAD_QUERY', `${res.status}: ${body.error?.message ?? 'error'}`)
    return body
  }
  return { stats: await get('/v1/prices'), offers: await get(`/v1/offers?${query}`) }
}

interface PricesOptions {
  coordinator?: string
  http?: string
  json?: boolean
  model?: string
  gpu?: string
  sort: string
  limit: number
}

/** `rigpool prices`: market statistics and offers, from a coordinator over libp2p or HTTP. */
export function register(program: Command): void {
  program
    .command('prices')
    .description('what a GPU-hour (or a million items of a model) costs right now: statistics per GPU class and offers')
    .option('--coordinator <multiaddr>', 'coordinator multiaddr ending in /p2p/<PeerId> (env RIGPOOL_COORDINATOR)', fromEnv('COORDINATOR'))
    .option('--http <url>', 'coordinator HTTP API base URL instead of libp2p (env RIGPOOL_HTTP)', fromEnv('HTTP'))
    .option('--model <id>', 'price offers per million items of this model')
    .option('--gpu <text>', 'only GPUs whose model or class contains this')
    .option('--sort <order>', `${OFFER_SORTS.join(' | ')}`, (v) => {
      if (!(OFFER_SORTS as readonly string[]).includes(v)) throw new InvalidArgumentError(`one of ${OFFER_SORTS.join(', ')}`)
      return v
    }, 'price_per_gpu_hour')
    .option('--limit <n>', 'offers shown', parsePositiveInt, 20)
    .option('--json', 'print JSON (money as decimal strings)')
    .action(async (o: PricesOptions) => {
      if (o.http !== undefined) {
        const q = new URLSearchParams({ sort: o.sort, limit: String(o.limit) })
        if (o.model !== undefined) q.set('model', o.model)
        if (o.gpu !== undefined) q.set('gpu', o.gpu)
        const { stats, offers } = await overHttp(o.http, q)
        if (o.json === true) return console.log(JSON.stringify({ ...(stats as object), ...(offers as object) }, null, 2))
        const s = (stats as { classes: Array<Record<string, string | number>> }).classes
        const of = (offers as { offers: Array<Record<string, string | number | null>> }).offers
        return console.log(
          formatPrices(
            s.map((c) => ({ gpuClass: String(c.gpu_class), providersOnline: Number(c.providers_online), medianPricePerGpuHour: BigInt(c.median_price_per_gpu_hour!), p10PricePerGpuHour: BigInt(c.p10_price_per_gpu_hour!), p90PricePerGpuHour: BigInt(c.p90_price_per_gpu_hour!), medianGflops: Number(c.median_gflops), pricePerTflopHour: BigInt(c.price_per_tflop_hour!) })),
            of.map((x) => ({ peerId: String(x.peer_id), gpuModel: String(x.gpu_model), gpuClass: String(x.gpu_class), vramBytes: Number(x.vram_bytes), executionProvider: String(x.execution_provider), precision: 'unknown', gflops: Number(x.gflops), pricePerGpuHour: BigInt(x.price_per_gpu_hour!), pricePerMillionItems: x.price_per_million_items === null ? undefined : BigInt(x.price_per_million_items!), itemsPerSecond: Number(x.items_per_s), reputation: Number(x.reputation), state: x.state as Offer['state'] })),
          ),
        )
      }
      if (o.coordinator === undefined) throw new InvalidArgumentError('give --coordinator <multiaddr> or --http <url>')
      const [stats, offers] = await overLibp2p(o.coordinator, [
        { kind: 'stats' },
        { kind: 'offers', query: { modelId: o.model, gpu: o.gpu, sort: o.sort as OfferSort, limit: o.limit } },
      ])
      const classes = stats!.kind === 'stats' ? stats!.classes : []
      const list = offers!.kind === 'offers' ? offers!.offers : []
      if (o.json === true) {
        const money = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v)
        return console.log(JSON.stringify({ classes, offers: list }, money, 2))
      }
      console.log(formatPrices(classes, list))
    })
}
