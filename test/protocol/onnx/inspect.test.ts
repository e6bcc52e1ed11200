import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { hasCode } from '../../../protocol/errors.ts'
import { encodeModel, inspectModel, onnx, OnnxRunner } from '../../../protocol/onnx/index.ts'
import { ocrModel, smallMlp } from '../../fixtures/models.ts'

const relu = (extra: Partial<Parameters<typeof encodeModel>[0]> = {}): Uint8Array =>
  encodeModel({
    name: 't',
    nodes: [{ opType: 'Relu', input: ['x'], output: ['y'] }],
    inputs: [{ name: 'x', shape: ['N', 4] }],
    outputs: [{ name: 'y', shape: ['N', 4] }],
    ...extra,
  })

describe('inspectModel', () => {
  test('reads the signature of a real OCR model and of a generated MLP', () => {
    const rec = inspectModel(ocrModel('rec').bytes)
    assert.deepEqual(rec.inputs, [
      { name: 'x', dtype: 'float32', shape: ['p2o.DynamicDimension.0', 3, 48, 'p2o.DynamicDimension.1'] },
    ])
    assert.equal(rec.outputs[0]!.shape[2], 6625)
    assert.equal(rec.batchAxis, 0)
    assert.equal(rec.opsets[''], 9)
    const mlp = inspectModel(smallMlp().bytes)
    assert.deepEqual(mlp.inputs[0]!.shape, ['N', 64])
    assert.equal(mlp.batchAxis, 0)
  })

  test('a model whose first dims are fixed has no batch axis', () => {
    const sig = inspectModel(
      encodeModel({
        name: 't',
        nodes: [{ opType: 'Relu', input: ['x'], output: ['y'] }],
        inputs: [{ name: 'x', shape: [1, 4] }],
        outputs: [{ name: 'y', shape: [1, 4] }],
      }),
    )
    assert.equal(sig.batchAxis, null)
  })

  test('bytes that are not a model are E_BAD_MODEL', () => {
    for (const bytes of [
      new Uint8Array(0),
      new TextEncoder().encode('hello world, not onnx'),
      new Uint8Array(1000).fill(0xff),
    ]) {
      assert.throws(
        () => inspectModel(bytes),
        (e) => hasCode(e, 'E_BAD_MODEL'),
      )
    }
  })

  test('a model with external data is refused', () => {
    const bytes = relu({
      nodes: [{ opType: 'Add', input: ['x', 'w'], output: ['y'] }],
      initializers: [
        {
          name: 'w',
          dims: [4],
          dataType: 1,
          dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
          externalData: [{ key: 'location', value: '/etc/passwd' }],
        },
      ],
    })
    assert.throws(
      () => inspectModel(bytes),
      (e) => hasCode(e, 'E_BAD_MODEL') && /external data/.test((e as Error).message),
    )
  })

  test('a node in a custom-op domain is refused, also inside a subgraph', () => {
    const custom = relu({
      nodes: [{ opType: 'Evil', domain: 'com.example.custom', input: ['x'], output: ['y'] }],
      opsets: [
        { domain: '', version: 17 },
        { domain: 'com.example.custom', version: 1 },
      ],
    })
    assert.throws(
      () => inspectModel(custom),
      (e) => hasCode(e, 'E_BAD_MODEL') && /custom-op/.test((e as Error).message),
    )
    const nested = relu({
      nodes: [
        {
          opType: 'If',
          input: ['c'],
          output: ['y'],
          attribute: [
            {
              name: 'then_branch',
              type: 5,
              g: { node: [{ opType: 'Evil', domain: 'x.y', input: ['x'], output: ['y'] }] },
            },
          ],
        },
      ],
    })
    assert.throws(
      () => inspectModel(nested),
      (e) => hasCode(e, 'E_BAD_MODEL'),
    )
  })

  test('com.microsoft ops are allowed', () => {
    const bytes = relu({ nodes: [{ opType: 'Gelu', domain: 'com.microsoft', input: ['x'], output: ['y'] }] })
    assert.equal(inspectModel(bytes).inputs.length, 1)
  })

  test('an oversized model is E_MODEL_TOO_LARGE, and the runner refuses it before loading', async () => {
    const m = smallMlp()
    assert.throws(
      () => inspectModel(m.bytes, { maxBytes: 1000 }),
      (e) => hasCode(e, 'E_MODEL_TOO_LARGE'),
    )
    const runner = await OnnxRunner.start({ intraOpNumThreads: 1 })
    try {
      await assert.rejects(runner.load(m.id, m.bytes, { maxBytes: 1000 }), (e) => hasCode(e, 'E_MODEL_TOO_LARGE'))
      assert.deepEqual(runner.loadedModels(), [])
    } finally {
      await runner.terminate()
    }
  })

  test('string inputs are E_UNSUPPORTED_DTYPE', () => {
    const bytes = encodeModel({
      name: 't',
      nodes: [{ opType: 'Identity', input: ['x'], output: ['y'] }],
      inputs: [{ name: 'x', shape: ['N'], elemType: 8 }],
      outputs: [{ name: 'y', shape: ['N'], elemType: 8 }],
    })
    assert.throws(
      () => inspectModel(bytes),
      (e) => hasCode(e, 'E_UNSUPPORTED_DTYPE'),
    )
  })
})
