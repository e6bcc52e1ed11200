import type { Db } from './database.ts'

/** DESIGN.md §5: queued → assigned → running → delivered → accepted; lost → queued again. */
export type TaskState = 'queued' | 'assigned' | 'running' | 'delivered' | 'accepted' | 'cancelled'

export interface TaskRow {
  id: string
  jobId: string
  first: number
  count: number
  state: TaskState
  attempts: number
  provider: string | null
  pricePerMillion: bigint | null
  notBeforeMs: number
  queuedMs: number
  updatedMs: number
}

interface RawTask {
  id: string
  job_id: string
  first: number
  count: number
  state: string
  attempts: number
  provider: string | null
  price_per_million: string | null
  not_before_ms: number
  queued_ms: number
  updated_ms: number
}

const toRow = (r: RawTask): TaskRow => ({
  id: r.id,
  jobId: r.job_id,
  first: r.first,
  count: r.count,
  state: r.state as TaskState,
  attempts: r.attempts,
  provider: r.provider,
  pricePerMillion: r.price_per_million === null ? null : BigInt(r.price_per_million),
  notBeforeMs: r.not_before_ms,
  queuedMs: r.queued_ms,
  updatedMs: r.updated_ms,
})

/** tasks: every transition is a compare-and-set on the state, so a late message cannot move a task twice. */
export class TaskStore {
  private readonly stmts

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO tasks (id, job_id, first, count, state, attempts, provider, price_per_million, queued_ms, updated_ms)
         VALUES (@id, @jobId, @first, @count, 'assigned', 1, @provider, @price, @nowMs, @nowMs)`,
      ),
      get: db.prepare('SELECT * FROM tasks WHERE id = ?'),
      queued: db.prepare(`SELECT * FROM tasks WHERE state = 'queued' AND not_before_ms <= ? ORDER BY queued_ms, first LIMIT ?`),
      nextQueuedAt: db.prepare(`SELECT MIN(not_before_ms) AS t FROM tasks WHERE state = 'queued'`),
      assign: db.prepare(
        `UPDATE tasks SET state = 'assigned', provider = ?, price_per_million = ?, attempts = attempts + 1, updated_ms = ? WHERE id = ? AND state = 'queued'`,
      ),
      move: db.prepare('UPDATE tasks SET state = ?, updated_ms = ? WHERE id = ? AND state = ?'),
      accept: db.prepare(`UPDATE tasks SET state = 'accepted', cost = ?, updated_ms = ? WHERE id = ? AND state = 'delivered'`),
      requeue: db.prepare(
        `UPDATE tasks SET state = 'queued', not_before_ms = ?, attempts = attempts - ?, queued_ms = ?, updated_ms = ? WHERE id = ? AND state IN ('assigned', 'running')`,
      ),
      inFlight: db.prepare(`SELECT * FROM tasks WHERE state IN ('assigned', 'running')`),
      delivered: db.prepare(`SELECT * FROM tasks WHERE state = 'delivered'`),
      cancelJob: db.prepare(`UPDATE tasks SET state = 'cancelled', updated_ms = ? WHERE job_id = ? AND state IN ('queued', 'assigned', 'running', 'delivered')`),
      openOfJob: db.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE job_id = ? AND state != 'accepted' AND state != 'cancelled'`),
      providersOfJob: db.prepare(`SELECT DISTINCT provider FROM tasks WHERE job_id = ? AND provider IS NOT NULL`),
      countByState: db.prepare('SELECT state, COUNT(*) AS n FROM tasks GROUP BY state'),
      rerun: db.prepare('SELECT COALESCE(SUM(count), 0) AS n FROM tasks WHERE job_id = ? AND attempts > 1'),
    }
  }

  /** A new task carved from a job, assigned at once (attempt 1). */
  insertAssigned(t: { id: string; jobId: string; first: number; count: number; provider: string; price: bigint | null; nowMs: number }): void {
    this.stmts.insert.run({ ...t, price: t.price?.toString() ?? null })
  }

  get(id: string): TaskRow | undefined {
    const r = this.stmts.get.get(id) as RawTask | undefined
    return r === undefined ? undefined : toRow(r)
  }

  /** Re-queued tasks whose backoff has passed, oldest first. */
  queued(nowMs: number, limit: number): TaskRow[] {
    return (this.stmts.queued.all(nowMs, limit) as RawTask[]).map(toRow)
  }

  /** When the next backed-off task becomes due (undefined when none is queued). */
  nextQueuedAt(): number | undefined {
    return (this.stmts.nextQueuedAt.get() as { t: number | null }).t ?? undefined
  }

  assign(id: string, provider: string, price: bigint | null, nowMs: number): boolean {
    return this.stmts.assign.run(provider, price?.toString() ?? null, nowMs, id).changes === 1
  }

  /** Moves a task from `from` to `to`; false when it was not in `from`. */
  move(id: string, from: TaskState, to: TaskState, nowMs: number): boolean {
    return this.stmts.move.run(to, nowMs, id, from).changes === 1
  }

  accept(id: string, cost: bigint, nowMs: number): boolean {
    return this.stmts.accept.run(cost.toString(), nowMs, id).changes === 1
  }

  /** lost → queued, due at `notBeforeMs`; `refund` gives back the attempt (the coordinator's own fault). */
  requeue(id: string, notBeforeMs: number, nowMs: number, refund = false): boolean {
    return this.stmts.requeue.run(notBeforeMs, refund ? 1 : 0, nowMs, nowMs, id).changes === 1
  }

  inFlight(): TaskRow[] {
    return (this.stmts.inFlight.all() as RawTask[]).map(toRow)
  }

  delivered(): TaskRow[] {
    return (this.stmts.delivered.all() as RawTask[]).map(toRow)
  }

  cancelJob(jobId: string, nowMs: number): void {
    this.stmts.cancelJob.run(nowMs, jobId)
  }

  openTasksOf(jobId: string): number {
    return (this.stmts.openOfJob.get(jobId) as { n: number }).n
  }

  providersOf(jobId: string): string[] {
    return (this.stmts.providersOfJob.all(jobId) as Array<{ provider: string }>).map((r) => r.provider)
  }

  /** Items of a job that ran more than once (lost and re-queued). */
  rerunItems(jobId: string): number {
    return (this.stmts.rerun.get(jobId) as { n: number }).n
  }

  countByState(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const r of this.stmts.countByState.all() as Array<{ state: string; n: number }>) out[r.state] = r.n
    return out
  }
}
