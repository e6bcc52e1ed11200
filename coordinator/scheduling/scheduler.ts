import { randomUUID } from 'node:crypto'
import { RigpoolError, toRigpoolError } from '../../protocol/index.ts'
import type { ProviderEntry, ProviderRegistry } from '../book/provider-registry.ts'
import { bestOffer, priceOf, rejectionOf, taskSizeFor, type RankedOffer, type Requirements, type TaskSizing } from '../matching/index.ts'
import { DEFAULT_TASK_SIZING } from '../matching/task-size.ts'
import type { ModelRegistry } from '../models/model-registry.ts'
import type { CoordinatorMetrics } from '../observability/metrics.ts'
import type { LogFn } from '../observability/logger.ts'
import { reputationOf, type Store, type TaskRow } from '../store/index.ts'
import { Job } from './job.ts'
import type { PayoutHooks } from './payout-hooks.ts'
import { resumeAudits } from './task-audit.ts'
import { acceptTask, clearTask, executeTask, type ExecutionDeps } from './task-execution.ts'
import type { Verifier } from '../verification/verifier.ts'

export interface SchedulerOptions {
  store: Store
  registry: ProviderRegistry
  models: ModelRegistry
  jobs: Map<string, Job>
  metrics: CoordinatorMetrics
  /** Attempts per task before its job fails. */
  maxAttempts?: number
  sizing?: Partial<TaskSizing>
  backoffBaseMs?: number
  backoffMaxMs?: number
  log?: LogFn
  now?: () => number
  payouts?: PayoutHooks
  verifier?: Verifier
}

type LossReason = 'handBack' | 'paused' | 'gone' | 'deadline' | 'error'

interface Running {
  controller: AbortController
  provider: ProviderEntry
  job: Job
}

/** Assigns tasks to providers by expected cost per item, runs them, re-queues lost ones with backoff. */
export class Scheduler {
  private readonly o: SchedulerOptions
  private readonly sizing: TaskSizing
  private readonly deps: ExecutionDeps
  private readonly active = new Set<Job>()
  private readonly running = new Map<string, Running>()
  private isPumping = false
  private isPumpAgain = false
  private isStopped = false
  private timer: NodeJS.Timeout | undefined
  private readonly offChange: () => void

  constructor(options: SchedulerOptions) {
    this.o = options
    this.sizing = { ...DEFAULT_TASK_SIZING, ...options.sizing }
    this.deps = {
      store: options.store,
      metrics: options.metrics,
      now: () => this.now(),
      payouts: options.payouts,
      verifier: options.verifier,
      flow: {
        job: (jobId) => this.job(jobId),
        reopened: (job) => this.reopened(job),
        providerBanned: (providerId) => this.providerBanned(providerId),
        isStopped: () => this.isStopped,
      },
    }
    this.offChange = options.registry.onChange(() => this.pump())
  }

  private now(): number {
    return this.o.now?.() ?? Date.now()
  }

  /**
   * After a restart: in-flight tasks go back to the queue (the attempt refunded), delivered
   * ones are accepted unless an audit decision is due (resumed), unfinished jobs resume.
   */
  recover(): { requeued: number; accepted: number; jobs: number; audits: number } {
    const { store } = this.o
    const nowMs = this.now()
    store.providers.closeDanglingSessions(nowMs)
    const inFlight = store.tasks.inFlight()
    for (const t of inFlight) store.tasks.requeue(t.id, nowMs, nowMs, true)
    const unfinished = store.jobs.unfinished()
    for (const row of unfinished) this.track(new Job(row))
    const delivered = store.tasks.delivered().filter((t) => {
      const audit = this.deps.verifier === undefined ? undefined : store.audits.get(t.id)
      return audit === undefined || !['committed', 'pending'].includes(audit.state)
    })
    for (const t of delivered) {
      const job = this.job(t.jobId)
      if (job === undefined) continue
      acceptTask(this.deps, job, t, t.provider ?? '')
      clearTask(this.deps, job, t, t.provider ?? '')
    }
    const audits = resumeAudits(this.deps)
    this.pump()
    return { requeued: inFlight.length, accepted: delivered.length, jobs: unfinished.length, audits }
  }

