// Audits in the task flow (DESIGN.md §7): after a task's commitment is stored, draw its
// audit at q(provider); recompute off the delivery path; on the decision accept and clear
// the task, or, on a confirmed cheat, ban the provider, re-run its items elsewhere and
// slash its stake with the evidence hash.
import { randomUUID } from 'node:crypto'
import type { Address, Hex } from 'viem'
import { toRigpoolError } from '../../protocol/index.ts'
import type { AuditRow, TaskRow } from '../store/index.ts'
import { planAudit, type AuditOutcome, type StoredCommitment } from '../verification/index.ts'
import type { Job } from './job.ts'
import { acceptTask, clearTask, completeIfDone, type ExecutionDeps } from './task-execution.ts'

/** What the audit flow needs from the scheduler. */
export interface AuditFlowHooks {
  job(jobId: string): Job | undefined
  /** A completed job has items to re-run: track it again. */
  reopened(job: Job): void
  /** Stop giving the provider work and stop what it runs (re-queued elsewhere). */
  providerBanned(providerId: string): void
  isStopped(): boolean
}

function commitmentOf(a: AuditRow): StoredCommitment {
  return { taskId: a.taskId, provider: a.ethAddress as Address, modelId: a.modelId, firstIndex: a.first, itemCount: a.count, root: a.root, signature: a.signature, storedAt: a.storedMs }
}

/**
 * After delivery: draw the audit (CSPRNG, at q for the provider's stake and price), then
 * accept at once what needs no audit; an audited task of an optimistic job is accepted now
 * and cleared later, one of a verified job waits for its decision.
 */
export async function afterDelivery(deps: ExecutionDeps, job: Job, task: TaskRow, providerId: string, observed?: Record<string, number>): Promise<void> {
  const { store, verifier } = deps
  const audit = store.audits.get(task.id)
  if (verifier === undefined || audit === undefined) return
  if (verifier.isBanned(audit.ethAddress)) return rejectLate(deps, job, task)
  const { q, isOnProbation } = await verifier.rateFor(audit.ethAddress as Address, task.pricePerMillion ?? 0n)
  const plan = planAudit(commitmentOf(audit), q, { atLeastOne: isOnProbation })
  let planned = false
  store.db.transaction(() => {
    planned = store.audits.plan(task.id, q, plan.indices)
    if (planned && plan.indices.length === 0) verifier.recordUnaudited(audit.ethAddress, task.count, task.id, audit.modelId)
  })()
  if (!planned) return
  if (plan.indices.length === 0) {
    acceptTask(deps, job, task, providerId, observed)
    clearTask(deps, job, task, providerId)
    return
  }
  if (job.spec.delivery === 'optimistic') acceptTask(deps, job, task, providerId, observed)
  void runAudit(deps, job, task, providerId, observed)
}

/** Recomputes the drawn items on the coordinator's auditor and acts on the decision. */
export async function runAudit(deps: ExecutionDeps, job: Job, task: TaskRow, providerId: string, observed?: Record<string, number>): Promise<void> {
  const { store, verifier } = deps
  const audit = store.audits.get(task.id)
  if (verifier === undefined || audit === undefined || audit.state !== 'pending') return
  try {
    const results = store.results.ofTask(task.id)
    // A banned provider's pending audits are moot: all its items re-run anyway.
    if (verifier.isBanned(audit.ethAddress) || results.length !== task.count) {
      store.audits.settle(task.id, 'void', deps.now())
      return
    }
    const outcome = await verifier.auditor.audit({
      commitment: commitmentOf(audit),
      plan: { taskId: task.id, provider: audit.ethAddress as Address, indices: audit.indices, rate: audit.rate ?? 1, drawnAt: audit.storedMs },
      comparator: job.spec.comparator,
      inputs: store.jobs.items(job.id, task.first, task.count),
      outputs: results.map((r) => r.outputs),
      shared: job.spec.sharedInputs,
      outputNames: job.spec.outputNames.length > 0 ? job.spec.outputNames : undefined,
    })
    if (deps.flow?.isStopped() === true) return
    await decide(deps, job, task, providerId, audit, outcome, observed)
  } catch (err) {
    // Left pending on shutdown (resumed at the next start); a verifier fault never accuses anyone.
    if (deps.flow?.isStopped() === true) return
    const error = toRigpoolError(err, 'E_INTERNAL')
    verifier.log?.('audit failed; task accepted unverified', { taskId: task.id, provider: providerId, code: error.code, message: error.message })
    if (!store.audits.settle(task.id, 'error', deps.now())) return
    settleClean(deps, job, task, providerId, observed)
  }
}

