import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { PeerId } from '@libp2p/interface'
import { modelIdOf, wireTensor, type NamedTensors } from '../../protocol/index.ts'
import { encodeModel, floatInitializer, onnx } from '../../protocol/onnx/index.ts'
import type { JournalTaskState, ProviderAgent } from '../../provider-agent/index.ts'
import { smallMlp, standardMlp } from '../fixtures/models.ts'
import { FakeCoordinator, type TaskOutcome } from './helpers/fake-coordinator.ts'
import { startTestAgent, tempDirs } from './helpers/agent.ts'

const MAX_MODEL_BYTES = 30 * 1024 * 1024
const MAX_TASK_BYTES = 8 * 1024 * 1024

/** y = x + w over float32 [N,4], with `w` stored as the model wants (external data for one test). */
function addModel(
  w: ReturnType<typeof floatInitializer>,
  extra: Parameters<typeof encodeModel>[0]['nodes'] = [],
): Uint8Array {
  return encodeModel({
    name: 'add',
    nodes: [{ opType: 'Add', input: ['x', 'w'], output: ['y'] }, ...extra],
    inputs: [{ name: 'x', shape: ['N', 4] }],
    outputs: [{ name: 'y', shape: ['N', 4] }],
    initializers: [w],
  })
}

/** A model whose weights live in a file beside it: an agent must never read such a path. */
function externalDataModel(): Uint8Array {
  const w = floatInitializer('w', [4], new Float32Array(4))
  return addModel({
    name: 'w',
    dims: [4],
    dataType: w.dataType,
    dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
    externalData: [
      { key: 'location', value: '/etc/passwd' },
      { key: 'length', value: '16' },
    ],
  })
}

/** A model that needs an operator from a custom-op library (domain com.evil). */
function customOpModel(): Uint8Array {
  return encodeModel({
    name: 'custom-op',
    nodes: [{ opType: 'Exfiltrate', domain: 'com.evil', input: ['x'], output: ['y'] }],
    inputs: [{ name: 'x', shape: ['N', 4] }],
    outputs: [{ name: 'y', shape: ['N', 4] }],
    opsets: [
      { domain: '', version: 17 },
      { domain: 'com.evil', version: 1 },
    ],
  })
}

/** A well-formed model just over the agent's size cap (zero weights: cheap to build). */
function oversizedModel(): Uint8Array {
  const n = MAX_MODEL_BYTES / 4 + 1024
  return encodeModel({
    name: 'oversized',
    nodes: [{ opType: 'Identity', input: ['x'], output: ['y'] }],
    inputs: [{ name: 'x', shape: ['N', 4] }],
    outputs: [{ name: 'y', shape: ['N', 4] }],
    initializers: [floatInitializer('unused', [n], new Float32Array(n))],
  })
}

