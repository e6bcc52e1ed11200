import { costOfItems, verifyCommitment, type NamedTensors } from '../../protocol/index.ts'
import { amountDue, exactCost } from '../../settlement/index.ts'
import type { ProviderEntry } from '../book/provider-registry.ts'
import { speedOf } from '../matching/index.ts'
import type { CoordinatorMetrics } from '../observability/metrics.ts'
import { reputationOf, type Store, type TaskRow } from '../store/index.ts'
import type { Job } from './job.ts'
import type { PayoutHooks } from './payout-hooks.ts'
import { afterDelivery, type AuditFlowHooks } from './task-audit.ts'
import type { Verifier } from '../verification/verifier.ts'

export interface ExecutionDeps {
  store: Store
  metrics: CoordinatorMetrics
  now: () => number
  /** Settlement: told when a provider is owed for a task (after its audit, where there is one). */
  payouts?: PayoutHooks
  /** Spot-recomputation (DESIGN.md §7); without it every delivered task is accepted and cleared at once. */
  verifier?: Verifier
  /** What the audit flow needs from the scheduler (present with `verifier`). */
  flow?: AuditFlowHooks
}

/** Task deadline: four times the expected run plus slack, within what is left of the job's deadline. */
export function taskDeadlineMs(job: Job, count: number, itemsPerSecond: number | undefined, nowMs: number): number {
  const expected = itemsPerSecond === undefined ? 120_000 : (count / itemsPerSecond) * 1000 * 4 + 10_000
  const left = job.deadlineAtMs - nowMs
  return Math.round(Math.max(1_000, Math.min(expected, left, 600_000)))
}

/**
 * Runs one task on a provider and stores its outcome: the results and `delivered` in
 * one transaction (only if the task is still this provider's: a task re-queued
 * meanwhile discards a late result), then acceptance. Throws when the task is lost.
 */
export async function executeTask(deps: ExecutionDeps, provider: ProviderEntry, job: Job, task: TaskRow, signal: AbortSignal): Promise<void> {
  const { store, now } = deps
  const items = store.jobs.items(job.id, task.first, task.count)
  const received: Array<NamedTensors | undefined> = new Array(task.count)
  const started = performance.now()
  const result = await provider.channel.run(
    {
      taskId: task.id,
      modelId: job.spec.modelId,
      itemCount: task.count,
      sharedInputs: job.spec.sharedInputs,
      outputNames: job.spec.outputNames,
      pricePerMillionItems: task.pricePerMillion ?? 0n,
      deadlineMs: taskDeadlineMs(job, task.count, speedOf(provider, job.spec.modelId), now()),
      settings: job.spec.settings,
      firstIndex: task.first,
    },
    items,
    (index, outputs) => {
      received[index] = outputs
    },
    signal,
    () => {
      store.tasks.move(task.id, 'assigned', 'running', now())
    },
  )
  // Commitment first (DESIGN.md §7): the signed root is checked before anything is kept.
  await verifyCommitment(provider.advert.ethAddress, task.id, job.spec.modelId, task.count, result.commitmentRoot, result.signature)
  const wallMs = performance.now() - started
  let isOurs = false
  const storedAt = now()
  store.db.transaction(() => {
    isOurs = store.tasks.move(task.id, 'running', 'delivered', storedAt) || store.tasks.move(task.id, 'assigned', 'delivered', storedAt)
    if (!isOurs) return
    // A re-run replaces the caught cheater's outputs of the same items.
    if (task.rerunOf !== null) store.results.replaceTask(job.id, task.id, provider.id, task.first, received as NamedTensors[])
    else store.results.insertTask(job.id, task.id, provider.id, task.first, received as NamedTensors[])
    // The commitment is stored before any audit draw (the draw's proof of order).
    if (deps.verifier !== undefined) {
      store.audits.commit({ taskId: task.id, jobId: job.id, provider: provider.id, ethAddress: provider.advert.ethAddress, modelId: job.spec.modelId, first: task.first, count: task.count, root: result.commitmentRoot, signature: result.signature, storedMs: storedAt })
    }
  })()
  if (!isOurs) return
  // Measured speed (compute time when reported) and round-trip overhead, smoothed.
  const computeMs = result.computeMs > 0 ? result.computeMs : wallMs
  const speed = task.count / Math.max(computeMs / 1000, 1e-6)
  const prev = provider.observedItemsPerSecond.get(job.spec.modelId)
  provider.observedItemsPerSecond.set(job.spec.modelId, prev === undefined ? speed : prev * 0.7 + speed * 0.3)
  const overhead = Math.max(0, wallMs - computeMs)
  provider.latencyMs = provider.latencyMs === undefined ? overhead : provider.latencyMs * 0.7 + overhead * 0.3
  provider.itemsDone += task.count
  deps.metrics.taskLatency.observe(wallMs / 1000)
  const observed = Object.fromEntries(provider.observedItemsPerSecond)
  if (deps.verifier !== undefined) await afterDelivery(deps, job, task, provider.id, observed)
  else {
    acceptTask(deps, job, task, provider.id, observed)
    clearTask(deps, job, task, provider.id)
  }
  const record = store.providers.get(provider.id)
  if (record !== undefined) provider.reputation = reputationOf(record)
}

