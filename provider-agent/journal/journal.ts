import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { RigpoolError } from '../../protocol/index.ts'

/** A task's life on this rig; every row ends in one of the last four. */
export type JournalTaskState = 'received' | 'started' | 'finished' | 'failed' | 'handed_back' | 'interrupted'

export interface JournalTask {
  taskId: string
  modelId: string
  itemCount: number
  state: JournalTaskState
  receivedAtMs: number
  startedAtMs: number | null
  endedAtMs: number | null
  computeMs: number | null
  errorCode: string | null
}

export interface AgentStatusRow {
  state: string
  reason: string
  peerId: string
  pid: number
  updatedAtMs: number
}

const MIGRATIONS: string[] = [
  `CREATE TABLE tasks (
     task_id TEXT PRIMARY KEY,
     model_id TEXT NOT NULL,
     item_count INTEGER NOT NULL,
     state TEXT NOT NULL,
     received_at_ms INTEGER NOT NULL,
     started_at_ms INTEGER,
     ended_at_ms INTEGER,
     compute_ms INTEGER,
     error_code TEXT
   );
   CREATE INDEX tasks_by_time ON tasks(received_at_ms);
   CREATE TABLE agent_status (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     state TEXT NOT NULL,
     reason TEXT NOT NULL,
     peer_id TEXT NOT NULL,
     pid INTEGER NOT NULL,
     updated_at_ms INTEGER NOT NULL
   );`,
]

/** The provider's SQLite journal of tasks (WAL): what it received, ran, finished or handed back. */
export class TaskJournal {
  readonly db: Database.Database

  private constructor(db: Database.Database) {
    this.db = db
  }

