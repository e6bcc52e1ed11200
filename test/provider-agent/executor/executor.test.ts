import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { hasCode } from '../../../protocol/errors.ts'
import { modelIdOf } from '../../../protocol/model-id.ts'
import { OnnxRunner } from '../../../protocol/onnx/index.ts'
import { tensorsEqual, type NamedTensors } from '../../../protocol/tensor.ts'
import { Executor } from '../../../provider-agent/executor/index.ts'
import { mlpInput, mlpModel } from '../../../provider-agent/benchmark/index.ts'
import { ocrModel, smallMlp } from '../../fixtures/models.ts'

describe('Executor', () => {
  test('runs items in batches, onBatch in item order, outputs identical to one-by-one runs', async () => {
    const m = smallMlp()
    const ex = await Executor.start({ maxBatch: 4 })
    const ref = await OnnxRunner.start({ intraOpNumThreads: 1 })
    try {
      ex.register(m.id, m.bytes)
      await ref.load(m.id, m.bytes)
      const items = Array.from({ length: 10 }, (_, i) => m.input(i))
      const seen: number[] = []
      const out = await ex.run(m.id, { items }, { onBatch: (first, outs) => void seen.push(first, outs.length) })
      assert.deepEqual(seen, [0, 4, 4, 4, 8, 2])
      const each = await ref.run(m.id, items)
      out.forEach((o, i) => assert.ok(tensorsEqual(o.y!, each[i]!.y!), `item ${i}`))
      await assert.rejects(ex.run(m.id, { items: [{ x: mlpInput(63, 1, 1) }] }), (e) => hasCode(e, 'E_INPUT_MISMATCH'))
      await assert.rejects(ex.run(m.id, { items: [{ wrong: mlpInput(64, 1, 1) }] }), (e) =>
        hasCode(e, 'E_INPUT_MISMATCH'),
      )
    } finally {
      await ex.close()
      await ref.terminate()
    }
  })

  test('OCR rec: batched through the executor equals item by item', async () => {
    const m = ocrModel('rec')
    const ex = await Executor.start({ maxBatch: 2 })
    try {
      ex.register(m.id, m.bytes)
      const items = [m.input(1), m.input(2)]
      const batched = await ex.run(m.id, { items })
      ex.setBatchSize(m.id, 1)
      const single = await ex.run(m.id, { items })
      assert.deepEqual(batched[0]![m.outputName]!.dims, [1, 40, 6625])
      batched.forEach((o, i) => assert.ok(tensorsEqual(o[m.outputName]!, single[i]![m.outputName]!)))
    } finally {
      await ex.close()
    }
  })

  test('cancel between batches rejects with E_ABORTED; the executor runs again after', async () => {
    const m = smallMlp()
    const ex = await Executor.start({ maxBatch: 2 })
    try {
      ex.register(m.id, m.bytes)
      const ac = new AbortController()
      const items = Array.from({ length: 8 }, (_, i) => m.input(i))
      let batches = 0
      await assert.rejects(
        ex.run(m.id, { items }, { signal: ac.signal, onBatch: () => (batches++, ac.abort()) }),
        (e) => hasCode(e, 'E_ABORTED'),
      )
      assert.equal(batches, 1)
      assert.equal((await ex.run(m.id, { items })).length, 8)
    } finally {
      await ex.close()
    }
  })

  test('the session budget evicts the least recently used, never a running session (E_BUSY)', async () => {
    const a = mlpModel({ inputSize: 256, hiddenSizes: [1024, 1024], outputSize: 256, seed: 5 })
    const b = mlpModel({ inputSize: 256, hiddenSizes: [1024, 1024], outputSize: 256, seed: 6 })
    const [idA, idB] = [modelIdOf(a.bytes), modelIdOf(b.bytes)]
    // Room for one session (~2 × 6 MB) but not two.
    const budget = Math.floor(a.bytes.byteLength * 3.5)
    const ex = await Executor.start({ runners: 2, budgetBytes: budget, runnerOptions: { intraOpNumThreads: 1 } })
    try {
      ex.register(idA, a.bytes)
      ex.register(idB, b.bytes)
      const item = (seed: number): NamedTensors => ({ x: mlpInput(256, 1, seed) })
      await ex.run(idA, { items: [item(1)] })
      assert.deepEqual(
        ex.sessions().map((s) => s.modelId),
        [idA],
      )
      await ex.run(idB, { items: [item(1)] })
      assert.deepEqual(
        ex.sessions().map((s) => s.modelId),
        [idB],
        'A, least recently used, was evicted',
      )
      // A long run of B holds its session; A cannot evict it.
      let started!: () => void
      const isRunning = new Promise<void>((resolve) => (started = resolve))
      const longItems = Array.from({ length: 3000 }, (_, i) => item(i))
      const long = ex.run(idB, { items: longItems }, { onBatch: () => started() })
      await isRunning
      await assert.rejects(ex.run(idA, { items: [item(2)] }), (e) => hasCode(e, 'E_BUSY'))
      assert.equal((await long).length, 3000)
      await ex.run(idA, { items: [item(2)] })
      assert.deepEqual(
        ex.sessions().map((s) => s.modelId),
        [idA],
      )
    } finally {
      await ex.close()
    }
  })

  test('learnBatchSize measures items/s per batch size and keeps the fastest', async () => {
    const m = smallMlp()
    const ex = await Executor.start()
    try {
      ex.register(m.id, m.bytes)
      const learned = await ex.learnBatchSize(m.id, m.input(1), { maxBatch: 16, minMs: 40 })
      assert.deepEqual(
        learned.table.map((r) => r.batch),
        [1, 2, 4, 8, 16],
      )
      assert.equal(ex.batchSize(m.id), learned.batch)
      assert.ok(learned.itemsPerSecond > 0)
    } finally {
      await ex.close()
    }
  })
})