/**
 * delivered → accepted: results become visible to the client, the provider's record and
 * the job's progress move, and the job completes with its last task, all in one transaction.
 * Verification calls it at delivery (unaudited tasks, optimistic jobs) or at the audit decision.
 */
export function acceptTask(deps: ExecutionDeps, job: Job, task: TaskRow, providerId: string, observed?: Record<string, number>): void {
  const { store } = deps
  const nowMs = deps.now()
  // The client's cost is kept exact and rounded up once, over the whole job (DESIGN.md §9).
  // A free re-run (items of a caught cheater the client already paid for) costs the client nothing.
  const exact = task.pricePerMillion === null || !task.chargeClient ? 0n : exactCost(BigInt(task.count), task.pricePerMillion)
  const spentExact = job.spentExact + exact
  const cost = !task.chargeClient ? 0n : costOfItems(BigInt(task.count), task.pricePerMillion ?? 0n)
  let completed = false
  let accepted = false
  store.db.transaction(() => {
    if (!store.tasks.accept(task.id, cost, nowMs)) return
    accepted = true
    store.results.reveal(task.id)
    // Its items were counted with the cheater's task; the client gets corrections instead.
    if (!task.chargeClient) store.results.correct(task.id)
    store.jobs.addProgress(job.id, task.chargeClient ? task.count : 0, amountDue(spentExact), spentExact)
    if (observed !== undefined) store.providers.recordDone(providerId, task.count, observed)
    if (job.nextItem >= job.itemCount && store.tasks.openTasksOf(job.id) === 0) completed = store.jobs.finish(job.id, 'completed', '', nowMs)
  })()
  if (!accepted) return
  job.spentExact = spentExact
  job.spent = amountDue(spentExact)
  if (task.chargeClient) job.itemsDone += task.count
  job.providers.add(providerId)
  if (job.state === 'queued') job.state = 'running'
  if (completed) job.state = 'completed'
  deps.metrics.itemsAccepted(task.count, nowMs)
  job.notify()
}

/**
 * The provider is owed for an accepted task: at acceptance when nothing of it was audited,
 * after a clean (or unconfirmed) audit decision otherwise; never for a banned provider.
 */
export function clearTask(deps: ExecutionDeps, job: Job, task: TaskRow, providerId: string): void {
  if (task.pricePerMillion === null || deps.store.tasks.get(task.id)?.state !== 'accepted' || deps.store.providers.isBanned(providerId)) return
  deps.payouts?.taskCleared({ taskId: task.id, jobId: job.id, providerId, count: task.count, pricePerMillion: task.pricePerMillion })
}

/** Completes a job whose last open task (or last pending audit) just ended. */
export function completeIfDone(deps: ExecutionDeps, job: Job): void {
  if (job.isFinished) return
  const { store } = deps
  let completed = false
  store.db.transaction(() => {
    if (job.nextItem >= job.itemCount && store.tasks.openTasksOf(job.id) === 0) completed = store.jobs.finish(job.id, 'completed', '', deps.now())
  })()
  if (!completed) return
  job.state = 'completed'
  job.notify()
}
