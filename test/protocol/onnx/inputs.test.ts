import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { hasCode } from '../../../protocol/errors.ts'
import {
  batchFeeds,
  checkItemInputs,
  concatBatch,
  encodeModel,
  groupBatches,
  inspectModel,
  OnnxRunner,
  planBatches,
  splitBatch,
  splitOutputs,
} from '../../../protocol/onnx/index.ts'
import { modelIdOf } from '../../../protocol/model-id.ts'
import { tensorsEqual, wireTensor, type NamedTensors } from '../../../protocol/tensor.ts'
import { ocrModel, smallMlp } from '../../fixtures/models.ts'

const f32 = (dims: number[], seed = 1): ReturnType<typeof wireTensor> =>
  wireTensor(
    'float32',
    dims,
    Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i + seed)),
  )

describe('checkItemInputs', () => {
  const sig = inspectModel(smallMlp().bytes)
  const mismatch = (e: unknown): boolean =>
    hasCode(e, 'E_INPUT_MISMATCH') && /x: float32\[N,64\]/.test((e as Error).message)

  test('accepts a matching item, with any batch dim', () => {
    checkItemInputs(sig, { x: f32([1, 64]) })
    checkItemInputs(sig, { x: f32([5, 64]) })
  })

  test('wrong names, dtypes, ranks, fixed dims and duplicates are E_INPUT_MISMATCH naming the signature', () => {
    assert.throws(() => checkItemInputs(sig, { y: f32([1, 64]) }), mismatch)
    assert.throws(() => checkItemInputs(sig, {}), mismatch)
    assert.throws(() => checkItemInputs(sig, { x: f32([1, 64]), extra: f32([1]) }), mismatch)
    assert.throws(() => checkItemInputs(sig, { x: wireTensor('int32', [1, 64], new Int32Array(64)) }), mismatch)
    assert.throws(() => checkItemInputs(sig, { x: f32([64]) }), mismatch)
    assert.throws(() => checkItemInputs(sig, { x: f32([1, 63]) }), mismatch)
    assert.throws(() => checkItemInputs(sig, { x: f32([1, 64]) }, { x: f32([1, 64]) }), mismatch)
  })
})

describe('batching', () => {
  test('groupBatches splits consecutive identical shapes up to maxBatch, never pads', () => {
    const items: NamedTensors[] = [
      [1, 4],
      [1, 4],
      [1, 4],
      [2, 4],
      [1, 4],
      [1, 4],
    ].map((d) => ({ x: f32(d) }))
    assert.deepEqual(groupBatches(items, 2), [
      { first: 0, count: 2 },
      { first: 2, count: 1 },
      { first: 3, count: 1 },
      { first: 4, count: 2 },
    ])
  })

  test('concatBatch and splitBatch are inverse along axis 0', () => {
    const parts = [f32([1, 3], 1), f32([1, 3], 2), f32([1, 3], 3)]
    const joined = concatBatch(parts)
    assert.deepEqual(joined.dims, [3, 3])
    splitBatch(joined, 3).forEach((p, i) => assert.ok(tensorsEqual(p, parts[i]!)))
    assert.throws(
      () => splitBatch(joined, 2),
      (e) => hasCode(e, 'E_INFERENCE_FAILED'),
    )
    assert.throws(
      () => concatBatch([f32([1, 3]), f32([1, 4])]),
      (e) => hasCode(e, 'E_INPUT_MISMATCH'),
    )
  })

  test('a model without a batch axis runs item by item', () => {
    const sig = inspectModel(
      encodeModel({
        name: 't',
        nodes: [{ opType: 'Relu', input: ['x'], output: ['y'] }],
        inputs: [{ name: 'x', shape: [1, 4] }],
        outputs: [{ name: 'y', shape: [1, 4] }],
      }),
    )
    assert.deepEqual(planBatches(sig, [{ x: f32([1, 4]) }, { x: f32([1, 4]) }], {}, 8), [
      { first: 0, count: 1 },
      { first: 1, count: 1 },
    ])
  })

  test('batched runs give byte-identical outputs to item-by-item runs (MLP, OCR cls, shared input tiled)', async () => {
    const runner = await OnnxRunner.start()
    try {
      // MLP
      const mlp = smallMlp()
      const sig = (await runner.load(mlp.id, mlp.bytes)).signature
      const items = Array.from({ length: 6 }, (_, i) => mlp.input(100 + i))
      const plan = planBatches(sig, items, {}, 4)
      assert.deepEqual(plan, [
        { first: 0, count: 4 },
        { first: 4, count: 2 },
      ])
      const batched = (
        await runner.run(
          mlp.id,
          plan.map((b) => batchFeeds(items, {}, b)),
        )
      ).flatMap((o, i) => splitOutputs(o, plan[i]!.count))
      const single = await runner.run(mlp.id, items)
      single.forEach((o, i) => assert.ok(tensorsEqual(o.y!, batched[i]!.y!), `item ${i}`))

      // A real model: OCR direction classifier
      const cls = ocrModel('cls')
      await runner.load(cls.id, cls.bytes)
      const imgs = [cls.input(1), cls.input(2), cls.input(3)]
      const [one] = await runner.run(cls.id, [batchFeeds(imgs, {}, { first: 0, count: 3 })])
      const each = await runner.run(cls.id, imgs)
      splitOutputs(one!, 3).forEach((o, i) => assert.ok(tensorsEqual(o[cls.outputName]!, each[i]![cls.outputName]!)))

      // y = x + s with s shared by every item: tiled per item when batched
      const addBytes = encodeModel({
        name: 'add',
        nodes: [{ opType: 'Add', input: ['x', 's'], output: ['y'] }],
        inputs: [
          { name: 'x', shape: ['N', 4] },
          { name: 's', shape: ['N', 4] },
        ],
        outputs: [{ name: 'y', shape: ['N', 4] }],
      })
      const addId = modelIdOf(addBytes)
      const addSig = (await runner.load(addId, addBytes)).signature
      const shared = { s: f32([1, 4], 9) }
      const addItems = [1, 2, 3].map((seed) => ({ x: f32([1, 4], seed) }))
      for (const it of addItems) checkItemInputs(addSig, it, shared)
      const addPlan = planBatches(addSig, addItems, shared, 8)
      assert.deepEqual(addPlan, [{ first: 0, count: 3 }])
      const [addOut] = await runner.run(addId, [batchFeeds(addItems, shared, addPlan[0]!)])
      const addEach = await runner.run(
        addId,
        addItems.map((it) => ({ ...it, ...shared })),
      )
      splitOutputs(addOut!, 3).forEach((o, i) => assert.ok(tensorsEqual(o.y!, addEach[i]!.y!)))
      // A shared input whose first dim differs from the items' cannot be tiled: one by one.
      assert.equal(planBatches(addSig, addItems, { s: f32([2, 4]) }, 8).length, 3)
    } finally {
      await runner.terminate()
    }
  })
})
