import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { decodeAdvert, itemHash, merkleRoot, verifyCommitment } from '../../protocol/index.ts'
import { TaskJournal } from '../../provider-agent/index.ts'
import { standardMlp } from '../fixtures/models.ts'
import { FakeCoordinator } from './helpers/fake-coordinator.ts'
import { tempDirs } from './helpers/agent.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

interface Child {
  proc: ChildProcess
  dataDir: string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  output: () => string
}

/** `rigpool provider start` as a rig owner runs it, in its own process. */
function startCli(coordinator: FakeCoordinator, dataDir: string, drainGraceMs: number): Child {
  const proc = spawn(
    process.execPath,
    [
      'bin/rigpool.mjs',
      'provider',
      'start',
      '--coordinator',
      coordinator.multiaddr,
      '--price',
      '3600000',
      '--data-dir',
      dataDir,
      '--listen',
      '/ip4/127.0.0.1/tcp/0',
      '--threads',
      '1',
      '--benchmark-ms',
      '0',
      '--no-idle',
      '--drain-grace-ms',
      String(drainGraceMs),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString()))
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString()))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  )
  return { proc, dataDir, exited, output: () => out }
}

/** The child's journal, read from this process as `rigpool provider status` does. */
function readJournal<T>(dataDir: string, read: (j: TaskJournal) => T): T | undefined {
  if (!existsSync(join(dataDir, 'journal.sqlite'))) return undefined
  const j = TaskJournal.open(dataDir, { readonly: true })
  try {
    return read(j)
  } finally {
    j.close()
  }
}

describe('graceful drain on SIGTERM: a real `rigpool provider start` process loses nothing', () => {
  const dirs = tempDirs()
  let coordinator: FakeCoordinator
  const children: Child[] = []
  const m = standardMlp()

  before(async () => {
    coordinator = await FakeCoordinator.start(dirs.make())
    coordinator.models.set(m.id, m.bytes)
  })
  after(async () => {
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL')
    await coordinator?.stop()
    dirs.cleanup()
  })

  async function registered(child: Child): Promise<PeerId> {
    const before = coordinator.received('register').length
    await coordinator
      .until(() => coordinator.received('register').length > before, 60_000, 'the CLI agent to register')
      .catch((err: unknown) => {
        throw new Error(`${String(err)}\n${child.output()}`)
      })
    return peerIdFromString(decodeAdvert(coordinator.received('register').at(-1)!.advert.advert).peerId)
  }

  async function started(child: Child, taskId: string): Promise<void> {
    await coordinator.until(
      () => readJournal(child.dataDir, (j) => j.task(taskId)?.state) === 'started',
      60_000,
      `${taskId} to start`,
    )
  }

  test('SIGTERM mid-task: the running task is finished and delivered, new work refused, then it deregisters and exits 0', async () => {
    const child = startCli(coordinator, dirs.make(), 120_000)
    children.push(child)
    const peer = await registered(child)
    const items = Array.from({ length: 3_000 }, (_, i) => m.input(i))
    const task = coordinator.runTask(peer, { modelId: m.id, taskId: 'drain-finish' }, items)
    await started(child, 'drain-finish')
    const drainsBefore = coordinator.received('drain').length
    child.proc.kill('SIGTERM')
    // While draining the agent takes no new work, with a retryable error.
    await coordinator.until(() => coordinator.received('pause').some((p) => p.reason === 'draining'), 10_000, 'pause')
    const refused = await coordinator.runTask(peer, { modelId: m.id, taskId: 'during-drain' }, [m.input(1)])
    assert.equal(refused.error?.code, 'E_BUSY')

    const outcome = await task
    assert.equal(outcome.error, undefined, `${outcome.error?.message} ${String(outcome.streamError)}`)
    assert.equal(outcome.outputs.size, items.length, 'every item of the running task is delivered')
    // The signed commitment covers exactly the delivered outputs.
    const root = merkleRoot(items.map((_, i) => itemHash(i, outcome.outputs.get(i)!)))
    assert.deepEqual(outcome.result!.commitmentRoot, root)
    const registerAdvert = coordinator.adverts.find((a) => a.peerId === peer.toString())!
    await verifyCommitment(
      registerAdvert.ethAddress,
      'drain-finish',
      m.id,
      items.length,
      root,
      outcome.result!.signature,
    )

    const exit = await child.exited
    assert.deepEqual(exit, { code: 0, signal: null }, child.output())
    assert.ok(coordinator.received('drain').length > drainsBefore, 'it deregistered (drain on the session)')
    assert.equal(coordinator.received('handBack').filter((h) => h.taskId === 'drain-finish').length, 0)
    const journal = readJournal(child.dataDir, (j) => ({
      task: j.task('drain-finish'),
      refused: j.task('during-drain'),
      open: j.openTasks(),
      status: j.status(),
    }))!
    assert.equal(journal.task?.state, 'finished')
    assert.equal(journal.refused?.state, 'failed')
    assert.equal(journal.refused?.errorCode, 'E_BUSY')
    assert.deepEqual(journal.open, [])
    assert.equal(journal.status?.state, 'stopped')
  })

  test('SIGTERM with a task longer than the drain grace: it is handed back (E_CANCELLED + handBack), then exit 0', async () => {
    const child = startCli(coordinator, dirs.make(), 500)
    children.push(child)
    const peer = await registered(child)
    const items = Array.from({ length: 12_000 }, (_, i) => m.input(i))
    const task = coordinator.runTask(peer, { modelId: m.id, taskId: 'drain-handback' }, items)
    await started(child, 'drain-handback')
    child.proc.kill('SIGTERM')
    const outcome = await task
    const exit = await child.exited
    assert.deepEqual(exit, { code: 0, signal: null }, child.output())
    // Nothing is lost: 12,000 items take far longer than the 0.5 s grace, so the task is handed back
    // (the coordinator re-queues it), and every item sent before that is a complete output.
    assert.equal(outcome.result, undefined)
    assert.equal(outcome.error?.code, 'E_CANCELLED', `${outcome.error?.message} ${String(outcome.streamError)}`)
    assert.ok(
      coordinator.received('handBack').some((h) => h.taskId === 'drain-handback'),
      'handBack on the session',
    )
    assert.ok(outcome.outputs.size < items.length)
    for (const out of outcome.outputs.values()) assert.deepEqual(out[m.outputName]!.dims, [1, 512])
    const row = readJournal(child.dataDir, (j) => j.task('drain-handback'))
    assert.equal(row?.state, 'handed_back')
    assert.equal(row?.errorCode, 'E_CANCELLED')
    assert.equal(
      readJournal(child.dataDir, (j) => j.openTasks().length),
      0,
    )
  })
})