describe('bad input reaches a real agent: typed error or clean abort, no crash, a consistent journal', () => {
  const dirs = tempDirs()
  let coordinator: FakeCoordinator
  let agent: ProviderAgent
  let peer: PeerId
  const taskIds: string[] = []
  const small = smallMlp()
  const big = standardMlp()

  before(async () => {
    coordinator = await FakeCoordinator.start(dirs.make())
    coordinator.models.set(small.id, small.bytes)
    coordinator.models.set(big.id, big.bytes)
    ;({ agent, peer } = await startTestAgent(coordinator, dirs.make(), {
      maxModelBytes: MAX_MODEL_BYTES,
      maxTaskBytes: MAX_TASK_BYTES,
    }))
  })
  after(async () => {
    await agent?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  let n = 0
  async function send(
    modelId: string,
    items: NamedTensors[],
    header: { deadlineMs?: number } = {},
    options: { dropAfterMs?: number } = {},
  ): Promise<TaskOutcome & { taskId: string }> {
    const taskId = `bad-${++n}`
    taskIds.push(taskId)
    return { taskId, ...(await coordinator.runTask(peer, { modelId, taskId, ...header }, items, options)) }
  }

  /** The journal row ends in `state` with `code`, and no task is left open. */
  function assertJournal(taskId: string, state: JournalTaskState, code: string | null): void {
    const row = agent.journal.task(taskId)
    assert.ok(row !== undefined, `${taskId} is journaled`)
    assert.equal(row.state, state, `${taskId}: ${JSON.stringify(row)}`)
    assert.equal(row.errorCode, code)
    assert.ok(row.endedAtMs !== null && row.endedAtMs >= row.receivedAtMs)
    assert.deepEqual(agent.journal.openTasks(), [])
  }

  /** After each bad task the agent still serves a good one, with correct outputs. */
  async function assertStillServes(): Promise<void> {
    const good = await send(small.id, [small.input(1), small.input(2)])
    assert.equal(good.error, undefined, good.error?.message)
    assert.equal(good.outputs.size, 2)
    assert.ok(good.result !== undefined)
    assertJournal(good.taskId, 'finished', null)
    assert.equal(agent.state(), 'ready')
  }

  async function assertTypedError(
    modelId: string,
    items: NamedTensors[],
    code: string,
    message: RegExp,
    header: { deadlineMs?: number } = {},
  ): Promise<void> {
    const out = await send(modelId, items, header)
    assert.equal(out.result, undefined, 'no result is signed for a bad task')
    assert.equal(out.error?.code, code, `${out.error?.code}: ${out.error?.message} ${String(out.streamError)}`)
    assert.match(out.error.message, message)
    assertJournal(out.taskId, 'failed', code)
    await assertStillServes()
  }

  test('a model the coordinator cannot serve: E_UNKNOWN_MODEL', async () => {
    const missing = modelIdOf(new TextEncoder().encode('no such model'))
    await assertTypedError(missing, [small.input(1)], 'E_UNKNOWN_MODEL', /no such model/)
  })

  test('model bytes that fail the hash: E_MODEL_HASH_MISMATCH, and nothing is loaded under that id', async () => {
    const claimed = modelIdOf(addModel(floatInitializer('w', [4], new Float32Array([1, 2, 3, 4]))))
    coordinator.models.set(claimed, small.bytes)
    await assertTypedError(claimed, [small.input(1)], 'E_MODEL_HASH_MISMATCH', /do not match/)
    // A second try fetches again (the bad bytes were not cached) and fails the same way.
    await assertTypedError(claimed, [small.input(1)], 'E_MODEL_HASH_MISMATCH', /do not match/)
  })

  test('a model with external data is refused: E_BAD_MODEL', async () => {
    const bytes = externalDataModel()
    coordinator.models.set(modelIdOf(bytes), bytes)
    const x = { x: wireTensor('float32', [1, 4], new Float32Array(4)) }
    await assertTypedError(modelIdOf(bytes), [x], 'E_BAD_MODEL', /external data/)
  })

  test('a model with a custom-op domain is refused: E_BAD_MODEL', async () => {
    const bytes = customOpModel()
    coordinator.models.set(modelIdOf(bytes), bytes)
    const x = { x: wireTensor('float32', [1, 4], new Float32Array(4)) }
    await assertTypedError(modelIdOf(bytes), [x], 'E_BAD_MODEL', /custom-op/)
  })

  test('a model over maxModelBytes is refused before its bytes are taken: E_MODEL_TOO_LARGE', async () => {
    const bytes = oversizedModel()
    assert.ok(bytes.byteLength > MAX_MODEL_BYTES)
    coordinator.models.set(modelIdOf(bytes), bytes)
    const x = { x: wireTensor('float32', [1, 4], new Float32Array(4)) }
    await assertTypedError(modelIdOf(bytes), [x], 'E_MODEL_TOO_LARGE', /exceeds/)
  })

  test('inputs of the wrong name, dtype or shape: E_INPUT_MISMATCH naming what the model expects', async () => {
    const good = small.input(1)[small.inputName]!
    await assertTypedError(small.id, [{ wrong_name: good }], 'E_INPUT_MISMATCH', /unknown input wrong_name/)
    const asInt = wireTensor('int32', good.dims, new Int32Array(good.dims[0]! * good.dims[1]!))
    await assertTypedError(small.id, [{ [small.inputName]: asInt }], 'E_INPUT_MISMATCH', /dtype differs/)
    const wrongShape = wireTensor('float32', [1, 65], new Float32Array(65))
    await assertTypedError(small.id, [{ [small.inputName]: wrongShape }], 'E_INPUT_MISMATCH', /dim 1 must be 64/)
    // One bad item among good ones fails the task before any output is sent.
    const out = await send(small.id, [small.input(1), { [small.inputName]: wrongShape }, small.input(3)])
    assert.equal(out.error?.code, 'E_INPUT_MISMATCH')
    assert.equal(out.outputs.size, 0)
    assertJournal(out.taskId, 'failed', 'E_INPUT_MISMATCH')
  })

  test('a task bigger than the advertised capacity is refused: E_BAD_JOB', async () => {
    assert.equal(coordinator.adverts.at(-1)!.maxTaskBytes, MAX_TASK_BYTES, 'the capacity is advertised')
    const items = Array.from({ length: MAX_TASK_BYTES / 2048 + 16 }, (_, i) => big.input(i))
    const out = await send(big.id, items)
    assert.equal(out.result, undefined)
    assert.equal(out.outputs.size, 0)
    // Either the typed error frame arrives, or the stream is reset after it (the sender was still writing).
    if (out.error !== undefined) assert.equal(out.error.code, 'E_BAD_JOB')
    else assert.ok(out.streamError !== undefined)
    assertJournal(out.taskId, 'failed', 'E_BAD_JOB')
    await assertStillServes()
  })

  test('a task past its deadline is aborted with E_TIMEOUT, before or while it runs', async () => {
    // Already past on arrival.
    await assertTypedError(small.id, [small.input(1)], 'E_TIMEOUT', /deadline/, { deadlineMs: 1 })
    // Passes mid-run: 3,000 items of the 12.6 MFLOP model take seconds on one thread.
    const items = Array.from({ length: 3_000 }, (_, i) => big.input(i))
    await send(big.id, items.slice(0, 2)) // loads the model, so the deadline is spent running
    const out = await send(big.id, items, { deadlineMs: 600 })
    assert.equal(out.error?.code, 'E_TIMEOUT', `${out.error?.message} ${String(out.streamError)}`)
    assert.ok(out.outputs.size < items.length, `${out.outputs.size} of ${items.length} sent before the deadline`)
    assert.equal(out.result, undefined)
    assertJournal(out.taskId, 'failed', 'E_TIMEOUT')
    await assertStillServes()
  })

  test('a coordinator that disconnects mid-task: the run is stopped, the task journaled as failed', async () => {
    const items = Array.from({ length: 3_000 }, (_, i) => big.input(i))
    const out = await send(big.id, items, {}, { dropAfterMs: 400 })
    assert.equal(out.result, undefined)
    await coordinator.until(
      () => agent.journal.task(out.taskId)?.state === 'failed',
      30_000,
      'the dropped task to be journaled',
    )
    assertJournal(out.taskId, 'failed', 'E_STREAM_CLOSED')
    assert.equal(agent.state(), 'ready')
    await assertStillServes()
  })

  test('tasks from a peer other than the pinned coordinator are refused without a journal row', async () => {
    const impostor = await FakeCoordinator.start(dirs.make())
    try {
      await impostor.node.peerStore.merge(peer, { multiaddrs: agent.node.getMultiaddrs() })
      const rows = agent.journal.tasksSince(0).length
      const out = await impostor.runTask(peer, { modelId: small.id, taskId: 'from-impostor' }, [small.input(1)])
      assert.equal(out.result, undefined)
      assert.equal(out.outputs.size, 0)
      assert.ok(out.streamError !== undefined || out.error !== undefined, 'the stream is refused')
      assert.equal(agent.journal.task('from-impostor'), undefined)
      assert.equal(agent.journal.tasksSince(0).length, rows)
    } finally {
      await impostor.stop()
    }
    await assertStillServes()
  })

  test('the journal holds every task sent, each ended once', () => {
    const rows = agent.journal.tasksSince(0, 10_000)
    assert.deepEqual(new Set(rows.map((r) => r.taskId)), new Set(taskIds))
    assert.deepEqual(agent.journal.openTasks(), [])
    const summary = agent.journal.summarySince(0)
    assert.equal(summary.received.tasks + summary.started.tasks, 0)
    assert.equal(summary.finished.tasks + summary.failed.tasks, taskIds.length)
  })
})
