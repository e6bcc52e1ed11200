import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { hasCode, modelIdOf, wireTensor } from '../../protocol/index.ts'
import { chooseExecutionProvider, driftScore, FP32_STRICT_BOUND } from '../../provider-agent/index.ts'
import { smallMlp } from '../fixtures/models.ts'
import { FakeCoordinator } from './helpers/fake-coordinator.ts'
import { startTestAgent, tempDirs } from './helpers/agent.ts'

describe('execution-provider choice on a real onnxruntime (no CUDA libraries, no Vulkan here)', () => {
  const dirs = tempDirs()
  after(() => dirs.cleanup())

  test('cuda and webgpu fail with their real messages, cpu is chosen, and it runs', async () => {
    const choice = await chooseExecutionProvider({ candidates: ['cuda', 'webgpu', 'cpu'], intraOpNumThreads: 1 })
    try {
      assert.equal(choice.executionProvider, 'cpu')
      assert.deepEqual(
        choice.attempts.map((a) => [a.executionProvider, a.ok]),
        [
          ['cuda', false],
          ['webgpu', false],
          ['cpu', true],
        ],
      )
      assert.match(choice.attempts[0]!.message, /Failed to load shared library/)
      assert.match(choice.attempts[1]!.message, /WebGPU|adapter|Vulkan/i)
      assert.equal(process.env.NVIDIA_TF32_OVERRIDE, '0', 'TF32 is switched off before cuda is tried')
      const m = smallMlp()
      await choice.runner.load(m.id, m.bytes)
      const [out] = await choice.runner.run(m.id, [m.input(1)])
      assert.deepEqual(out![m.outputName]!.dims, [1, 16])
    } finally {
      await choice.runner.terminate()
    }
  })

  test('when every candidate fails the error is typed and lists each failure', async () => {
    await assert.rejects(chooseExecutionProvider({ candidates: ['cuda', 'webgpu'] }), (err) => {
      assert.ok(hasCode(err, 'E_EXECUTION_PROVIDER'))
      assert.match((err as Error).message, /cuda: failed: .*Failed to load shared library.*webgpu: failed/)
      return true
    })
  })

  test('the drift score of the self-check catches a 1e-4 change and accepts identical outputs', () => {
    const a = wireTensor('float32', [4], new Float32Array([1, -2, 3, 0.5]))
    const b = wireTensor('float32', [4], new Float32Array([1, -2, 3 + 3e-4, 0.5]))
    assert.equal(driftScore(a, a), 0)
    assert.ok(driftScore(b, a) > FP32_STRICT_BOUND)
  })

  describe('an agent asked for cuda first', () => {
    let coordinator: FakeCoordinator
    let stop: () => Promise<void>
    let agentPeer: Awaited<ReturnType<typeof startTestAgent>>
    before(async () => {
      coordinator = await FakeCoordinator.start(dirs.make())
      agentPeer = await startTestAgent(coordinator, dirs.make(), { executionProviders: ['cuda', 'cpu'] })
      stop = () => agentPeer.agent.stop()
    })
    after(async () => {
      await stop?.()
      await coordinator?.stop()
    })

    test('advertises exactly the provider that ran, with the attempt log and a self-checked precision', async () => {
      const advert = coordinator.adverts[0]!
      assert.equal(advert.executionProvider, 'cpu')
      assert.equal(advert.executionProviderLog.length, 2)
      assert.match(advert.executionProviderLog[0]!, /^cuda: failed: .*Failed to load shared library/)
      assert.equal(advert.executionProviderLog[1], 'cpu: ok')
      assert.equal(advert.precision, 'fp32-strict')
      assert.equal(agentPeer.agent.devices[0]!.precision.bitIdentical, true)
      // The result of a real task reports the same provider.
      const m = smallMlp()
      coordinator.models.set(m.id, m.bytes)
      const outcome = await coordinator.runTask(agentPeer.peer, { modelId: m.id }, [m.input(1), m.input(2)])
      assert.equal(outcome.error, undefined)
      assert.equal(outcome.result?.settings.executionProvider, 'cpu')
      assert.equal(outcome.result?.settings.precision, 'fp32-strict')
      assert.equal(modelIdOf(m.bytes), m.id)
    })
  })
})
