import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { startCoordinator } from '../coordinator/index.ts'
import { startHttpApi } from '../coordinator/api/http/server.ts'
import { MarketQueries } from '../coordinator/api/market-queries.ts'
import type { BookEntry } from '../coordinator/book/book-entry.ts'
import type { OrderBook } from '../coordinator/book/order-book.ts'
import { bestOffer, taskSizeFor } from '../coordinator/matching/index.ts'
import { DEFAULT_TASK_SIZING } from '../coordinator/matching/task-size.ts'
import { ModelRegistry } from '../coordinator/models/model-registry.ts'
import { CoordinatorMetrics } from '../coordinator/observability/metrics.ts'
import { startProvider, type ProviderAgent } from '../provider-agent/index.ts'
import { mlpModel } from '../provider-agent/benchmark/index.ts'
import { createRigpoolNode, fromOrtTensor, modelIdOf, type Advert } from '../protocol/index.ts'
import { jobSpec, submit } from '../test/coordinator/helpers.ts'
import { percentile, type BenchReport } from './report.ts'

const GPUS = ['NVIDIA GeForce RTX 4090', 'NVIDIA GeForce RTX 3090', 'NVIDIA GeForce RTX 3060', 'AMD Radeon RX 7900 XTX', 'NVIDIA A100']

