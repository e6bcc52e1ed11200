// Verification end to end: every adversary strategy runs on a REAL provider agent (its own
// executor wrapped through the test seam), staked on anvil, in a job through the real
// coordinator over libp2p. Each is caught, slashed on chain with the evidence hash, its
// items re-run elsewhere; the client ends with honest outputs in both delivery modes.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Address, Hex } from 'viem'
import { MarketClient, type JobHandle } from '../../client-sdk/index.ts'
import { rigpoolChannelsAbi } from '../../contracts/index.ts'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import { CalibrationStore, compareTolerance, readStake, type ToleranceComparator } from '../../coordinator/verification/index.ts'
import type { Comparator, DeliveryMode, NamedTensors } from '../../protocol/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { startDevnet, type Devnet } from '../../settlement/index.ts'
import {
  cheatingRunner,
  fp16Model,
  honestThenCheat,
  int8Model,
  onFractionOfItems,
  onFractionOfTasks,
  randomOutputs,
  replayFirst,
  runnerExecutor,
  substitute,
  weightNoiseModel,
  type Executor,
  type RunnerExecutor,
} from '../adversaries/index.ts'
import { smallMlp } from '../fixtures/models.ts'
import { calibrated, type CalibratedModel } from '../verification/harness.ts'
import { fundEth, stakeProvider } from '../verification/staking.ts'
import { tempDirs } from './helpers.ts'

const USD = 1_000_000n
const STAKE = 10n * USD
// Always on probation (an audited item in every task) at q = 0.5: detection within a job or two.
const POLICY = { floor: 0.5, newRate: 0.5, probationItems: 1e9, halfLifeItems: 1e9, safety: 2 }

type Cheat = (honest: Executor) => Executor

