// Verification simulation (issue 8): real onnxruntime outputs of honest configurations and
// cheats for a pool of items, precomputed; then simulated providers deliver items, audits are
// drawn at q and judged with the real comparators (judgeItem) on those real outputs.
import type { NamedTensors } from '../protocol/index.ts'
import {
  auditOverhead,
  AuditLedger,
  calibrateModel,
  DEFAULT_AUDIT_POLICY,
  executeItems,
  expectedCheatProfit,
  itemsForConfidence,
  judgeItem,
  planAudit,
  type ToleranceComparator,
} from '../coordinator/verification/index.ts'
import { OnnxRunner, type GraphOptimizationLevel } from '../protocol/onnx/index.ts'
import { seededRandom } from '../provider-agent/benchmark/prng.ts'
import { fp16Model, int8Model, randomOutputs, replayFirst, weightNoiseModel, type Executor } from '../test/adversaries/index.ts'
import { ocrModel, smallMlp, type FixtureModel } from '../test/fixtures/models.ts'
import { percentile, type BenchReport } from './report.ts'

const POOL = 192
const TASK = 32
const STAKE = 100_000_000n // 100 tUSD
const PRICE_PER_MILLION = 3_000n // base units per million items
const RUNS = 200
const HORIZON = 60_000
const LEVELS: GraphOptimizationLevel[] = ['disabled', 'basic', 'extended', 'all']

async function outputsOf(bytes: Uint8Array, items: NamedTensors[], level: GraphOptimizationLevel, threads: number): Promise<NamedTensors[]> {
  const runner = await OnnxRunner.start({ graphOptimizationLevel: level, intraOpNumThreads: threads })
  try {
    await runner.load('m', bytes)
    return await executeItems(runner, 'm', items, { maxBatch: 16 })
  } finally {
    await runner.terminate()
  }
}

interface Prepared {
  name: string
  bounds: ToleranceComparator
  first: NamedTensors[]
  second: NamedTensors[]
  honest: NamedTensors[][]
  cheats: Record<string, NamedTensors[]>
}

async function prepare(model: FixtureModel, name: string): Promise<Prepared> {
  const items = Array.from({ length: POOL }, (_, i) => model.input(9_000 + i))
  const calibration = await calibrateModel(model.bytes, { inputs: Array.from({ length: 16 }, (_, i) => model.input(1_000 + i)) })
  const honest: NamedTensors[][] = []
  for (const level of LEVELS) for (const threads of [1, 2]) honest.push(await outputsOf(model.bytes, items, level, threads))
  const run = (bytes: Uint8Array): Executor => (task) => outputsOf(bytes, task.inputs, 'all', 1)
  const task = { taskId: 'pool', modelId: 'm', firstIndex: 0, inputs: items }
  // Replay: one item's outputs for every item of a task; random: invented outputs of the right shape.
  const replayed = await Promise.all(Array.from({ length: POOL / TASK }, (_, t) => replayFirst()(run(model.bytes))({ ...task, inputs: items.slice(t * TASK, (t + 1) * TASK) })))
  return {
    name,
    bounds: calibration.comparator,
    first: honest[6]!, // all/1: the auditor's first execution
    second: honest[0]!, // disabled/1: its second
    honest,
    cheats: {
      random: await randomOutputs()(run(model.bytes))(task),
      replay: replayed.flat(),
      weight_noise_1e4: await outputsOf(weightNoiseModel(model.bytes, 1e-4), items, 'all', 1),
      fp16: await outputsOf(fp16Model(model.bytes), items, 'all', 1),
      int8: await outputsOf(int8Model(model.bytes), items, 'all', 1),
    },
  }
}

/** Is a cheated pool item confirmed as a cheat when audited? (The real judgement, once per pool item.) */
function detectable(p: Prepared, cheat: NamedTensors[]): boolean[] {
  return cheat.map((got, i) => judgeItem(p.bounds, p.bounds, got, p.first[i]!, p.second[i]!).isConfirmedCheat)
}

interface Detection {
  items_until_caught: { median: number; p99: number }
  detect_within: number
  analytic_bound_999: number
  caught_runs: number
  detection_power: number
  expected_profit: number
  break_even_stake: number
}

/** A provider with a clean record (q at the floor) cheating on a fraction f of items (or tasks). */
function simulateDetection(p: Prepared, isDetectable: boolean[], f: number, mode: 'items' | 'tasks', seed: number): Detection {
  const q = DEFAULT_AUDIT_POLICY.floor
  const rand = seededRandom(seed)
  const caughtAt: number[] = []
  const cheatedBeforeCaught: number[] = []
  for (let r = 0; r < RUNS; r++) {
    let cheated = 0
    let caught = -1
    for (let n = 0; n < HORIZON && caught < 0; n += TASK) {
      const taskCheats = mode === 'tasks' && rand() < f
      for (let i = 0; i < TASK; i++) {
        const isCheat = mode === 'tasks' ? taskCheats : rand() < f
        const audited = rand() < q
        const item = Math.floor(rand() * POOL)
        if (isCheat) cheated++
        if (audited && isCheat && isDetectable[item]) {
          caught = n + i + 1
          break
        }
      }
    }
    caughtAt.push(caught < 0 ? Infinity : caught)
    cheatedBeforeCaught.push(cheated)
  }
  const bound = itemsForConfidence(q, f)
  const power = isDetectable.filter(Boolean).length / isDetectable.length
  const gainPerItem = Number(PRICE_PER_MILLION) / 1e6
  return {
    items_until_caught: { median: percentile(caughtAt, 50), p99: percentile(caughtAt, 99) },
    detect_within: caughtAt.filter((c) => c <= bound).length / RUNS,
    analytic_bound_999: bound,
    caught_runs: caughtAt.filter(Number.isFinite).length,
    detection_power: power,
    // Unbounded horizon: each cheated item is caught with probability q × power.
    expected_profit: expectedCheatProfit(q * power, gainPerItem, STAKE),
    break_even_stake: power === 0 ? Infinity : (gainPerItem * (1 - q * power)) / (q * power),
  }
}

