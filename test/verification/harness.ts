// Shared by the verification tests: calibrated models, simulated providers and a loop that
// delivers tasks, draws audits from the stored commitment and audits them.
import { randomUUID } from 'node:crypto'
import type { NamedTensors } from '../../protocol/index.ts'
import {
  AuditLedger,
  Auditor,
  calibrateModel,
  planAudit,
  type AuditOutcome,
  type Calibration,
  type ToleranceComparator,
} from '../../coordinator/verification/index.ts'
import { deliver, type SimProvider } from '../adversaries/index.ts'
import type { FixtureModel } from '../fixtures/models.ts'

export interface CalibratedModel {
  model: FixtureModel
  calibration: Calibration
  comparator: ToleranceComparator
  /** Item inputs for tasks (job index i uses inputs[i % length]). */
  pool: NamedTensors[]
}

/** Calibrates on `calibrationItems` items and prepares a pool of other items for tasks. */
export async function calibrated(model: FixtureModel, calibrationItems: number, poolItems: number): Promise<CalibratedModel> {
  const calibration = await calibrateModel(model.bytes, { inputs: Array.from({ length: calibrationItems }, (_, i) => model.input(1_000 + i)) })
  const pool = Array.from({ length: poolItems }, (_, i) => model.input(5_000 + i))
  return { model, calibration, comparator: calibration.comparator, pool }
}

/** An auditor that holds the fixture models' bytes and their calibrated bounds. */
export function startAuditor(models: CalibratedModel[]): Promise<Auditor> {
  const byId = new Map(models.map((m) => [m.model.id, m]))
  return Auditor.start({
    modelBytes: (id) => byId.get(id)!.model.bytes,
    boundsFor: (id) => byId.get(id)!.comparator,
  })
}

export interface LoopResult {
  outcomes: AuditOutcome[]
  itemsDelivered: number
  /** Items delivered up to and including the task in which the cheat was confirmed. */
  caughtAfterItems?: number
  caught?: AuditOutcome
}

/**
 * Delivers tasks of `taskSize` items from `provider` until a cheat is confirmed or
 * `maxItems` are delivered; each task's audit is drawn from its stored commitment at the
 * ledger's q (or `rate`).
 */
export async function deliverAndAudit(
  auditor: Auditor,
  ledger: AuditLedger,
  provider: SimProvider,
  m: CalibratedModel,
  options: { taskSize: number; maxItems: number; rate?: number; comparator?: ToleranceComparator | { kind: 'exact' }; stopWhenCaught?: boolean },
): Promise<LoopResult> {
  const result: LoopResult = { outcomes: [], itemsDelivered: 0 }
  const stake = 100_000_000n
  const gain = 3_000n
  for (let first = 0; first < options.maxItems; first += options.taskSize) {
    const inputs = Array.from({ length: options.taskSize }, (_, i) => m.pool[(first + i) % m.pool.length]!)
    const task = { taskId: randomUUID(), modelId: m.model.id, firstIndex: first, inputs }
    const { outputs, commitment } = await deliver(provider, task)
    const q = options.rate ?? ledger.rate(provider.account.address, stake, gain)
    const plan = planAudit(commitment, q, { atLeastOne: ledger.isOnProbation(provider.account.address) })
    const outcome = await auditor.audit({ commitment, plan, comparator: options.comparator ?? m.comparator, inputs, outputs })
    ledger.recordTask(provider.account.address, options.taskSize, outcome)
    result.outcomes.push(outcome)
    result.itemsDelivered += options.taskSize
    if (outcome.verdict === 'cheat' && result.caught === undefined) {
      result.caught = outcome
      result.caughtAfterItems = result.itemsDelivered
      if (options.stopWhenCaught !== false) break
    }
  }
  return result
}
