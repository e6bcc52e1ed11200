import { test, describe, before, after } from 'node:test'
import assert from 'node:assert/strict'
import * as ort from 'onnxruntime-node'
import { hasCode } from '../../../protocol/errors.ts'
import { OnnxRunner } from '../../../protocol/onnx/index.ts'
import { toOrtTensor, fromOrtTensor, tensorsEqual, typedView, type NamedTensors } from '../../../protocol/tensor.ts'
import { smallMlp, standardMlp, ocrModel, type FixtureModel } from '../../fixtures/models.ts'

/** The reference: onnxruntime-node run directly in this thread, same options as the runner. */
async function direct(model: FixtureModel, feeds: NamedTensors): Promise<NamedTensors> {
  const session = await ort.InferenceSession.create(model.bytes, {
    executionProviders: ['cpu'],
    graphOptimizationLevel: 'all',
  })
  const ortFeeds = Object.fromEntries(Object.entries(feeds).map(([k, t]) => [k, toOrtTensor(t)]))
  const out = await session.run(ortFeeds)
  await session.release()
  return Object.fromEntries(Object.entries(out).map(([k, t]) => [k, fromOrtTensor(t)]))
}

describe('OnnxRunner', () => {
  let runner: OnnxRunner
  before(async () => {
    runner = await OnnxRunner.start()
  })
  after(async () => {
    await runner.terminate()
  })

  test('MLP outputs are byte-identical to onnxruntime run directly, batched or one by one', async () => {
    const m = smallMlp()
    await runner.load(m.id, m.bytes)
    const batch = m.input(11, 8)
    const [viaRunner] = await runner.run(m.id, [batch])
    const reference = await direct(m, batch)
    assert.ok(tensorsEqual(viaRunner![m.outputName]!, reference[m.outputName]!))
    // Item by item, through the runner, gives the same rows.
    const rows = await runner.run(
      m.id,
      Array.from({ length: 8 }, (_, i) => ({
        x: { ...batch.x!, dims: [1, 64], data: batch.x!.data.slice(i * 256, (i + 1) * 256) },
      })),
    )
    const joined = Buffer.concat(rows.map((r) => r.y!.data))
    assert.ok(joined.equals(viaRunner!.y!.data))
  })

  test('a perturbation of 1e-7 on one output value is detected', async () => {
    const m = smallMlp()
    await runner.load(m.id, m.bytes)
    const [out] = await runner.run(m.id, [m.input(3, 2)])
    const y = out!.y!
    const copy = { ...y, data: y.data.slice() }
    const f = typedView(copy) as Float32Array
    const before = f[5]!
    f[5] = Math.fround(before + 1e-7 * Math.max(1, Math.abs(before)))
    assert.notEqual(f[5], before)
    assert.ok(!tensorsEqual(copy, y))
    assert.ok(tensorsEqual({ ...y, data: y.data.slice() }, y))
  })

  test('OCR cls outputs are byte-identical to onnxruntime run directly', async () => {
    const m = ocrModel('cls')
    const loaded = await runner.load(m.id, m.bytes)
    assert.equal(loaded.signature.batchAxis, 0)
    const feeds = m.input(5, 2)
    const [viaRunner] = await runner.run(m.id, [feeds])
    const reference = await direct(m, feeds)
    assert.deepEqual(viaRunner![m.outputName]!.dims, [2, 2])
    assert.ok(tensorsEqual(viaRunner![m.outputName]!, reference[m.outputName]!))
    await runner.unload(m.id)
    assert.ok(!runner.loadedModels().includes(m.id))
  })

  test('the event loop stays responsive while a long batch runs in the worker', async () => {
    const m = standardMlp()
    // One inference thread, so this 2-core machine keeps a core for the event loop.
    const r = await OnnxRunner.start({ intraOpNumThreads: 1 })
    try {
      await r.load(m.id, m.bytes)
      const feeds = Array.from({ length: 40 }, () => m.input(1, 64))
      let last = performance.now()
      let maxGap = 0
      const timer = setInterval(() => {
        const now = performance.now()
        maxGap = Math.max(maxGap, now - last)
        last = now
      }, 5)
      const t0 = performance.now()
      await r.run(m.id, feeds)
      const elapsed = performance.now() - t0
      clearInterval(timer)
      assert.ok(elapsed > 300, `the run took ${elapsed} ms: too short to show anything`)
      assert.ok(maxGap < 200, `the event loop stalled ${maxGap} ms during a ${elapsed} ms run`)
    } finally {
      await r.terminate()
    }
  })

  test('abort mid-run rejects with E_ABORTED at once; the runner runs again after', async () => {
    const m = standardMlp()
    const r = await OnnxRunner.start()
    try {
      await r.load(m.id, m.bytes)
      const feeds = Array.from({ length: 200 }, () => m.input(1, 64))
      const ac = new AbortController()
      setTimeout(() => ac.abort(), 100)
      const t0 = performance.now()
      await assert.rejects(r.run(m.id, feeds, undefined, { signal: ac.signal }), (e) => hasCode(e, 'E_ABORTED'))
      assert.ok(performance.now() - t0 < 1000, 'the caller is released at once')
      // The worker dropped the rest of the call and kept its session.
      const [out] = await r.run(m.id, [m.input(2)])
      assert.deepEqual(out!.y!.dims, [1, 512])
      // Terminating mid-run also releases the caller; restart gives a fresh worker.
      const running = r.run(m.id, feeds)
      await new Promise((resolve) => setTimeout(resolve, 50))
      const rejected = assert.rejects(running, (e) => hasCode(e, 'E_ABORTED'))
      await r.terminate()
      await rejected
      assert.equal(r.isAlive, false)
      await r.restart()
      const small = smallMlp()
      await r.load(small.id, small.bytes)
      const [again] = await r.run(small.id, [small.input(1)])
      assert.deepEqual(again!.y!.dims, [1, 16])
    } finally {
      await r.terminate()
    }
  })

  test('a run past its deadline rejects with E_TIMEOUT', async () => {
    const m = standardMlp()
    const r = await OnnxRunner.start()
    try {
      await r.load(m.id, m.bytes)
      const feeds = Array.from({ length: 200 }, () => m.input(1, 64))
      await assert.rejects(r.run(m.id, feeds, undefined, { timeoutMs: 50 }), (e) => hasCode(e, 'E_TIMEOUT'))
    } finally {
      await r.terminate()
    }
  })

  test("executionProviders ['cuda'] fails with a typed error carrying ORT's message", async () => {
    await assert.rejects(OnnxRunner.start({ executionProviders: ['cuda'] }), (e) => {
      assert.ok(hasCode(e, 'E_EXECUTION_PROVIDER'), String(e))
      assert.match((e as Error).message, /shared library|cuda/i)
      return true
    })
  })

  test('settings report the ORT version, execution provider, optimisation level and threads', () => {
    const s = runner.settings()
    assert.equal(s.ortVersion, '1.30.0')
    assert.equal(s.executionProvider, 'cpu')
    assert.equal(s.graphOptimizationLevel, 'all')
    assert.ok(s.intraOpNumThreads >= 1)
  })

  test('running a model that is not loaded is E_UNKNOWN_MODEL', async () => {
    await assert.rejects(runner.run('nope', [{}]), (e) => hasCode(e, 'E_UNKNOWN_MODEL'))
  })
})