  /** Opens (creating and migrating) `<dataDir>/journal.sqlite`; rows left mid-task by a crash become `interrupted`. */
  static open(dataDir: string, options: { readonly?: boolean; nowMs?: number } = {}): TaskJournal {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    let db: Database.Database
    try {
      db = new Database(join(dataDir, 'journal.sqlite'), {
        readonly: options.readonly === true,
        fileMustExist: options.readonly === true,
      })
    } catch (err) {
      throw new RigpoolError('E_STORAGE', `cannot open the task journal in ${dataDir}: ${String(err)}`, { cause: err })
    }
    if (options.readonly === true) return new TaskJournal(db)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    const version = db.pragma('user_version', { simple: true }) as number
    for (let v = version; v < MIGRATIONS.length; v++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[v]!)
        db.pragma(`user_version = ${v + 1}`)
      })()
    }
    const journal = new TaskJournal(db)
    journal.recover(options.nowMs ?? Date.now())
    return journal
  }

  /** After a crash: tasks that never reached an end state are recorded as interrupted (the coordinator re-queues them). */
  recover(nowMs: number): number {
    return this.db
      .prepare(
        `UPDATE tasks SET state = 'interrupted', ended_at_ms = ?, error_code = 'E_INTERRUPTED' WHERE state IN ('received', 'started')`,
      )
      .run(nowMs).changes
  }

  received(taskId: string, modelId: string, itemCount: number, nowMs = Date.now()): void {
    // A re-sent task id (the coordinator retrying on us) starts a fresh row.
    this.db
      .prepare(
        `INSERT INTO tasks (task_id, model_id, item_count, state, received_at_ms) VALUES (?, ?, ?, 'received', ?)
         ON CONFLICT(task_id) DO UPDATE SET state = 'received', received_at_ms = excluded.received_at_ms,
           started_at_ms = NULL, ended_at_ms = NULL, compute_ms = NULL, error_code = NULL`,
      )
      .run(taskId, modelId, itemCount, nowMs)
  }

  started(taskId: string, nowMs = Date.now()): void {
    this.db.prepare(`UPDATE tasks SET state = 'started', started_at_ms = ? WHERE task_id = ?`).run(nowMs, taskId)
  }

  /** Records a task's end state once; a later end (a late abort after finishing) does not overwrite it. */
  ended(
    taskId: string,
    state: 'finished' | 'failed' | 'handed_back',
    details: { computeMs?: number; errorCode?: string } = {},
    nowMs = Date.now(),
  ): void {
    this.db
      .prepare(
        `UPDATE tasks SET state = ?, ended_at_ms = ?, compute_ms = ?, error_code = ?
         WHERE task_id = ? AND state IN ('received', 'started')`,
      )
      .run(state, nowMs, details.computeMs ?? null, details.errorCode ?? null, taskId)
  }

  task(taskId: string): JournalTask | undefined {
    const row = this.db.prepare(`SELECT * FROM tasks WHERE task_id = ?`).get(taskId) as
      Record<string, unknown> | undefined
    return row === undefined ? undefined : toTask(row)
  }

  /** Tasks received since `sinceMs`, newest first. */
  tasksSince(sinceMs: number, limit = 1000): JournalTask[] {
    const rows = this.db
      .prepare(`SELECT * FROM tasks WHERE received_at_ms >= ? ORDER BY received_at_ms DESC LIMIT ?`)
      .all(sinceMs, limit)
    return (rows as Array<Record<string, unknown>>).map(toTask)
  }

  /** Tasks not yet ended (running now, or left by a crash before recover()). */
  openTasks(): JournalTask[] {
    const rows = this.db
      .prepare(`SELECT * FROM tasks WHERE state IN ('received', 'started') ORDER BY received_at_ms`)
      .all()
    return (rows as Array<Record<string, unknown>>).map(toTask)
  }

  /** Per state: tasks and items since `sinceMs`. */
  summarySince(sinceMs: number): Record<JournalTaskState, { tasks: number; items: number }> {
    const out = Object.fromEntries(
      (['received', 'started', 'finished', 'failed', 'handed_back', 'interrupted'] as const).map((s) => [
        s,
        { tasks: 0, items: 0 },
      ]),
    ) as Record<JournalTaskState, { tasks: number; items: number }>
    const rows = this.db
      .prepare(
        `SELECT state, COUNT(*) AS tasks, COALESCE(SUM(item_count), 0) AS items FROM tasks WHERE received_at_ms >= ? GROUP BY state`,
      )
      .all(sinceMs) as Array<{ state: JournalTaskState; tasks: number; items: number }>
    for (const r of rows) out[r.state] = { tasks: r.tasks, items: r.items }
    return out
  }

  setStatus(status: AgentStatusRow): void {
    this.db
      .prepare(
        `INSERT INTO agent_status (id, state, reason, peer_id, pid, updated_at_ms) VALUES (1, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET state = excluded.state, reason = excluded.reason, peer_id = excluded.peer_id,
           pid = excluded.pid, updated_at_ms = excluded.updated_at_ms`,
      )
      .run(status.state, status.reason, status.peerId, status.pid, status.updatedAtMs)
  }

  status(): AgentStatusRow | undefined {
    const r = this.db.prepare(`SELECT * FROM agent_status WHERE id = 1`).get() as Record<string, unknown> | undefined
    if (r === undefined) return undefined
    return {
      state: String(r.state),
      reason: String(r.reason),
      peerId: String(r.peer_id),
      pid: Number(r.pid),
      updatedAtMs: Number(r.updated_at_ms),
    }
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}

function toTask(r: Record<string, unknown>): JournalTask {
  const n = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v))
  return {
    taskId: String(r.task_id),
    modelId: String(r.model_id),
    itemCount: Number(r.item_count),
    state: r.state as JournalTaskState,
    receivedAtMs: Number(r.received_at_ms),
    startedAtMs: n(r.started_at_ms),
    endedAtMs: n(r.ended_at_ms),
    computeMs: n(r.compute_ms),
    errorCode: r.error_code === null ? null : String(r.error_code),
  }
}
