import { randomUUID } from 'node:crypto'
import { costOfItems, pricePerMillionItems, RigpoolError, toRigpoolError, verifyCommitment, type NamedTensors } from '../../protocol/index.ts'
import type { ProviderEntry, ProviderRegistry } from '../book/provider-registry.ts'
import type { Job, Task } from './job.ts'

export interface SchedulerOptions {
  registry: ProviderRegistry
  /** Attempts per task before its job fails. */
  maxAttempts?: number
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

/** Splits jobs into tasks, assigns them to idle providers by expected cost per item, re-queues lost ones. */
export class Scheduler {
  private readonly registry: ProviderRegistry
  private readonly queue: Array<{ job: Job; task: Task }> = []
  private readonly maxAttempts: number
  private readonly log: SchedulerOptions['log']
  private readonly running = new Map<string, AbortController>()

  constructor(options: SchedulerOptions) {
    this.registry = options.registry
    this.maxAttempts = options.maxAttempts ?? 5
    this.log = options.log
    this.registry.onChange(() => this.pump())
  }

  /** Splits a job into tasks and queues them. */
  submit(job: Job): void {
    const providers = Math.max(1, Math.min(job.spec.spread || Infinity, this.registry.all().length))
    // Several tasks per provider so a fast one takes more of the job; bounded so a task stays small.
    const size = Math.max(1, Math.min(256, Math.ceil(job.items.length / (providers * 4))))
    for (let first = 0; first < job.items.length; first += size) {
      const task: Task = { id: randomUUID(), jobId: job.id, first, count: Math.min(size, job.items.length - first), state: 'queued', attempts: 0 }
      job.tasks.push(task)
      this.queue.push({ job, task })
    }
    this.pump()
  }

  /** Cancels a job's queued and running tasks. */
  cancel(job: Job): void {
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i]!.job === job) this.queue.splice(i, 1)
    for (const task of job.tasks) this.running.get(task.id)?.abort(new RigpoolError('E_CANCELLED', 'job cancelled'))
    job.finish('cancelled')
  }

  /** Expected price per million items of `modelId` on a provider (bigint base units). */
  static priceFor(p: ProviderEntry, modelId: string): bigint | undefined {
    const offer = p.advert.models.find((m) => m.modelId === modelId)
    if (offer !== undefined) return offer.pricePerMillionItems
    const observed = p.observedItemsPerSecond.get(modelId)
    return observed === undefined ? undefined : pricePerMillionItems(p.advert.pricePerGpuHour, observed)
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const idle = this.registry.idle()
      if (idle.length === 0) return
      const { job, task } = this.queue[0]!
      if (job.isFinished) {
        this.queue.shift()
        continue
      }
      const allowed = idle.filter((p) => job.spec.spread === 0 || job.providers.has(p.peerId.toString()) || job.providers.size < job.spec.spread)
      if (allowed.length === 0) return
      // Cheapest known price per item first; unmeasured providers rank by hourly price.
      allowed.sort((a, b) => {
        const pa = Scheduler.priceFor(a, job.spec.modelId)
        const pb = Scheduler.priceFor(b, job.spec.modelId)
        if (pa !== undefined && pb !== undefined && pa !== pb) return pa < pb ? -1 : 1
        if (a.advert.pricePerGpuHour !== b.advert.pricePerGpuHour) return a.advert.pricePerGpuHour < b.advert.pricePerGpuHour ? -1 : 1
        return a.itemsDone - b.itemsDone
      })
      this.queue.shift()
      void this.execute(allowed[0]!, job, task)
    }
  }

  private async execute(provider: ProviderEntry, job: Job, task: Task): Promise<void> {
    const peer = provider.peerId.toString()
    provider.isBusy = true
    task.state = 'assigned'
    task.provider = peer
    task.attempts++
    job.providers.add(peer)
    if (job.state === 'queued') job.state = 'running'
    const controller = new AbortController()
    this.running.set(task.id, controller)
    const items = job.items.slice(task.first, task.first + task.count)
    const received: Array<NamedTensors | undefined> = new Array(task.count)
    const price = Scheduler.priceFor(provider, job.spec.modelId)
    const started = performance.now()
    try {
      const result = await provider.channel.run(
        {
          taskId: task.id,
          modelId: job.spec.modelId,
          itemCount: task.count,
          sharedInputs: job.spec.sharedInputs,
          outputNames: job.spec.outputNames,
          pricePerMillionItems: price ?? 0n,
          deadlineMs: Math.max(10_000, Math.min(job.spec.deadlineMs || 600_000, 600_000)),
          settings: job.spec.settings,
          firstIndex: task.first,
        },
        items,
        (index, outputs) => {
          received[index] = outputs
        },
        controller.signal,
      )
      await verifyCommitment(provider.advert.ethAddress, task.id, job.spec.modelId, task.count, result.commitmentRoot, result.signature)
      task.state = 'delivered'
      const seconds = Math.max((performance.now() - started) / 1000, 1e-6)
      provider.observedItemsPerSecond.set(job.spec.modelId, task.count / seconds)
      provider.itemsDone += task.count
      // Unmeasured price: the hourly price over the measured compute time, rounded up once.
      job.spent += price !== undefined ? costOfItems(BigInt(task.count), price) : (provider.advert.pricePerGpuHour * BigInt(Math.max(1, result.computeMs)) + 3_599_999n) / 3_600_000n
      task.state = 'accepted'
      received.forEach((outputs, i) => job.addResult(task.first + i, outputs!))
      if (job.itemsDone === job.items.length) job.finish('completed')
    } catch (err) {
      const error = toRigpoolError(err, 'E_INTERNAL')
      this.log?.('task lost', { taskId: task.id, provider: peer, code: error.code, message: error.message })
      if (job.isFinished) return
      if (error.code === 'E_INPUT_MISMATCH' || error.code === 'E_BAD_MODEL' || task.attempts >= this.maxAttempts) {
        job.finish('failed', `${error.code}: ${error.message}`)
        this.cancel(job)
      } else {
        task.state = 'queued'
        this.queue.unshift({ job, task })
      }
    } finally {
      this.running.delete(task.id)
      provider.isBusy = false
      this.registry.changed()
    }
  }

  /** Re-queues the running tasks of a provider that left (their streams fail and re-queue themselves). */
  providerGone(peerId: string): void {
    const entry = this.registry.get(peerId)
    entry?.channel.close()
  }
}