/** Honest providers on every configuration through the real ledger, planner and judgement. */
function simulateHonest(p: Prepared, seed: number, target: number) {
  const rand = seededRandom(seed)
  const random = (): number => Math.floor(rand() * 2 ** 32)
  const ledger = new AuditLedger()
  let audited = 0
  let accused = 0
  let escalated = 0
  let steady = { delivered: 0, recomputed: 0 }
  for (let provider = 0; audited < target; provider++) {
    const cfg = p.honest[provider % p.honest.length]!
    const address = `0x${provider.toString(16).padStart(40, '0')}`
    for (let first = 0; first < 80_000; first += TASK) {
      const commitment = { taskId: `${provider}/${first}`, provider: address as `0x${string}`, modelId: 'm', firstIndex: first, itemCount: TASK, root: new Uint8Array(32), signature: new Uint8Array(65), storedAt: 1 }
      const q = ledger.rate(address, STAKE, PRICE_PER_MILLION)
      const plan = planAudit(commitment, q, { atLeastOne: ledger.isOnProbation(address), random })
      let recomputed = 0
      const items = plan.indices.map((index) => {
        const k = (index * 7919 + provider) % POOL
        const j = judgeItem(p.bounds, p.bounds, cfg[k]!, p.first[k]!, p.second[k]!)
        recomputed += j.needsSecond ? 2 : 1
        if (j.isConfirmedCheat) accused++
        if (j.verdict !== 'accept') escalated++
        return { index, provider: address, score: j.score, verdict: j.verdict, isConfirmedCheat: j.isConfirmedCheat, details: [] }
      })
      audited += items.length
      const verdict = items.some((i) => i.isConfirmedCheat) ? 'cheat' : items.some((i) => i.verdict !== 'accept') ? 'suspect' : 'clean'
      ledger.recordTask(address, TASK, { taskId: commitment.taskId, provider: address, modelId: 'm', items, verdict, recomputed, honestOutputs: new Map() })
      if (first >= 60_000) steady = { delivered: steady.delivered + TASK, recomputed: steady.recomputed + recomputed }
    }
  }
  const market = ledger.marketOverhead()
  return {
    honest_audited_items: audited,
    false_accusations: accused,
    unconfirmed_escalations: escalated,
    audit_overhead_steady: auditOverhead(steady.recomputed, steady.delivered),
    audit_overhead_with_probation: market.auditOverhead,
    q_steady: ledger.rate('0x' + '0'.repeat(40), STAKE, PRICE_PER_MILLION),
  }
}

export async function run(_o: { signal?: AbortSignal }): Promise<BenchReport> {
  const figures: Record<string, unknown> = {}
  for (const [name, model] of [['ocr_cls', ocrModel('cls')], ['mlp', smallMlp()]] as const) {
    const p = await prepare(model, name)
    const perModel: Record<string, unknown> = { bounds: { accept: p.bounds.accept, reject: p.bounds.reject } }
    let seed = 1
    for (const [cheat, outputs] of Object.entries(p.cheats)) {
      const isDetectable = detectable(p, outputs)
      const byF: Record<string, Detection> = {}
      for (const f of [1, 0.1, 0.01]) byF[`f=${f}`] = simulateDetection(p, isDetectable, f, 'items', seed++)
      perModel[cheat] = byF
    }
    const int8 = detectable(p, p.cheats.int8!)
    perModel.int8_on_fraction_of_tasks = Object.fromEntries([1, 0.1, 0.01].map((f) => [`f=${f}`, simulateDetection(p, int8, f, 'tasks', seed++)]))
    perModel.honest = simulateHonest(p, 99, name === 'ocr_cls' ? 100_000 : 100_000)
    figures[name] = perModel
  }
  return {
    figures,
    settings: {
      pool_items: POOL,
      task_items: TASK,
      runs_per_cell: RUNS,
      horizon_items: HORIZON,
      q_floor: DEFAULT_AUDIT_POLICY.floor,
      policy: { ...DEFAULT_AUDIT_POLICY },
      stake_base_units: STAKE.toString(),
      price_per_million_items: PRICE_PER_MILLION.toString(),
      note: 'detection runs: a provider with a clean record (q at the floor) that cheats; items_until_caught counts delivered items up to the caught one (Infinity = not caught within the horizon); expected_profit = gain·(1−qd)/qd − stake with qd = q × detection_power',
    },
  }
}
