import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { fromOrtTensor, tensorsEqual, wireTensor } from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/mlp-model.ts'

const dirs: string[] = []
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'rigpool-e2e-'))
  dirs.push(d)
  return d
}

function inputs(n: number, size: number, seed: number): Tensor[] {
  let s = seed
  return Array.from({ length: n }, () => {
    const data = new Float32Array(size)
    for (let i = 0; i < size; i++) {
      s = (s * 1103515245 + 12345) >>> 0
      data[i] = (s / 2 ** 32) * 2 - 1
    }
    return new Tensor('float32', data, [1, size])
  })
}

describe('the first slice: client → coordinator → provider over real libp2p', () => {
  let coordinator: Coordinator
  let providers: ProviderAgent[]
  let client: MarketClient
  const model = mlpModel({ inputSize: 64, hiddenSizes: [256, 256], outputSize: 16, seed: 7 })

  before(async () => {
    coordinator = await startCoordinator({ dataDir: tempDir(), heartbeatIntervalMs: 500 })
    const addr = coordinator.multiaddrs[0]!
    providers = await Promise.all(
      [1_000_000n, 2_000_000n].map((price) => startProvider({ dataDir: tempDir(), coordinator: addr, pricePerGpuHour: price, intraOpNumThreads: 1 })),
    )
    client = await MarketClient.connect({ coordinator: addr })
  })

  after(async () => {
    await client?.close()
    for (const p of providers ?? []) await p.stop()
    await coordinator?.stop()
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  })

  test('a job returns outputs byte-identical to onnxruntime run directly, in item order', async () => {
    const items = inputs(200, 64, 1)
    const outputs = await client.run({ model: model.bytes, items: items.map((x) => ({ [model.inputName]: x })), priceCapPerMillionItems: 10n ** 12n })
    assert.equal(outputs.length, items.length)
    const session = await InferenceSession.create(model.bytes, { intraOpNumThreads: 1 })
    for (let i = 0; i < items.length; i++) {
      const direct = await session.run({ [model.inputName]: items[i]! })
      const expected = fromOrtTensor(direct[model.outputName]!)
      const got = fromOrtTensor(outputs[i]![model.outputName]!)
      assert.ok(tensorsEqual(got, expected), `item ${i} differs from onnxruntime`)
      if (i === 0) {
        // The comparison is sensitive: one value moved by 1e-7 is caught.
        const data = new Float32Array(expected.data.buffer.slice(0))
        data[3] = data[3]! + 1e-7 * Math.max(1, Math.abs(data[3]!))
        assert.ok(!tensorsEqual(got, wireTensor('float32', expected.dims, data)), 'a 1e-7 perturbation must be detected')
      }
    }
    await session.release()
  })
})
