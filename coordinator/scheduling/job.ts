import type { JobSpec, JobState, JobStatus, NamedTensors } from '../../protocol/index.ts'

export type TaskState = 'queued' | 'assigned' | 'delivered' | 'accepted'

/** A chunk of a job's items run by one provider (DESIGN.md §5). */
export interface Task {
  id: string
  jobId: string
  first: number
  count: number
  state: TaskState
  attempts: number
  provider?: string
}

/** One client request: its items, the results as they arrive, and its tasks. */
export class Job {
  readonly id: string
  readonly spec: JobSpec
  readonly items: NamedTensors[]
  readonly results: Array<NamedTensors | undefined>
  readonly tasks: Task[] = []
  readonly providers = new Set<string>()
  readonly createdMs = Date.now()
  state: JobState = 'queued'
  error = ''
  spent = 0n
  itemsDone = 0
  itemsDelivered = 0
  firstResultMs: number | undefined
  private readonly listeners = new Set<() => void>()

  constructor(id: string, spec: JobSpec, items: NamedTensors[]) {
    this.id = id
    this.spec = spec
    this.items = items
    this.results = new Array<NamedTensors | undefined>(items.length)
  }

  /** Records one item's outputs (first one wins: a re-run never duplicates). */
  addResult(index: number, outputs: NamedTensors): void {
    if (this.results[index] !== undefined) return
    this.results[index] = outputs
    this.itemsDone++
    this.firstResultMs ??= Date.now()
    if (this.state === 'queued') this.state = 'running'
    this.notify()
  }

  finish(state: JobState, error = ''): void {
    if (this.state === 'completed' || this.state === 'failed' || this.state === 'cancelled') return
    this.state = state
    this.error = error
    this.notify()
  }

  get isFinished(): boolean {
    return this.state === 'completed' || this.state === 'failed' || this.state === 'cancelled'
  }

  onChange(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  notify(): void {
    for (const fn of this.listeners) fn()
  }

  status(): JobStatus {
    const elapsedS = (Date.now() - this.createdMs) / 1000
    const rate = elapsedS > 0 ? this.itemsDone / elapsedS : 0
    const left = this.items.length - this.itemsDone
    return {
      jobId: this.id,
      state: this.state,
      itemsTotal: this.items.length,
      itemsDone: this.itemsDone,
      itemsDelivered: this.itemsDelivered,
      spent: this.spent,
      itemsPerSecond: rate,
      etaMs: rate > 0 ? Math.round((left / rate) * 1000) : 0,
      providers: this.providers.size,
      error: this.error,
    }
  }
}
