import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { createRigpoolNode, fromOrtTensor, modelIdOf, sleep, tensorsEqual, type NamedTensors, type RigpoolNode } from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/mlp-model.ts'
import { floatItems, freePort, jobSpec, openClient, runDirect, tempDirs } from './helpers.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const fixture = fileURLToPath(new URL('./fixtures/coordinator-process.ts', import.meta.url))
const ITEMS = 3_000
const KILLS = 12

/** Starts the coordinator child process and resolves with its multiaddr once it listens. */
function spawnCoordinator(dataDir: string, port: number): Promise<{ child: ChildProcess; addr: string }> {
  const child = spawn(process.execPath, ['--import', './scripts/register.mjs', fixture, dataDir, String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`coordinator did not start: ${out}`)), 30_000)
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /READY (\S+)/.exec(out)
      if (m !== null) {
        clearTimeout(timer)
        resolve({ child, addr: m[1]! })
      }
    })
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()))
    child.once('exit', (code) => reject(new Error(`coordinator exited ${code}: ${out}`)))
  })
}

describe('a coordinator killed with SIGKILL mid-job and restarted', () => {
  const dirs = tempDirs()
  const model = mlpModel({ inputSize: 64, hiddenSizes: [256, 256], outputSize: 16, seed: 11 })
  let current: ChildProcess | undefined
  let providers: ProviderAgent[] = []
  let node: RigpoolNode
  let uploader: MarketClient

  before(async () => {
    node = await createRigpoolNode({ dataDir: dirs.make(), listen: [] })
  })

  after(async () => {
    current?.kill('SIGKILL')
    await uploader?.close()
    for (const p of providers) await p.stop().catch(() => {})
    await node?.stop()
    dirs.cleanup()
  })

  test(`the job completes and every result reaches the client exactly once, in order, across ${KILLS} kills`, async () => {
    const dataDir = dirs.make()
    const port = await freePort()
    let { child, addr } = await spawnCoordinator(dataDir, port)
    current = child
    providers = await Promise.all([1_000_000n, 1_500_000n].map((price) => startProvider({ dataDir: dirs.make(), coordinator: addr, pricePerGpuHour: price, intraOpNumThreads: 1, idle: false, benchmarkMs: 0 })))
    uploader = await MarketClient.connect({ coordinator: addr })
    const modelId = await uploader.uploadModel(model.bytes)
    assert.equal(modelId, modelIdOf(model.bytes))
    const tensors = floatItems(ITEMS, 64, 5)
    const items: NamedTensors[] = tensors.map((t) => ({ [model.inputName]: fromOrtTensor(t) }))
    const spec = jobSpec({ modelId, itemCount: ITEMS, idempotencyKey: 'sigkill-job' })

    const seen = new Array<number>(ITEMS).fill(0)
    const received: NamedTensors[] = []
    let jobId: string | undefined
    let state = ''
    let kills = 0
    let killsMidJob = 0
    let lastKillCursor = -1
    let restarting = false

    // The killer: once results flow again after a restart, waits a random moment and kills.
    const killer = (async () => {
      while (kills < KILLS && state === '') {
        await sleep(50)
        if (restarting || received.length <= lastKillCursor || received.length === 0) continue
        await sleep(Math.floor(Math.random() * 400))
        if (state !== '') break
        lastKillCursor = received.length
        restarting = true
        child.kill('SIGKILL')
        kills++
        if (received.length < ITEMS) killsMidJob++
        await new Promise((r) => child.once('exit', r))
        ;({ child, addr } = await spawnCoordinator(dataDir, port))
        current = child
        restarting = false
      }
    })()

    // The client: submits (retrying with the same idempotency key until accepted), then follows from its cursor.
    const deadline = Date.now() + 150_000
    while (state === '' && Date.now() < deadline) {
      try {
        let framed
        if (jobId === undefined) {
          framed = await openClient(node, addr)
          await framed.write({ kind: 'submit', job: spec }, { timeoutMs: 10_000 })
          for (let i = 0; i < ITEMS; i++) await framed.write({ kind: 'item', index: i, inputs: items[i]! }, { timeoutMs: 10_000 })
          await framed.write({ kind: 'submitEnd', itemCount: ITEMS }, { timeoutMs: 10_000 })
        } else {
          framed = await openClient(node, addr)
          await framed.write({ kind: 'follow', jobId, cursor: received.length }, { timeoutMs: 5_000 })
        }
        for (;;) {
          const m = await framed.expect({ timeoutMs: 20_000 })
          if (m.kind === 'accepted') jobId = m.jobId
          else if (m.kind === 'result') {
            assert.equal(m.jobId, jobId)
            assert.equal(m.index, received.length, 'results arrive in order from the cursor')
            seen[m.index]!++
            received.push(m.outputs)
          } else if (m.kind === 'done') {
            state = m.state
            break
          } else if (m.kind === 'error') throw m.error
        }
      } catch {
        await sleep(100)
      }
    }
    await killer
    assert.equal(state, 'completed')
    assert.ok(kills >= 10 && killsMidJob >= 10, `killed ${kills} times, ${killsMidJob} before the last result`)
    assert.deepEqual(
      seen.map((n, i) => (n === 1 ? -1 : i)).filter((i) => i >= 0),
      [],
      'every item delivered exactly once',
    )
    const direct = await runDirect(model.bytes, model.inputName, model.outputName, tensors)
    for (let i = 0; i < ITEMS; i++) assert.ok(tensorsEqual(received[i]![model.outputName]!, direct[i]![model.outputName]!), `item ${i} differs from onnxruntime`)
  })
})
