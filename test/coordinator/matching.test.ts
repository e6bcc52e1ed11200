import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { totalmem } from 'node:os'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import type { ProviderAgent } from '../../provider-agent/index.ts'
import { createRigpoolNode, fromOrtTensor, modelIdOf, tensorsEqual, type ClientResponse, type NamedTensors, type RigpoolNode } from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/mlp-model.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { clientRequest, floatItems, jobSpec, runDirect, submit, tempDirs, type ClientStream } from './helpers.ts'
import { ownerSwitch, testProvider, until } from './providers.ts'

const model = mlpModel({ inputSize: 32, hiddenSizes: [128, 128], outputSize: 8, seed: 3 })
const hardware = (ramBytes: number) => ({ gpus: [], cpuModel: 'test cpu', cpuCores: 2, ramBytes, os: 'linux', arch: 'x64', hasGpu: false, notes: [] })

/** Reads results from a submission stream until done; asserts order and counts each index. */
async function collect(framed: ClientStream, n: number, onResult?: (i: number) => void): Promise<{ outputs: NamedTensors[]; done: ClientResponse }> {
  const outputs: NamedTensors[] = []
  for (;;) {
    const m = await framed.expect({ timeoutMs: 60_000 })
    if (m.kind === 'result') {
      assert.equal(m.index, outputs.length, 'results in item order, each once')
      outputs.push(m.outputs)
      onResult?.(m.index)
    } else if (m.kind === 'error') throw m.error
    else if (m.kind === 'done') {
      assert.equal(outputs.length, n)
      return { outputs, done: m }
    }
  }
}

async function assertLikeOnnxruntime(items: ReturnType<typeof floatItems>, outputs: NamedTensors[]): Promise<void> {
  const direct = await runDirect(model.bytes, model.inputName, model.outputName, items)
  for (let i = 0; i < items.length; i++) assert.ok(tensorsEqual(outputs[i]![model.outputName]!, direct[i]![model.outputName]!), `item ${i} differs from onnxruntime`)
}