  /** The live view of a job, loading it from the database when it is not in memory. */
  job(jobId: string): Job | undefined {
    const known = this.o.jobs.get(jobId)
    if (known !== undefined) return known
    const row = this.o.store.jobs.get(jobId)
    if (row === undefined) return undefined
    const job = new Job(row)
    this.track(job)
    return job
  }

  private track(job: Job): void {
    for (const p of this.o.store.tasks.providersOf(job.id)) job.providers.add(p)
    if (job.itemBytes === 0) job.itemBytes = this.o.store.jobs.meanItemBytes(job.id)
    this.o.jobs.set(job.id, job)
    if (!job.isFinished) this.active.add(job)
  }

  /** Forgets a finished job's live view (retention). */
  forget(jobId: string): void {
    const job = this.o.jobs.get(jobId)
    if (job !== undefined && job.isFinished) this.o.jobs.delete(jobId)
  }

  /** A job was stored: start scheduling it. */
  submitted(jobId: string): Job {
    const job = this.job(jobId)!
    this.pump()
    return job
  }

  /** What a job needs from a provider. */
  requirements(job: Pick<Job, 'spec'>): Requirements {
    const model = this.o.models.get(job.spec.modelId)
    return { modelId: job.spec.modelId, modelBytes: model?.signature.sizeBytes ?? 0, settings: job.spec.settings }
  }

  /** Cancels a job: its tasks are cancelled, running ones stopped. */
  cancel(job: Job): void {
    this.end(job, 'cancelled', '')
  }

  private end(job: Job, state: 'cancelled' | 'failed', error: string): void {
    const { store } = this.o
    const nowMs = this.now()
    let ended = false
    store.db.transaction(() => {
      ended = store.jobs.finish(job.id, state, error, nowMs)
      if (ended) store.tasks.cancelJob(job.id, nowMs)
    })()
    if (!ended) return
    job.state = state
    job.error = error
    this.active.delete(job)
    for (const r of this.running.values()) if (r.job === job) r.controller.abort(new RigpoolError('E_CANCELLED', `job ${state}`))
    this.o.log?.(`job ${state}`, { jobId: job.id, error })
    job.notify()
  }

  /** The provider paused for its owner: its tasks are handed back now, or after the grace period. */
  providerPaused(peerId: string, handBack: boolean, graceMs: number): void {
    const stop = (): void => this.stopTasksOf(peerId, 'paused')
    if (handBack || graceMs <= 0) stop()
    else setTimeout(() => this.o.registry.get(peerId)?.state === 'paused' && stop(), Math.min(graceMs, 600_000)).unref()
  }

  /** The provider handed one task back. */
  handBack(peerId: string, taskId: string): void {
    const r = this.running.get(taskId)
    if (r !== undefined && r.provider.id === peerId) r.controller.abort(lossError('handBack', 'task handed back'))
  }

  /** A completed job has a caught cheater's items to re-run: schedule it again. */
  private reopened(job: Job): void {
    job.state = 'running'
    this.active.add(job)
    this.pump()
  }

  /** A caught cheater: no more tasks, its running ones stopped (and re-queued elsewhere). */
  private providerBanned(peerId: string): void {
    const entry = this.o.registry.get(peerId)
    if (entry !== undefined) entry.isBanned = true
    this.stopTasksOf(peerId, 'error')
    this.pump()
  }

  /** The provider's session ended: its running tasks are lost and re-queued. */
  providerGone(peerId: string): void {
    this.stopTasksOf(peerId, 'gone')
  }

  private stopTasksOf(peerId: string, reason: LossReason): void {
    for (const r of this.running.values()) if (r.provider.id === peerId) r.controller.abort(lossError(reason, `provider ${reason}`))
  }

