import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import type { ProviderAgent } from '../../provider-agent/index.ts'
import { createRigpoolNode, fromOrtTensor, modelIdOf, wireTensor, type ClientResponse, type JobSpec, type NamedTensors, type RigpoolNode } from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/mlp-model.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { clientRequest, floatItems, jobSpec, submit, tempDirs } from './helpers.ts'
import { testProvider } from './providers.ts'

describe('bad job input: a typed error, and nothing in the database', () => {
  const dirs = tempDirs()
  const model = mlpModel({ inputSize: 8, hiddenSizes: [16], outputSize: 4, seed: 2 })
  const modelId = modelIdOf(model.bytes)
  let coordinator: Coordinator
  let addr: string
  let provider: ProviderAgent
  let node: RigpoolNode
  const items = (n: number, seed = 1): NamedTensors[] => floatItems(n, 8, seed).map((t) => ({ [model.inputName]: fromOrtTensor(t) }))

  before(async () => {
    coordinator = await startCoordinator({ dataDir: dirs.make(), limits: { submissionBurst: 3, submissionsPerMinute: 1 } })
    addr = coordinator.multiaddrs[0]!
    provider = await testProvider({ dataDir: dirs.make(), coordinator: addr, pricePerGpuHour: 1_000_000n })
    node = await createRigpoolNode({ dataDir: dirs.make(), listen: [] })
    const uploader = await MarketClient.connect({ coordinator: addr })
    await uploader.uploadModel(model.bytes)
    await uploader.close()
  })

  after(async () => {
    await node?.stop()
    await provider?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  const counts = () => {
    const db = coordinator.store.db
    const n = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n
    return { jobs: n('jobs'), items: n('items'), tasks: n('tasks'), results: n('results') }
  }
  const refused = async (spec: Partial<JobSpec>, inputs: NamedTensors[], code: string, message?: RegExp, from = node): Promise<void> => {
    const before = counts()
    const { first } = await submit(from, addr, jobSpec({ modelId, itemCount: inputs.length, ...spec }), inputs)
    assert.equal(first.kind, 'error', Object.keys(spec).join(','))
    const err = (first as Extract<ClientResponse, { kind: 'error' }>).error
    assert.equal(err.code, code, err.message)
    if (message !== undefined) assert.match(err.message, message)
    assert.deepEqual(counts(), before, 'no state change')
  }

  test('an unknown model', () => refused({ modelId: modelIdOf(Uint8Array.of(1, 2)) }, items(1), 'E_UNKNOWN_MODEL'))

  test('inputs that do not match the model', async () => {
    await refused({}, [{ wrong: fromOrtTensor(floatItems(1, 8, 1)[0]!) }], 'E_INPUT_MISMATCH')
    await refused({}, [{ [model.inputName]: wireTensor('float32', [1, 9], new Float32Array(9)) }], 'E_INPUT_MISMATCH')
    await refused({}, [...items(2), { [model.inputName]: wireTensor('int32', [1, 8], new Int32Array(8)) }], 'E_INPUT_MISMATCH')
  })

  test('a price cap of zero, a spend cap of zero, and a cap below every offer', async () => {
    await refused({ priceCapPerMillionItems: 0n }, items(1), 'E_BAD_JOB', /price cap of zero/)
    await refused({ spendCap: 0n }, items(1), 'E_SPEND_CAP')
    await refused({ priceCapPerMillionItems: 1n }, items(1), 'E_PRICE_TOO_LOW', /cheapest that fits is \d+ per million items/)
  })

  test('absurd deadlines and sizes', async () => {
    await refused({ deadlineMs: 5 }, items(1), 'E_BAD_JOB', /deadline/)
    await refused({ deadlineMs: 8 * 24 * 3_600_000 }, items(1), 'E_BAD_JOB', /deadline/)
    await refused({ itemCount: 0 }, [], 'E_BAD_JOB')
    await refused({ spread: 5_000 }, items(1), 'E_BAD_JOB', /spread/)
    await refused({ outputNames: ['nope'] }, items(1), 'E_BAD_JOB', /no output nope/)
  })

  test('an idempotency key reused: the same job returns, a different job is refused; results stay until acknowledged', async () => {
    // A fresh client (PeerId): the rate limit counts the refused submissions above against `node`.
    const other = await createRigpoolNode({ dataDir: dirs.make(), listen: [] })
    const spec = jobSpec({ modelId, itemCount: 3, idempotencyKey: 'reuse-me' })
    const a = await submit(other, addr, spec, items(3))
    assert.ok(a.first.kind === 'accepted' && !a.first.existing, JSON.stringify(a.first.kind === 'error' ? a.first.error.message : a.first.kind))
    await a.framed.close()
    const again = await submit(other, addr, spec, items(3))
    assert.ok(again.first.kind === 'accepted' && again.first.existing && again.first.jobId === a.first.jobId)
    await again.framed.close()
    // Following to the end first, so the job's own progress does not count as a state change below.
    const jobId = a.first.jobId
    const follow = await clientRequest(other, addr, { kind: 'follow', jobId, cursor: 0 })
    assert.deepEqual(follow.filter((m) => m.kind === 'result').map((m) => m.kind === 'result' && m.index), [0, 1, 2])
    await refused({ idempotencyKey: 'reuse-me' }, items(3, 99), 'E_IDEMPOTENCY_CONFLICT', undefined, other)

    // Results stay until acknowledged; an ack past what was delivered is refused; after an ack they are gone.
    const rows = () => (coordinator.store.db.prepare('SELECT COUNT(*) AS n FROM results WHERE job_id = ?').get(jobId) as { n: number }).n
    assert.equal(rows(), 3)
    const tooFar = await clientRequest(other, addr, { kind: 'ack', jobId, through: 4 })
    assert.ok(tooFar[0]?.kind === 'error' && tooFar[0].error.code === 'E_BAD_QUERY')
    const ack = await clientRequest(other, addr, { kind: 'ack', jobId, through: 3 })
    assert.equal(ack[0]?.kind, 'status')
    assert.equal(rows(), 0)
    const gone = await clientRequest(other, addr, { kind: 'follow', jobId, cursor: 0 })
    assert.ok(gone[0]?.kind === 'error' && gone[0].error.code === 'E_BAD_QUERY' && /acknowledged/.test(gone[0].error.message))
    await other.stop()
  })

  test('a flood of submissions from one client: E_BUSY with a retry-after, no job stored past the limit', async () => {
    // The burst is 3 (refill 1 a minute): the rest are refused.
    const flooder = await createRigpoolNode({ dataDir: dirs.make(), listen: [] })
    const results: ClientResponse[] = []
    for (let i = 0; i < 6; i++) {
      const { first, framed } = await submit(flooder, addr, jobSpec({ modelId, itemCount: 1 }), items(1, i + 10))
      results.push(first)
      await framed.close()
    }
    const accepted = results.filter((r) => r.kind === 'accepted').length
    const busy = results.filter((r) => r.kind === 'error' && r.error.code === 'E_BUSY' && (r.error.retryAfterMs ?? 0) > 0)
    await flooder.stop()
    assert.equal(accepted, 3)
    assert.equal(busy.length, 3)
    assert.match((busy[0] as Extract<ClientResponse, { kind: 'error' }>).error.message, /too many submissions/)
    assert.equal(counts().jobs, 4, 'one job of the idempotency test and three of the flood')
  })
})