describe('matching and scheduling with real provider agents', () => {
  const dirs = tempDirs()
  let coordinator: Coordinator
  let addr: string
  let client: RigpoolNode
  let uploader: MarketClient
  const agents: ProviderAgent[] = []
  const modelId = modelIdOf(model.bytes)
  const wire = (xs: ReturnType<typeof floatItems>) => xs.map((t) => ({ [model.inputName]: fromOrtTensor(t) }))

  before(async () => {
    coordinator = await startCoordinator({ dataDir: dirs.make(), heartbeatIntervalMs: 300, sizing: { maxTaskItems: 16, probeItems: 8 }, backoffBaseMs: 20 })
    addr = coordinator.multiaddrs[0]!
    client = await createRigpoolNode({ dataDir: dirs.make(), listen: [] })
    uploader = await MarketClient.connect({ coordinator: addr })
    await uploader.uploadModel(model.bytes)
  })

  after(async () => {
    await uploader?.close()
    for (const a of agents) await a.stop().catch(() => {})
    await client?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  const start = async (price: bigint, extra: Partial<Parameters<typeof testProvider>[0]> = {}) => {
    const a = await testProvider({ dataDir: dirs.make(), coordinator: addr, pricePerGpuHour: price, ...extra })
    agents.push(a)
    return a
  }
  const stopAll = async () => {
    for (const a of agents.splice(0)) await a.stop()
    await until(() => coordinator.registry.size === 0, 20_000, 'providers gone')
  }

  test('the cheapest provider that fits gets the job; paused, too-small and dearer ones do not', async () => {
    const owner = ownerSwitch()
    owner.isActive = true
    const dear = await start(3_000_000n)
    const tooSmall = await start(500_000n, { hardware: hardware(model.bytes.byteLength) })
    const cheapest = await start(2_000_000n)
    const paused = await start(250_000n, { owner: owner.signal })
    await until(() => coordinator.registry.get(paused.peerId)?.state === 'paused', 10_000, 'the owner pause')

    // A job that needs an execution provider nobody has is refused at once, with the reason.
    const cuda = await submit(client, addr, jobSpec({ modelId, itemCount: 1, settings: { executionProvider: 'cuda' } }), wire(floatItems(1, 32, 1)))
    assert.equal(cuda.first.kind, 'error')
    assert.ok(cuda.first.kind === 'error' && cuda.first.error.code === 'E_NO_PROVIDER' && /execution provider/.test(cuda.first.error.message))

    // A price cap below every fitting offer is refused with the cheapest offer that would fit.
    const low = await submit(client, addr, jobSpec({ modelId, itemCount: 1, priceCapPerMillionItems: 1n }), wire(floatItems(1, 32, 1)))
    assert.ok(low.first.kind === 'error' && low.first.error.code === 'E_PRICE_TOO_LOW')
    assert.match(low.first.error.message, new RegExp(`the cheapest that fits is \\d+ per million items \\(provider ${cheapest.peerId}\\)`))
    assert.equal(coordinator.store.jobs.recent(10).length, 0, 'refused jobs are not stored')

    const items = floatItems(120, 32, 2)
    const { first, framed } = await submit(client, addr, jobSpec({ modelId, itemCount: items.length, spread: 1 }), wire(items))
    assert.equal(first.kind, 'accepted')
    const { outputs, done } = await collect(framed, items.length)
    assert.ok(done.kind === 'done' && done.state === 'completed')
    await assertLikeOnnxruntime(items, outputs)
    assert.equal(coordinator.registry.get(cheapest.peerId)?.itemsDone, items.length)
    for (const other of [dear, tooSmall, paused]) assert.equal(coordinator.registry.get(other.peerId)?.itemsDone ?? 0, 0)
    assert.ok(totalmem() > model.bytes.byteLength * 3, 'the other providers have the RAM the small one lacks')
    await stopAll()
  })

  test('a job spread over 3 providers returns outputs byte-identical to onnxruntime, from all three', async () => {
    const three = [await start(1_000_000n), await start(1_000_000n), await start(1_000_000n)]
    const items = floatItems(600, 32, 4)
    const { first, framed } = await submit(client, addr, jobSpec({ modelId, itemCount: items.length, spread: 3 }), wire(items))
    assert.equal(first.kind, 'accepted')
    const { outputs } = await collect(framed, items.length)
    await assertLikeOnnxruntime(items, outputs)
    const report = await clientRequest(client, addr, { kind: 'report', jobId: first.kind === 'accepted' ? first.jobId : '' })
    assert.ok(report[0]?.kind === 'report')
    assert.deepEqual([...report[0].report.providers].sort(), three.map((a) => a.peerId).sort())
    await stopAll()
  })

  test('a provider killed mid-job: the job completes, nothing lost or duplicated', async () => {
    const [victim] = [await start(500_000n), await start(1_000_000n), await start(1_000_000n)]
    const items = floatItems(1_500, 32, 5)
    const { first, framed } = await submit(client, addr, jobSpec({ modelId, itemCount: items.length }), wire(items))
    assert.equal(first.kind, 'accepted')
    let killed = false
    const { outputs } = await collect(framed, items.length, () => {
      if (!killed && (coordinator.registry.get(victim!.peerId)?.running.size ?? 0) > 0) {
        killed = true
        void victim!.node.stop() // abrupt: connections drop, no drain, no hand-back
      }
    })
    assert.ok(killed, 'the provider was killed while it ran a task')
    await assertLikeOnnxruntime(items, outputs)
    assert.ok(Number((await coordinator.metrics.requeues.get()).values.reduce((s, v) => s + v.value, 0)) >= 1, 'its task was re-queued')
    await stopAll()
  })

  test('a provider that pauses for its owner mid-job: the job completes elsewhere, nothing lost or duplicated', async () => {
    const owner = ownerSwitch()
    const pausing = await start(500_000n, { owner: owner.signal })
    await start(1_000_000n)
    const items = floatItems(1_500, 32, 6)
    const { first, framed } = await submit(client, addr, jobSpec({ modelId, itemCount: items.length }), wire(items))
    assert.equal(first.kind, 'accepted')
    let doneAtPause = -1
    let doneWhenPaused = -1
    const { outputs } = await collect(framed, items.length, () => {
      const entry = coordinator.registry.get(pausing.peerId)
      if (doneAtPause < 0 && (entry?.itemsDone ?? 0) > 0) {
        owner.isActive = true
        doneAtPause = entry!.itemsDone
      }
      // The pause reaches the coordinator one idle-policy poll later (longer on a loaded machine).
      if (doneWhenPaused < 0 && entry?.state === 'paused') doneWhenPaused = entry.itemsDone
    })
    assert.ok(doneAtPause > 0, 'the owner came back mid-job')
    assert.equal(coordinator.registry.get(pausing.peerId)?.state, 'paused')
    assert.ok(doneWhenPaused >= doneAtPause, 'the coordinator saw the pause during the job')
    await assertLikeOnnxruntime(items, outputs)
    // At most the task (16 items at most) it was finishing when the pause came: none after.
    assert.ok(coordinator.registry.get(pausing.peerId)!.itemsDone <= doneWhenPaused + 16)
    assert.ok(coordinator.registry.get(pausing.peerId)!.itemsDone < items.length, 'the other provider finished the job')
    await stopAll()
  })
})