  /** Stops scheduling; running tasks stay `assigned`/`running` in the database and are re-queued on the next start. */
  stop(): void {
    this.isStopped = true
    this.offChange()
    clearTimeout(this.timer)
    for (const r of this.running.values()) r.controller.abort(new RigpoolError('E_ABORTED', 'coordinator stopping'))
  }

  /** Matches due work to idle providers; re-entrant calls fold into one more pass. */
  pump(): void {
    if (this.isStopped) return
    if (this.isPumping) {
      this.isPumpAgain = true
      return
    }
    this.isPumping = true
    try {
      do {
        this.isPumpAgain = false
        this.pumpOnce()
      } while (this.isPumpAgain)
    } catch (err) {
      this.o.log?.('scheduler pass failed', { message: toRigpoolError(err, 'E_INTERNAL').message })
    } finally {
      this.isPumping = false
    }
  }

  private pumpOnce(): void {
    const { store } = this.o
    const nowMs = this.now()
    for (const job of this.active) if (nowMs > job.deadlineAtMs) this.end(job, 'failed', 'E_TIMEOUT: the job passed its deadline')
    let idle = this.o.registry.idle()
    const take = (p: ProviderEntry): void => {
      idle = idle.filter((e) => e !== p)
    }
    if (idle.length > 0) {
      for (const task of store.tasks.queued(nowMs, 256)) {
        if (idle.length === 0) break
        const job = this.job(task.jobId)
        if (job === undefined || job.isFinished) continue
        const offer = this.pick(job, idle)
        if (offer === undefined) continue
        if (!store.tasks.assign(task.id, offer.entry.id, offer.pricePerMillionItems, nowMs)) continue
        this.o.metrics.queueWait.observe(Math.max(0, nowMs - task.queuedMs) / 1000)
        take(offer.entry)
        this.start(offer.entry, job, { ...task, state: 'assigned', provider: offer.entry.id, attempts: task.attempts + 1, pricePerMillion: offer.pricePerMillionItems })
      }
    }
    const jobs = [...this.active].sort((a, b) => a.createdMs - b.createdMs)
    for (const job of jobs) {
      while (idle.length > 0 && job.nextItem < job.itemCount && !job.isFinished) {
        const offer = this.pick(job, idle)
        if (offer === undefined) break
        this.carve(job, offer, nowMs)
        take(offer.entry)
      }
      if (idle.length === 0) break
    }
    this.armTimer(nowMs)
  }

  /** The best idle provider for a job: hard filters, price cap, spread, then rank. */
  private pick(job: Job, idle: readonly ProviderEntry[]): RankedOffer<ProviderEntry> | undefined {
    const req = this.requirements(job)
    const cap = job.spec.priceCapPerMillionItems
    const spread = job.spec.spread
    let usedOnline = 0
    if (spread > 0) for (const p of job.providers) if (this.o.registry.get(p) !== undefined) usedOnline++
    return bestOffer(idle, req, (e) => {
      if (spread > 0 && !job.providers.has(e.id) && usedOnline >= spread) return false
      return priceOf(e, req.modelId) <= cap
    })
  }

  private carve(job: Job, offer: RankedOffer<ProviderEntry>, nowMs: number): void {
    const { store, registry } = this.o
    const req = this.requirements(job)
    const able = registry.all().filter((e) => rejectionOf(e, req) === undefined).length
    const sharing = job.spec.spread > 0 ? Math.min(job.spec.spread, able) : able
    const maxTaskBytes = offer.entry.advert.maxTaskBytes
    const byBytes = maxTaskBytes > 0 && job.itemBytes > 0 ? Math.max(1, Math.floor((maxTaskBytes * 0.9) / job.itemBytes)) : Infinity
    const count = taskSizeFor(offer.itemsPerSecond, job.itemCount - job.nextItem, sharing, this.sizing, byBytes)
    const task: TaskRow = {
      id: randomUUID(),
      jobId: job.id,
      first: job.nextItem,
      count,
      state: 'assigned',
      attempts: 1,
      provider: offer.entry.id,
      pricePerMillion: offer.pricePerMillionItems,
      notBeforeMs: 0,
      queuedMs: nowMs,
      updatedMs: nowMs,
      chargeClient: true,
      rerunOf: null,
    }
    // The task exists, assigned, before anything is sent to the provider.
    store.db.transaction(() => {
      if (!store.jobs.carve(job.id, task.first, task.first + count)) throw new RigpoolError('E_INTERNAL', `job ${job.id} carved twice`)
      store.tasks.insertAssigned({ ...task, price: task.pricePerMillion, provider: offer.entry.id, nowMs })
      store.jobs.markRunning(job.id)
    })()
    this.o.metrics.queueWait.observe(Math.max(0, nowMs - job.createdMs) / 1000)
    job.nextItem += count
    if (job.state === 'queued') job.state = 'running'
    job.providers.add(offer.entry.id)
    this.start(offer.entry, job, task)
  }