/** A synthetic order book of `n` providers with spread prices, speeds and hardware. */
function syntheticBook(n: number, modelId: string): BookEntry[] {
  let s = 12345
  const rnd = (): number => ((s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32)
  return Array.from({ length: n }, (_, i) => {
    const advert = {
      peerId: `peer-${i}`,
      hardware: { gpus: [{ index: 0, vendor: 'x', model: GPUS[i % GPUS.length]!, vramBytes: (8 + (i % 4) * 8) * 1e9, driver: '', bus: '' }], cpuModel: 'cpu', cpuCores: 8, ramBytes: 32e9, os: 'linux', arch: 'x64' },
      executionProvider: i % 10 === 0 ? 'cpu' : 'cuda',
      precision: 'fp32-strict',
      ortVersion: '1.30.0',
      graphOptimizationLevel: 'all',
      benchmarkGflops: 5_000 + rnd() * 80_000,
      pricePerGpuHour: BigInt(100_000 + Math.floor(rnd() * 900_000)),
      models: i % 3 === 0 ? [{ modelId, itemsPerSecond: 100 + rnd() * 10_000, batchSize: 32, pricePerMillionItems: BigInt(1_000 + Math.floor(rnd() * 100_000)) }] : [],
      maxTaskBytes: 1e8,
      state: 'ready',
    } as unknown as Advert
    return { id: advert.peerId, advert, state: i % 17 === 0 ? 'paused' : 'ready', reputation: rnd(), observedItemsPerSecond: new Map(), hasSession: true, isBusy: false, isBanned: false }
  })
}

/** Tasks matched per second: one best-offer pass plus task sizing per task, as the scheduler does. */
function matchRate(book: BookEntry[], modelId: string): number {
  const req = { modelId, modelBytes: 10e6, settings: {} }
  let n = 0
  const started = performance.now()
  while (performance.now() - started < 2_000) {
    const offer = bestOffer(book, req, (e) => !e.isBusy)
    if (offer === undefined) throw new Error('no offer')
    taskSizeFor(offer.itemsPerSecond, 10_000, 3, DEFAULT_TASK_SIZING)
    n++
  }
  return n / ((performance.now() - started) / 1000)
}

async function queryLatency(book: BookEntry[], dir: string): Promise<{ p50: number; p99: number; offersP50: number; offersP99: number }> {
  const queries = new MarketQueries({ entries: () => book } as unknown as OrderBook, new ModelRegistry(dir))
  const api = await startHttpApi({ queries, metrics: new CoordinatorMetrics(), port: 0 })
  const time = async (path: string, n: number): Promise<number[]> => {
    const out: number[] = []
    for (let i = 0; i < n; i++) {
      const t = performance.now()
      const res = await fetch(`${api.url}${path}`)
      await res.arrayBuffer()
      out.push(performance.now() - t)
    }
    return out
  }
  await time('/v1/prices', 3)
  const prices = await time('/v1/prices', 60)
  const offers = await time('/v1/offers?sort=price_per_gpu_hour&limit=20&min_vram=16000000000', 60)
  await api.close()
  return { p50: percentile(prices, 50), p99: percentile(prices, 99), offersP50: percentile(offers, 50), offersP99: percentile(offers, 99) }
}

/** bench/coordinator: matching rate, price query latency, and a batch on 1 vs 3 providers vs onnxruntime alone. */
export async function run(): Promise<BenchReport> {
  const root = mkdtempSync(join(tmpdir(), 'rigpool-bench-coord-'))
  const model = mlpModel({ inputSize: 256, hiddenSizes: [1024, 1024], outputSize: 256, seed: 3 })
  const modelId = modelIdOf(model.bytes)
  try {
    const match10k = matchRate(syntheticBook(10_000, modelId), modelId)
    const book100k = syntheticBook(100_000, modelId)
    const match100k = matchRate(book100k, modelId)
    const latency = await queryLatency(book100k, root)

    const ITEMS = 2_000
    const tensors = Array.from({ length: ITEMS }, (_, i) => {
      const data = new Float32Array(256)
      for (let j = 0; j < 256; j++) data[j] = Math.sin(i * 31 + j)
      return new Tensor('float32', data, [1, 256])
    })
    const session = await InferenceSession.create(model.bytes, { intraOpNumThreads: 1 })
    let t = performance.now()
    for (let i = 0; i < ITEMS; i += 32) {
      const n = Math.min(32, ITEMS - i)
      const data = new Float32Array(n * 256)
      for (let j = 0; j < n; j++) data.set(tensors[i + j]!.data as Float32Array, j * 256)
      await session.run({ [model.inputName]: new Tensor('float32', data, [n, 256]) })
    }
    const ortItemsPerS = ITEMS / ((performance.now() - t) / 1000)
    await session.release()

    const coordinator = await startCoordinator({ dataDir: join(root, 'c') })
    const addr = coordinator.multiaddrs[0]!
    const providers: ProviderAgent[] = []
    for (let i = 0; i < 3; i++) providers.push(await startProvider({ dataDir: join(root, `p${i}`), coordinator: addr, pricePerGpuHour: 1_000_000n, intraOpNumThreads: 1, idle: false, benchmarkMs: 0 }))
    const client = await createRigpoolNode({ dataDir: join(root, 'client'), listen: [] })
    const { MarketClient } = await import('../client-sdk/index.ts')
    const uploader = await MarketClient.connect({ coordinator: addr })
    await uploader.uploadModel(model.bytes)
    await uploader.close()
    const items = tensors.map((x) => ({ [model.inputName]: fromOrtTensor(x) }))
    const batch = async (spread: number): Promise<number> => {
      t = performance.now()
      const { first, framed } = await submit(client, addr, jobSpec({ modelId, itemCount: ITEMS, spread }), items)
      if (first.kind !== 'accepted') throw new Error(`refused: ${JSON.stringify(first.kind)}`)
      for (;;) {
        const m = await framed.expect({ timeoutMs: 300_000 })
        if (m.kind === 'done') break
        if (m.kind === 'error') throw m.error
      }
      return ITEMS / ((performance.now() - t) / 1000)
    }
    await batch(3) // warm-up: models fetched and measured on every provider
    const spread1 = await batch(1)
    const spread3 = await batch(3)
    await client.stop()
    for (const p of providers) await p.stop()
    await coordinator.stop()
    return {
      figures: {
        match_per_s_10k: Math.round(match10k),
        match_per_s_100k: Math.round(match100k),
        price_query_p50_ms: Number(latency.p50.toFixed(2)),
        price_query_p99_ms: Number(latency.p99.toFixed(2)),
        offers_query_p50_ms: Number(latency.offersP50.toFixed(2)),
        offers_query_p99_ms: Number(latency.offersP99.toFixed(2)),
        spread_items_per_s_1: Math.round(spread1),
        spread_items_per_s_3: Math.round(spread3),
        ort_items_per_s: Math.round(ortItemsPerS),
        spread_speedup_3_over_1: Number((spread3 / spread1).toFixed(2)),
      },
      settings: { model: 'MLP 256-1024-1024-256', items: ITEMS, intraOpNumThreads: 1, ortBatch: 32, offersInBook: [10_000, 100_000], priceQuery: 'GET /v1/prices over 100,000 offers', cores: (await import('node:os')).availableParallelism() },
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
