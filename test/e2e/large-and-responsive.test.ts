import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { after, before, describe, test } from 'node:test'
import { peerIdFromString } from '@libp2p/peer-id'
import assert from 'node:assert/strict'
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { fromOrtTensor, MAX_FRAME_BYTES, tensorsEqual } from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/index.ts'
import { ocrClassifier } from '../../demo/workload.ts'
import { floatItems, tempDirs } from './helpers.ts'

describe('batches far over the frame limit, and a provider that stays responsive', () => {
  const dirs = tempDirs()
  let coordinator: Coordinator
  let provider: ProviderAgent
  let client: MarketClient

  before(async () => {
    coordinator = await startCoordinator({ dataDir: dirs.make() })
    provider = await startProvider({
      dataDir: dirs.make(),
      coordinator: coordinator.multiaddrs[0]!,
      pricePerGpuHour: 1_000_000n,
      intraOpNumThreads: 1,
      maxBatch: 512,
    })
    client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
  })

  after(async () => {
    await client?.close()
    await provider?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  test('a batch whose total size is many times the frame limit goes through, byte-identical', async () => {
    // Wide text-line images: 1.1 MB each, 48 MB in all, twelve times the 4 MiB frame limit.
    const model = ocrClassifier()
    const width = 1920
    const items = Array.from({ length: 44 }, (_, i) => {
      const data = new Float32Array(3 * 48 * width)
      for (let j = 0; j < data.length; j++) data[j] = Math.sin(i + j / 97)
      return new Tensor('float32', data, [1, 3, 48, width])
    })
    const totalBytes = items.reduce((n, t) => n + (t.data as Float32Array).byteLength, 0)
    assert.ok(totalBytes > 10 * MAX_FRAME_BYTES.client, 'the batch must be many frames big')
    const outputs = await client.run({ model: model.bytes, items: items.map((x) => ({ x })), priceCapPerMillionItems: 10n ** 12n })
    const session = await InferenceSession.create(model.bytes, { intraOpNumThreads: 1 })
    for (const [i, x] of items.entries()) {
      const direct = await session.run({ x })
      const name = session.outputNames[0]!
      assert.ok(tensorsEqual(fromOrtTensor(outputs[i]![name]!), fromOrtTensor(direct[name]!)), `item ${i}`)
    }
    await session.release()
  })

  test('the provider answers pings while a long batch runs (inference is off its event loop)', async (t) => {
    // The provider runs in its own process so that only its event loop is measured.
    const child = spawn(process.execPath, ['--import', './scripts/register.mjs', 'test/e2e/fixtures/provider-process.ts', dirs.make(), coordinator.multiaddrs[0]!, '1', '512'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
    const line = (await lines.next()).value as string
    const remote = peerIdFromString((JSON.parse(line) as { peerId: string }).peerId)
    await provider.stop()
    // 96 MFLOP per item, 256 items per task: each run of the worker takes most of a second.
    const model = mlpModel({ inputSize: 4096, hiddenSizes: [4096, 4096], outputSize: 4096, seed: 5 })
    const items = floatItems(1024, 4096, 9).map((x) => ({ [model.inputName]: x }))
    // Warm up: the first task fetches and loads the 128 MB model (hashing it is a separate, known stall).
    const modelId = await client.uploadModel(model.bytes)
    await client.run({ model: modelId, items: items.slice(0, 1), priceCapPerMillionItems: 10n ** 15n })
    child.kill('SIGUSR2')
    const rtts: number[] = []
    let running = true
    const pinger = (async () => {
      while (running) {
        const t = performance.now()
        await coordinator.node.services.ping.ping(remote, { signal: AbortSignal.timeout(5_000) })
        rtts.push(performance.now() - t)
        await new Promise((r) => setTimeout(r, 20))
      }
    })()
    const started = performance.now()
    const outputs = await client.run({ model: modelId, items, priceCapPerMillionItems: 10n ** 15n })
    const jobMs = performance.now() - started
    running = false
    await pinger
    child.kill('SIGTERM')
    const report = JSON.parse((await lines.next()).value as string) as { maxEventLoopDelayMs: number }
    await once(child, 'exit')
    assert.equal(outputs.length, items.length)
    const worst = Math.max(...rtts)
    assert.ok(rtts.length >= 20, `only ${rtts.length} pings during the job`)
    // A run on the provider's event loop would hold pings for a whole run (about a second).
    assert.ok(jobMs > 2_000, `the job must be long enough to matter (${jobMs.toFixed(0)} ms)`)
    const runMs = jobMs / 4
    t.diagnostic(`pings ${rtts.length}, worst ${worst.toFixed(0)} ms; provider max loop delay ${report.maxEventLoopDelayMs.toFixed(0)} ms; run ~${runMs.toFixed(0)} ms`)
    // Every ping was answered; a run on the provider's own event loop would have held it for a whole run.
    assert.ok(worst < 5_000, `worst ping ${worst.toFixed(0)} ms`)
    assert.ok(runMs > 300, `each run must be long enough to matter (${runMs.toFixed(0)} ms)`)
    assert.ok(
      report.maxEventLoopDelayMs < runMs / 2,
      `provider event loop stalled ${report.maxEventLoopDelayMs.toFixed(0)} ms; one run takes about ${runMs.toFixed(0)} ms`,
    )
  })
})