function settleClean(deps: ExecutionDeps, job: Job, task: TaskRow, providerId: string, observed?: Record<string, number>): void {
  const current = deps.store.tasks.get(task.id)
  if (current?.state === 'delivered') acceptTask(deps, job, current, providerId, observed)
  clearTask(deps, job, current ?? task, providerId)
  completeIfDone(deps, job)
}

async function decide(deps: ExecutionDeps, job: Job, task: TaskRow, providerId: string, audit: AuditRow, outcome: AuditOutcome, observed?: Record<string, number>): Promise<void> {
  const { store, verifier } = deps
  const nowMs = deps.now()
  const items = outcome.items.map((i) => ({ index: i.index, provider: providerId, score: i.score, verdict: i.verdict }))
  let decided = false
  let rerun: Rerun = { jobs: new Set(), reopened: new Set(), items: 0 }
  // The decision, the ledger and (for a cheat) the ban and every re-run task: one transaction.
  store.db.transaction(() => {
    decided = store.audits.decide(task.id, { state: outcome.verdict, items, recomputed: outcome.recomputed, evidence: outcome.evidence?.evidence, evidenceHash: outcome.evidence?.hash, nowMs })
    if (!decided) return
    verifier!.record(audit.ethAddress, task.count, outcome)
    if (outcome.verdict === 'cheat') rerun = banAndRerun(deps, providerId, `cheat confirmed on task ${task.id}: evidence ${outcome.evidence?.hash ?? '?'}`, nowMs)
  })()
  if (!decided) return
  if (outcome.verdict !== 'cheat') return settleClean(deps, job, task, providerId, observed)
  for (const jobId of rerun.jobs) {
    const j = deps.flow?.job(jobId)
    if (j === undefined) continue
    if (rerun.reopened.has(jobId)) deps.flow?.reopened(j)
    j.notify()
  }
  deps.flow?.providerBanned(providerId)
  deps.payouts?.providerBanned(providerId)
  const hash = outcome.evidence?.hash
  verifier!.log?.('provider caught cheating: banned, items re-run', { provider: providerId, ethAddress: audit.ethAddress, evidenceHash: hash, itemsRerun: rerun.items })
  verifier!.events.emit('caught', { providerId, ethAddress: audit.ethAddress, taskId: task.id, evidenceHash: hash ?? '', itemsRerun: rerun.items, jobs: [...rerun.jobs] })
  if (hash !== undefined) await slash(deps, audit, hash)
}

interface Rerun {
  jobs: Set<string>
  reopened: Set<string>
  items: number
}

/**
 * Inside the decision's transaction: bans the provider and queues a re-run of every item of
 * its delivered or accepted tasks in jobs still held (unfinished, or finished within
 * retention). Never-accepted items are charged when their re-run is accepted; accepted
 * ones re-run free to the client and reach it as corrections.
 */
