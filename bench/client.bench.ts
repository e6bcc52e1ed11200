// bench/client: what the SDK adds for a developer — time from submit to the first
// result, end-to-end items/s against onnxruntime in this process on the same batch, and
// how fast a new client reattaches to a running job and gets its next result.
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { MarketClient } from '../client-sdk/index.ts'
import { mlpModel } from '../provider-agent/benchmark/index.ts'
import { startMarket } from '../test/client-sdk/market.ts'
import { percentile, type BenchReport } from './report.ts'

const ITEMS = 1_000
const BATCH = 32
const FIRST_RESULT_JOBS = 15
const RESUME_RUNS = 5

/** Runs the client benchmark against a coordinator and two providers on loopback. */
export async function run(_o: { signal?: AbortSignal } = {}): Promise<BenchReport> {
  const model = mlpModel({ inputSize: 256, hiddenSizes: [1024, 1024], outputSize: 256, seed: 3 })
  const items = Array.from({ length: ITEMS }, (_, i) => new Tensor('float32', Float32Array.from({ length: 256 }, (_, j) => Math.sin(i * 31 + j)), [1, 256]))
  const feeds = items.map((x) => ({ [model.inputName]: x }))

  // Baseline: onnxruntime here, same model, one thread, batches of 32.
  const session = await InferenceSession.create(model.bytes, { intraOpNumThreads: 1 })
  const batches: Tensor[] = []
  for (let i = 0; i < ITEMS; i += BATCH) {
    const n = Math.min(BATCH, ITEMS - i)
    const data = new Float32Array(n * 256)
    for (let j = 0; j < n; j++) data.set(items[i + j]!.data as Float32Array, j * 256)
    batches.push(new Tensor('float32', data, [n, 256]))
  }
  await session.run({ [model.inputName]: batches[0]! })
  let t = performance.now()
  for (const b of batches) await session.run({ [model.inputName]: b })
  const ortItemsPerS = ITEMS / ((performance.now() - t) / 1000)
  await session.release()

  const market = await startMarket()
  const dataDir = market.tempDir()
  let client = await MarketClient.connect({ coordinator: market.addr, dataDir })
  try {
    await client.uploadModel(model.bytes)
    // Warm-up: providers measure the model on their first task.
    await client.run({ model: model.bytes, items: feeds.slice(0, 64) })

    const firstResult: number[] = []
    for (let k = 0; k < FIRST_RESULT_JOBS; k++) {
      t = performance.now()
      const job = await client.submit({ model: model.bytes, items: feeds.slice(k * 20, k * 20 + 20) })
      for await (const r of job.results()) {
        if (r.index === 0) firstResult.push(performance.now() - t)
      }
    }

    t = performance.now()
    await client.run({ model: model.bytes, items: feeds })
    const clientItemsPerS = ITEMS / ((performance.now() - t) / 1000)

    const resume: number[] = []
    for (let k = 0; k < RESUME_RUNS; k++) {
      const job = await client.submit({ model: model.bytes, items: feeds.slice(0, 400) })
      for await (const r of job.results()) if (r.index === 49) break
      await client.close()
      t = performance.now()
      client = await MarketClient.connect({ coordinator: market.addr, dataDir })
      const again = await client.job(job.id)
      for await (const r of again.results()) {
        if (r.index === 50) resume.push(performance.now() - t)
      }
    }

    return {
      figures: {
        submit_to_first_result_ms: percentile(firstResult, 50),
        submit_to_first_result_ms_p90: percentile(firstResult, 90),
        client_items_per_s: clientItemsPerS,
        ort_items_per_s: ortItemsPerS,
        client_vs_ort: clientItemsPerS / ortItemsPerS,
        resume_ms: percentile(resume, 50),
      },
      settings: { model: 'mlp 256-1024-1024-256', items: ITEMS, ortBatch: BATCH, threads: 1, providers: 2, firstResultJobs: `${FIRST_RESULT_JOBS} × 20 items`, resume: `${RESUME_RUNS} reattaches by a new client after 50 of 400 results` },
    }
  } finally {
    await client.close()
    await market.stop()
  }
}
