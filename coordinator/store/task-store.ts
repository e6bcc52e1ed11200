import type { Db } from './database.ts'

/** DESIGN.md §5: queued → assigned → running → delivered → accepted; lost → queued again; a cheater's delivered task → rejected. */
export type TaskState = 'queued' | 'assigned' | 'running' | 'delivered' | 'accepted' | 'cancelled' | 'rejected'

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
  /** False for a free re-run of items the client already paid for (a caught cheater's accepted task). */
  chargeClient: boolean
  /** The cheater's task whose items this one re-runs. */
  rerunOf: string | null
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
  charge_client: number
  rerun_of: string | null
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
  chargeClient: r.charge_client !== 0,
  rerunOf: r.rerun_of,
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
      // A task awaiting its audit decision keeps its job open (optimistic delivery accepts it first).
      openOfJob: db.prepare(
        `SELECT COUNT(*) AS n FROM tasks t WHERE t.job_id = ? AND (t.state NOT IN ('accepted', 'cancelled', 'rejected')
         OR EXISTS (SELECT 1 FROM audits a WHERE a.task_id = t.id AND a.state IN ('committed', 'pending')))`,
      ),
      providersOfJob: db.prepare(`SELECT DISTINCT provider FROM tasks WHERE job_id = ? AND provider IS NOT NULL`),
      countByState: db.prepare('SELECT state, COUNT(*) AS n FROM tasks GROUP BY state'),
      rerun: db.prepare('SELECT COALESCE(SUM(count), 0) AS n FROM tasks WHERE job_id = ? AND (attempts > 1 OR rerun_of IS NOT NULL)'),
      insertRerun: db.prepare(
        `INSERT INTO tasks (id, job_id, first, count, state, attempts, queued_ms, updated_ms, charge_client, rerun_of)
         VALUES (@id, @jobId, @first, @count, 'queued', 0, @nowMs, @nowMs, @chargeClient, @rerunOf)`,
      ),
      ofProvider: db.prepare(`SELECT * FROM tasks WHERE provider = ? AND state IN ('assigned', 'running', 'delivered', 'accepted')`),
      reject: db.prepare(`UPDATE tasks SET state = 'rejected', updated_ms = ? WHERE id = ? AND state = 'delivered'`),
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

  /** A queued task that re-runs a caught cheater's items elsewhere (free to the client when it had paid already). */
  insertRerun(t: { id: string; jobId: string; first: number; count: number; chargeClient: boolean; rerunOf: string; nowMs: number }): void {
    this.stmts.insertRerun.run({ ...t, chargeClient: t.chargeClient ? 1 : 0 })
  }

  /** The provider's tasks that ran or run (for re-running a cheater's items). */
  ofProvider(provider: string): TaskRow[] {
    return (this.stmts.ofProvider.all(provider) as RawTask[]).map(toRow)
  }

  /** delivered → rejected: a caught cheater's results that were never accepted. */
  reject(id: string, nowMs: number): boolean {
    return this.stmts.reject.run(nowMs, id).changes === 1
  }
}