  private start(provider: ProviderEntry, job: Job, task: TaskRow): void {
    const controller = new AbortController()
    this.running.set(task.id, { controller, provider, job })
    provider.running.set(task.id, controller)
    provider.isBusy = true
    void this.execute(provider, job, task, controller)
  }

  private async execute(provider: ProviderEntry, job: Job, task: TaskRow, controller: AbortController): Promise<void> {
    try {
      await executeTask(this.deps, provider, job, task, controller.signal)
    } catch (err) {
      if (!this.isStopped) this.lost(provider, job, task, err, controller.signal)
    } finally {
      this.running.delete(task.id)
      provider.running.delete(task.id)
      provider.isBusy = provider.running.size > 0
      if (!this.isStopped) this.o.registry.changed()
    }
  }

  private lost(provider: ProviderEntry, job: Job, task: TaskRow, err: unknown, signal: AbortSignal): void {
    const { store, metrics } = this.o
    const error = toRigpoolError(signal.aborted ? signal.reason : err, 'E_INTERNAL')
    const reason = (error.details?.lossReason as LossReason | undefined) ?? (error.code === 'E_TIMEOUT' ? 'deadline' : 'error')
    this.o.log?.('task lost', { taskId: task.id, jobId: job.id, provider: provider.id, reason, code: error.code, message: error.message })
    if (job.isFinished) return
    if (error.code === 'E_INPUT_MISMATCH' || error.code === 'E_BAD_MODEL') return this.end(job, 'failed', `${error.code}: ${error.message}`)
    const nowMs = this.now()
    const attempts = store.tasks.get(task.id)?.attempts ?? task.attempts
    if (attempts >= (this.o.maxAttempts ?? 8)) {
      return this.end(job, 'failed', `items ${task.first}..${task.first + task.count - 1} failed ${attempts} times; last: ${error.code}: ${error.message}`)
    }
    const base = this.o.backoffBaseMs ?? 200
    const backoff = Math.min(this.o.backoffMaxMs ?? 10_000, base * 2 ** (attempts - 1))
    if (store.tasks.requeue(task.id, nowMs + backoff, nowMs)) {
      metrics.requeues.inc({ reason })
      // The owner taking the rig back is a provider's right, not a fault.
      if (reason !== 'handBack' && reason !== 'paused') {
        store.providers.recordLost(provider.id)
        const record = store.providers.get(provider.id)
        if (record !== undefined) provider.reputation = reputationOf(record)
      }
    }
  }

  private armTimer(nowMs: number): void {
    clearTimeout(this.timer)
    const due = this.o.store.tasks.nextQueuedAt()
    const deadlines = [...this.active].map((j) => j.deadlineAtMs)
    const next = Math.min(due !== undefined && due > nowMs ? due : Infinity, ...deadlines.map((d) => d + 1))
    if (Number.isFinite(next)) this.timer = setTimeout(() => this.pump(), Math.max(10, Math.min(next - nowMs, 60_000))).unref()
  }

  get activeJobs(): number {
    return this.active.size
  }

  get runningTasks(): number {
    return this.running.size
  }
}

function lossError(reason: LossReason, message: string): RigpoolError {
  return new RigpoolError('E_CANCELLED', message, { details: { lossReason: reason } })
}