describe('verification in the job flow: adversaries on real agents, caught, slashed, re-run', () => {
  const dirs = tempDirs()
  const substitutes: RunnerExecutor[] = []
  const agents: ProviderAgent[] = []
  let devnet: Devnet
  let coordinator: Coordinator
  let coordinatorDir: string
  let listen: string
  let client: MarketClient
  let mlp: CalibratedModel
  let reference: RunnerExecutor
  let honest: ProviderAgent[]
  const slashed = new Map<string, { txHash: string; evidenceHash: string }>()
  // What the coordinator's real payouts are told (its key holds no tokens here, so nothing is paid out).
  const cleared: string[] = []
  const bannedPayouts: string[] = []

  const startCoord = async (): Promise<Coordinator> => {
    const c = await startCoordinator({
      dataDir: coordinatorDir,
      listen: [listen],
      heartbeatIntervalMs: 500,
      sizing: { maxTaskItems: 8, probeItems: 8 },
      chain: { rpcUrl: devnet.rpcUrl, deployment: devnet.deployment, requireChannel: false },
      verification: { policy: POLICY },
      log: process.env.DEBUG_VERIFY ? (m, f) => console.error('[coord]', m, JSON.stringify(f ?? {})) : undefined,
    })
    c.verifier.events.on('slashed', (e) => slashed.set(e.ethAddress.toLowerCase(), { txHash: e.txHash, evidenceHash: e.evidenceHash }))
    const payouts = c.payments!.payouts
    const taskCleared = payouts.taskCleared.bind(payouts)
    const providerBanned = payouts.providerBanned.bind(payouts)
    payouts.taskCleared = (t) => {
      cleared.push(t.taskId)
      taskCleared(t)
    }
    payouts.providerBanned = (p) => {
      bannedPayouts.push(p)
      providerBanned(p)
    }
    return c
  }

  const agent = async (options: { wrap?: Cheat; threads?: number; opt?: 'basic' | 'all' | 'disabled' }): Promise<ProviderAgent> => {
    const dataDir = dirs.make()
    const a = await startProvider({
      dataDir,
      coordinator: coordinator.multiaddrs[0]!,
      pricePerGpuHour: 1_000_000n,
      intraOpNumThreads: options.threads ?? 1,
      graphOptimizationLevel: options.opt,
      idle: false,
      benchmarkMs: 0,
      wrapRunner: options.wrap === undefined ? undefined : cheatingRunner(options.wrap),
    })
    agents.push(a)
    await stakeProvider(devnet, dataDir, coordinator.ethAddress as Address, STAKE)
    return a
  }

  const cheap = async (bytes: Uint8Array): Promise<Executor> => {
    const r = await runnerExecutor(bytes)
    substitutes.push(r)
    return r.execute
  }

  before(async () => {
    ;[devnet, mlp] = await Promise.all([startDevnet({ accounts: 2 }), calibrated(smallMlp(), 8, 0)])
    reference = await runnerExecutor(mlp.model.bytes)
    coordinatorDir = dirs.make()
    new CalibrationStore(`${coordinatorDir}/calibration`).put(mlp.calibration)
    listen = '/ip4/127.0.0.1/tcp/0'
    coordinator = await startCoord()
    listen = coordinator.multiaddrs[0]!.replace(/\/p2p\/.*$/, '')
    await fundEth(devnet, coordinator.ethAddress as Address)
    // Honest providers that differ from the verifier only in optimisation level or threads.
    honest = [await agent({ opt: 'basic' }), await agent({ threads: 2 })]
    client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
  })

  after(async () => {
    await client?.close()
    for (const a of agents) await a.stop().catch(() => {})
    await coordinator?.stop()
    for (const r of [...substitutes, reference]) await r?.stop()
    await devnet?.stop()
    dirs.cleanup()
  })

  /** Runs jobs until every cheater is banned; checks every job's final outputs against onnxruntime run here. */
  async function catchAll(delivery: DeliveryMode, comparator: Comparator, cheats: Record<string, Cheat>): Promise<string> {
    const cheaters = new Map<string, ProviderAgent>()
    for (const [name, wrap] of Object.entries(cheats)) cheaters.set(name, await agent({ wrap }))
    const pending = new Set(cheaters.keys())
    const bounds = mlp.comparator as ToleranceComparator
    let corrections = 0
    let itemsRerun = 0
    let rejects = 0
    const jobs: Array<{ handle: JobHandle; items: NamedTensors[]; out: NamedTensors[] }> = []
    const follow = async (j: (typeof jobs)[number]): Promise<void> => {
      for await (const r of j.handle.results()) {
        j.out[r.index] = r.tensors
        if (r.corrected === true) corrections++
      }
      assert.equal(j.handle.finalState, 'completed')
    }
    for (let round = 0; round < 5 && pending.size > 0; round++) {
      const items: NamedTensors[] = Array.from({ length: 96 }, (_, i) => mlp.model.input(10_000 * (round + 1) + i))
      const handle = await client.submit({ model: mlp.model.bytes, items, comparator, delivery, priceCapPerMillionItems: 10n ** 12n })
      jobs.push({ handle, items, out: [] })
      await follow(jobs.at(-1)!)
      for (const [name, a] of cheaters) if (coordinator.verifier.isBanned(a.ethAddress)) pending.delete(name)
    }
    // A cheater caught in a later job has its items in earlier ones re-run too (the jobs
    // reopen): following them again from the end brings the corrections.
    for (const j of jobs.slice(0, -1)) await follow(j)
    for (const [round, j] of jobs.entries()) {
      const expected = await reference.execute({ taskId: '', modelId: mlp.model.id, firstIndex: 0, inputs: j.items })
      for (let i = 0; i < j.items.length; i++) {
        const c = compareTolerance(bounds, expected[i]!, j.out[i]!)
        assert.equal(c.verdict, 'accept', `${delivery} round ${round}: item ${i} is not the honest output (score ${c.score})`)
      }
      const report = await j.handle.report()
      assert.equal(report.itemsAudited, report.audits.length)
      assert.ok(report.itemsAudited > 0)
      itemsRerun += report.itemsRerun
      rejects += report.audits.filter((a) => a.verdict === 'reject').length
    }
    assert.deepEqual([...pending], [], `${delivery}: not caught`)
    assert.ok(itemsRerun > 0 && rejects >= cheaters.size, `${delivery}: re-runs ${itemsRerun}, rejected items ${rejects}`)
    if (delivery === 'optimistic') assert.ok(corrections > 0, 'optimistic delivery sends corrections')

    // Each cheater's whole stake is slashed on chain with the hash of its evidence.
    const deadline = Date.now() + 60_000
    while ([...cheaters.values()].some((a) => !slashed.has(a.ethAddress.toLowerCase())) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    const events = await devnet.publicClient.getContractEvents({ address: devnet.deployment.channels, abi: rigpoolChannelsAbi, eventName: 'Slashed', fromBlock: 0n })
    for (const [name, a] of cheaters) {
      const record = coordinator.verifier.ledger.record(a.ethAddress)
      assert.equal(record.cheats, 1, name)
      const event = events.find((e) => e.args.provider?.toLowerCase() === a.ethAddress.toLowerCase())
      assert.ok(event !== undefined, `${name}: no Slashed event`)
      assert.equal(event.args.evidenceHash, record.evidence[0] as Hex, name)
      assert.equal(event.args.amount, STAKE, name)
      assert.equal((await readStake(devnet.publicClient, devnet.deployment.channels, a.ethAddress as Address)).amount, 0n, name)
      assert.equal(coordinator.registry.get(a.peerId)?.isBanned ?? true, true, name)
    }
    // Free re-runs (items the client had already paid for) cost the client nothing.
    // The client is charged once per item: its accepted, charged tasks cover every item exactly once.
    for (const j of jobs) {
      const rows = coordinator.store.db.prepare("SELECT first, count FROM tasks WHERE job_id = ? AND state = 'accepted' AND charge_client = 1 ORDER BY first").all(j.handle.id) as Array<{ first: number; count: number }>
      let next = 0
      for (const r of rows) {
        assert.equal(r.first, next, `${delivery}: item ${next} charged ${r.first < next ? 'twice' : 'never'}`)
        next += r.count
      }
      assert.equal(next, j.items.length)
    }
    // Providers are paid once per cleared task, never for a task found cheating or rejected; a caught cheater's unpaid work is withheld.
    assert.equal(new Set(cleared).size, cleared.length, 'a task cleared twice')
    const never = coordinator.store.db.prepare("SELECT id FROM tasks WHERE state = 'rejected' OR id IN (SELECT task_id FROM audits WHERE state IN ('cheat', 'void'))").all() as Array<{ id: string }>
    for (const t of never) assert.ok(!cleared.includes(t.id), `cheater's task ${t.id} was cleared`)
    for (const a of cheaters.values()) assert.equal(bannedPayouts.filter((p) => p === a.peerId).length, 1)
    const free = coordinator.store.db.prepare("SELECT COALESCE(SUM(CAST(cost AS INTEGER)), 0) AS c, COUNT(*) AS n FROM tasks WHERE charge_client = 0 AND state = 'accepted'").get() as { c: number; n: number }
    assert.equal(free.c, 0)
    if (delivery === 'optimistic') assert.ok(free.n > 0)
    return `${delivery}: ${jobs.length} jobs, ${rejects} rejected items, ${itemsRerun} items re-run, ${corrections} corrections, ${free.n} free re-run tasks`
  }

  test('verified delivery: random, replay, weight noise, int8 caught, slashed, re-run; results honest', { timeout: 240_000 }, async (t) => {
    const [noise, int8] = await Promise.all([cheap(weightNoiseModel(mlp.model.bytes, 1e-3)), cheap(int8Model(mlp.model.bytes))])
    t.diagnostic(await catchAll('verified', { kind: 'exact' }, { random: randomOutputs(), replay: replayFirst(), weightNoise: substitute(noise), int8: substitute(int8) }))
  })

  test('optimistic delivery: fp16, cheating on half the tasks / half the items, honest-then-cheat; corrections arrive', { timeout: 240_000 }, async (t) => {
    const [fp16, int8] = await Promise.all([cheap(fp16Model(mlp.model.bytes)), cheap(int8Model(mlp.model.bytes))])
    t.diagnostic(await catchAll('optimistic', mlp.comparator, {
      fp16: substitute(fp16),
      fractionOfTasks: onFractionOfTasks(0.5, randomOutputs(), 3),
      fractionOfItems: onFractionOfItems(0.5, substitute(int8), 5),
      honestThenCheat: honestThenCheat(16, randomOutputs()),
    }))
  })

  test('honest providers on other optimisation levels and thread counts are never accused', () => {
    for (const a of honest) {
      const r = coordinator.verifier.ledger.record(a.ethAddress)
      assert.ok(r.itemsAudited > 0, 'audited')
      assert.equal(r.cheats, 0)
      assert.equal(r.escalations, 0)
      assert.equal(r.isBanned, false)
    }
  })

  test('the audit ledger and bans survive a coordinator restart; a banned key cannot register again', { timeout: 120_000 }, async () => {
    const before = coordinator.verifier.ledger.snapshot()
    const banned = agents.filter((a) => coordinator.verifier.isBanned(a.ethAddress))
    assert.ok(banned.length >= 8)
    await client.close()
    await coordinator.stop()
    coordinator = await startCoord()
    assert.deepEqual(coordinator.verifier.ledger.snapshot().sort((a, b) => a.provider.localeCompare(b.provider)), before.sort((a, b) => a.provider.localeCompare(b.provider)))
    // Honest agents reconnect on their own; the cheaters' sessions are refused.
    const deadline = Date.now() + 60_000
    while (honest.some((a) => coordinator.registry.get(a.peerId) === undefined) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    for (const a of honest) assert.ok(coordinator.registry.get(a.peerId) !== undefined, 'an honest agent re-registered')
    for (const a of banned) {
      assert.equal(coordinator.registry.get(a.peerId), undefined)
      assert.equal(coordinator.store.providers.isBanned(a.peerId), true)
    }
    client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
  })
})
