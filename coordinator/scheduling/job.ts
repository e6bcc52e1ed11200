import type { JobSpec, JobState, JobStatus } from '../../protocol/index.ts'
import type { JobRow } from '../store/index.ts'

/** A job's live view: the database holds the truth, this mirrors it and wakes followers. */
export class Job {
  readonly id: string
  readonly client: string
  readonly spec: JobSpec
  readonly itemCount: number
  readonly createdMs: number
  readonly deadlineAtMs: number
  readonly providers = new Set<string>()
  state: JobState
  error: string
  spent: bigint
  /** Exact cost of accepted items (millionths of a base unit). */
  spentExact: bigint
  /** Exact cost of the results delivered to the client: what its channel owes for this job. */
  deliveredExact: bigint
  readonly channelId?: string
  itemsDone: number
  itemsDelivered: number
  nextItem: number
  /** Mean stored bytes of one item's inputs (task byte limits). */
  itemBytes = 0
  private readonly startedMs = Date.now()
  private readonly doneAtStart: number
  private readonly listeners = new Set<() => void>()

  constructor(row: JobRow) {
    this.id = row.id
    this.client = row.client
    this.spec = row.spec
    this.itemCount = row.itemCount
    this.createdMs = row.createdMs
    this.deadlineAtMs = row.deadlineAtMs
    this.state = row.state
    this.error = row.error
    this.spent = row.spent
    this.spentExact = row.spentExact
    this.deliveredExact = row.deliveredExact
    this.channelId = row.channelId
    this.itemsDone = row.itemsDone
    this.itemsDelivered = row.itemsDelivered
    this.nextItem = row.nextItem
    this.doneAtStart = row.itemsDone
  }

  get isFinished(): boolean {
    return this.state === 'completed' || this.state === 'failed' || this.state === 'cancelled'
  }

  /** Calls `fn` on every change (results, state); returns the unsubscribe. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  notify(): void {
    for (const fn of [...this.listeners]) fn()
  }

  /** Resolves on the next change or after `timeoutMs`, whichever first. */
  changed(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        off()
        signal?.removeEventListener('abort', done)
        resolve()
      }
      const timer = setTimeout(done, timeoutMs)
      const off = this.onChange(done)
      signal?.addEventListener('abort', done, { once: true })
    })
  }

  status(): JobStatus {
    const elapsedS = (Date.now() - this.startedMs) / 1000
    const rate = elapsedS > 0 ? (this.itemsDone - this.doneAtStart) / elapsedS : 0
    const left = this.itemCount - this.itemsDone
    return {
      jobId: this.id,
      state: this.state,
      itemsTotal: this.itemCount,
      itemsDone: this.itemsDone,
      itemsDelivered: this.itemsDelivered,
      spent: this.spent,
      itemsPerSecond: rate,
      etaMs: rate > 0 && !this.isFinished ? Math.min(2 ** 32 - 1, Math.round((left / rate) * 1000)) : 0,
      providers: this.providers.size,
      error: this.error,
    }
  }
}
