import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { MarketClient } from '../client-sdk/index.ts'
import { startCoordinator } from '../coordinator/index.ts'
import { startProvider } from '../provider-agent/index.ts'
import { mlpModel } from '../provider-agent/benchmark/index.ts'
import { percentile, type BenchReport } from './report.ts'

const ITEMS = 2_000
const BATCH = 32
const THREADS = 1
const ONE_ITEM_JOBS = 100

/** bench/slice: the market's overhead over onnxruntime in-process, and one-item latency. */
export async function run(): Promise<BenchReport> {
  const model = mlpModel({ inputSize: 256, hiddenSizes: [1024, 1024], outputSize: 256, seed: 3 })
  const items = Array.from({ length: ITEMS }, (_, i) => {
    const data = new Float32Array(256)
    for (let j = 0; j < data.length; j++) data[j] = Math.sin(i * 31 + j)
    return new Tensor('float32', data, [1, 256])
  })

  // Baseline: onnxruntime in this process, same model, batch size and thread count.
  const session = await InferenceSession.create(model.bytes, { intraOpNumThreads: THREADS })
  const batched: Tensor[] = []
  for (let i = 0; i < ITEMS; i += BATCH) {
    const n = Math.min(BATCH, ITEMS - i)
    const data = new Float32Array(n * 256)
    for (let j = 0; j < n; j++) data.set(items[i + j]!.data as Float32Array, j * 256)
    batched.push(new Tensor('float32', data, [n, 256]))
  }
  await session.run({ [model.inputName]: batched[0]! })
  let t = performance.now()
  for (const b of batched) await session.run({ [model.inputName]: b })
  const ortItemsPerS = ITEMS / ((performance.now() - t) / 1000)
  await session.release()

  const root = mkdtempSync(join(tmpdir(), 'rigpool-bench-'))
  const coordinator = await startCoordinator({ dataDir: join(root, 'c') })
  const provider = await startProvider({
    dataDir: join(root, 'p'),
    coordinator: coordinator.multiaddrs[0]!,
    pricePerGpuHour: 1_000_000n,
    intraOpNumThreads: THREADS,
    maxBatch: BATCH,
  })
  const client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
  try {
    const feeds = items.map((x) => ({ [model.inputName]: x }))
    const modelId = await client.uploadModel(model.bytes)
    await client.run({ model: modelId, items: feeds.slice(0, 64), priceCapPerMillionItems: 10n ** 12n })
    t = performance.now()
    await client.run({ model: modelId, items: feeds, priceCapPerMillionItems: 10n ** 12n })
    const marketItemsPerS = ITEMS / ((performance.now() - t) / 1000)

    const latencies: number[] = []
    for (let i = 0; i < ONE_ITEM_JOBS; i++) {
      const s = performance.now()
      await client.run({ model: modelId, items: [feeds[i]!], priceCapPerMillionItems: 10n ** 12n })
      latencies.push(performance.now() - s)
    }
    return {
      figures: {
        ort_items_per_s: ortItemsPerS,
        market_items_per_s: marketItemsPerS,
        overhead_ratio: marketItemsPerS / ortItemsPerS,
        one_item_p50_ms: percentile(latencies, 50),
        one_item_p99_ms: percentile(latencies, 99),
      },
      settings: {
        model: 'mlp 256-1024-1024-256 float32',
        flops_per_item: model.flopsPerItem,
        items: ITEMS,
        batch_size: BATCH,
        intra_op_threads: THREADS,
        providers: 1,
        one_item_jobs: ONE_ITEM_JOBS,
        transport: 'libp2p tcp+noise+yamux on loopback',
      },
    }
  } finally {
    await client.close()
    await provider.stop()
    await coordinator.stop()
    rmSync(root, { recursive: true, force: true })
  }
}