function banAndRerun(deps: ExecutionDeps, providerId: string, reason: string, nowMs: number): Rerun {
  const { store } = deps
  const out: Rerun = { jobs: new Set(), reopened: new Set(), items: 0 }
  store.providers.ban(providerId, reason, nowMs)
  for (const a of store.audits.undecidedOf(providerId)) store.audits.settle(a.taskId, 'void', nowMs)
  for (const t of store.tasks.ofProvider(providerId)) {
    if (t.state !== 'delivered' && t.state !== 'accepted') continue // running ones are stopped and re-queued
    const job = store.jobs.get(t.jobId)
    if (job === undefined || job.state === 'cancelled' || job.state === 'failed' || !store.jobs.hasItems(t.jobId)) continue
    if (t.state === 'delivered') rejectAndRerun(deps, t, nowMs)
    else {
      if (job.state === 'completed' && store.jobs.reopen(t.jobId)) out.reopened.add(t.jobId)
      // Accepted items were charged already: their re-run is free to the client.
      store.tasks.insertRerun({ id: randomUUID(), jobId: t.jobId, first: t.first, count: t.count, chargeClient: false, rerunOf: t.id, nowMs })
    }
    out.jobs.add(t.jobId)
    out.items += t.count
  }
  return out
}

/** A task delivered by a provider banned meanwhile: rejected and re-run like the rest of its work. */
function rejectLate(deps: ExecutionDeps, job: Job, task: TaskRow): void {
  const { store } = deps
  const nowMs = deps.now()
  store.db.transaction(() => {
    store.audits.settle(task.id, 'void', nowMs)
    rejectAndRerun(deps, task, nowMs)
  })()
  job.notify()
}

/** A delivered task that will never be accepted: its results go, its items run again, charged as the task would have been. */
function rejectAndRerun(deps: ExecutionDeps, task: TaskRow, nowMs: number): void {
  const { store } = deps
  if (!store.tasks.reject(task.id, nowMs)) return
  store.results.deleteTask(task.id)
  store.tasks.insertRerun({ id: randomUUID(), jobId: task.jobId, first: task.first, count: task.count, chargeClient: task.chargeClient, rerunOf: task.id, nowMs })
}

/** Slashes the cheater's stake (where this coordinator is its arbiter) with the evidence hash; retried at start until done. */
async function slash(deps: ExecutionDeps, audit: AuditRow, evidenceHash: string): Promise<void> {
  const { verifier, store } = deps
  if (verifier === undefined || verifier.stakes.chain === undefined) return
  try {
    const r = await verifier.stakes.slash(audit.ethAddress as Address, evidenceHash as Hex)
    store.audits.setSlashTx(audit.taskId, r?.tx.hash ?? 'none')
    if (r === undefined) return
    verifier.log?.('stake slashed', { provider: audit.provider, ethAddress: audit.ethAddress, amount: r.amount.toString(), tx: r.tx.hash, evidenceHash })
    verifier.events.emit('slashed', { providerId: audit.provider, ethAddress: audit.ethAddress, amount: r.amount, txHash: r.tx.hash, evidenceHash })
  } catch (err) {
    const error = toRigpoolError(err, 'E_CHAIN')
    verifier.log?.('slash failed; retried at the next start', { provider: audit.provider, code: error.code, message: error.message })
  }
}

/** After a restart: draw or re-run every undecided audit, and send slashes that never went out. */
export function resumeAudits(deps: ExecutionDeps): number {
  const { store, verifier } = deps
  if (verifier === undefined) return 0
  const undecided = store.audits.undecided()
  for (const a of undecided) {
    const job = deps.flow?.job(a.jobId)
    const task = store.tasks.get(a.taskId)
    if (job === undefined || task === undefined) {
      store.audits.settle(a.taskId, 'void', deps.now())
      continue
    }
    if (a.state === 'committed') void afterDelivery(deps, job, task, a.provider).catch((err: unknown) => verifier.log?.('audit draw failed', { taskId: a.taskId, message: String(err) }))
    else void runAudit(deps, job, task, a.provider)
  }
  for (const a of store.audits.unslashed()) if (a.evidenceHash !== null) void slash(deps, a, a.evidenceHash)
  return undecided.length
}
