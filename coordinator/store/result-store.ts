import { decodeClientResponse, encodeClientResponse, RigpoolError, type NamedTensors } from '../../protocol/index.ts'
import type { Db } from './database.ts'

/** Outputs rest in the form they travel in (a JobResult frame). */
function encodeOutputs(jobId: string, index: number, outputs: NamedTensors): Uint8Array {
  return encodeClientResponse({ kind: 'result', jobId, index, outputs, corrected: false })
}

function decodeOutputs(bytes: Uint8Array): NamedTensors {
  const m = decodeClientResponse(bytes)
  if (m.kind !== 'result') throw new RigpoolError('E_STORAGE', 'corrupt stored result')
  return m.outputs
}

/** results: per item, first delivery wins; visible to the client once its task is accepted. */
export class ResultStore {
  private readonly stmts
  /** Bytes of results on disk, kept as a running figure for the quota check. */
  private bytes: number

  constructor(db: Db) {
    this.stmts = {
      insert: db.prepare('INSERT OR IGNORE INTO results (job_id, idx, task_id, provider, outputs) VALUES (?, ?, ?, ?, ?)'),
      // A re-run replaces a caught cheater's outputs, hidden again until the re-run is accepted.
      replace: db.prepare(
        `INSERT INTO results (job_id, idx, task_id, provider, outputs) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(job_id, idx) DO UPDATE SET task_id = excluded.task_id, provider = excluded.provider, outputs = excluded.outputs, is_visible = 0
         RETURNING length(outputs) AS n`,
      ),
      oldLength: db.prepare('SELECT length(outputs) AS n FROM results WHERE job_id = ? AND idx = ?'),
      ofTaskAll: db.prepare('SELECT idx, outputs FROM results WHERE task_id = ? ORDER BY idx'),
      deleteTask: db.prepare('DELETE FROM results WHERE task_id = ? RETURNING length(outputs) AS n'),
      correct: db.prepare('INSERT INTO corrections (job_id, idx, outputs) SELECT job_id, idx, outputs FROM results WHERE task_id = ?'),
      corrections: db.prepare('SELECT seq, idx, outputs FROM corrections WHERE job_id = ? AND seq > ? AND idx < ? ORDER BY seq LIMIT ?'),
      deleteCorrections: db.prepare('DELETE FROM corrections WHERE job_id = ?'),
      reveal: db.prepare('UPDATE results SET is_visible = 1 WHERE task_id = ?'),
      from: db.prepare('SELECT idx, task_id, outputs FROM results WHERE job_id = ? AND idx >= ? AND is_visible = 1 ORDER BY idx LIMIT ?'),
      ofTask: db.prepare('SELECT COUNT(*) AS n FROM results WHERE task_id = ?'),
      deleteBelow: db.prepare('DELETE FROM results WHERE job_id = ? AND idx < ? RETURNING length(outputs) AS n'),
      deleteJob: db.prepare('DELETE FROM results WHERE job_id = ? RETURNING length(outputs) AS n'),
      total: db.prepare('SELECT COALESCE(SUM(length(outputs)), 0) AS n FROM results'),
    }
    this.bytes = (this.stmts.total.get() as { n: number }).n
  }

  /** Stores a task's outputs (inside the caller's transaction); items already stored keep their first result. */
  insertTask(jobId: string, taskId: string, provider: string, first: number, outputs: NamedTensors[]): void {
    outputs.forEach((o, i) => {
      const bytes = encodeOutputs(jobId, first + i, o)
      if (this.stmts.insert.run(jobId, first + i, taskId, provider, bytes).changes === 1) this.bytes += bytes.byteLength
    })
  }

  /** Stores a re-run's outputs over whatever the items held (inside the caller's transaction). */
  replaceTask(jobId: string, taskId: string, provider: string, first: number, outputs: NamedTensors[]): void {
    outputs.forEach((o, i) => {
      const bytes = encodeOutputs(jobId, first + i, o)
      const old = this.stmts.oldLength.get(jobId, first + i) as { n: number } | undefined
      this.stmts.replace.all(jobId, first + i, taskId, provider, bytes)
      this.bytes += bytes.byteLength - (old?.n ?? 0)
    })
  }

  /** Every stored output of a task, visible or not, in item order (what its audit checks). */
  ofTask(taskId: string): Array<{ index: number; outputs: NamedTensors }> {
    const rows = this.stmts.ofTaskAll.all(taskId) as Array<{ idx: number; outputs: Buffer }>
    return rows.map((r) => ({ index: r.idx, outputs: decodeOutputs(new Uint8Array(r.outputs)) }))
  }

  /** Drops a task's outputs (a caught cheater's, never shown). */
  deleteTask(taskId: string): void {
    for (const r of this.stmts.deleteTask.all(taskId) as Array<{ n: number }>) this.bytes -= r.n
  }

  /** Queues a correction for every item of an accepted re-run (optimistic delivery already showed the cheater's). */
  correct(taskId: string): number {
    return this.stmts.correct.run(taskId).changes
  }

  /** Corrections after `afterSeq` for items below `below` (those above still go out as ordinary results). */
  corrections(jobId: string, afterSeq: number, below: number, limit: number): Array<{ seq: number; index: number; outputs: NamedTensors }> {
    const rows = this.stmts.corrections.all(jobId, afterSeq, below, limit) as Array<{ seq: number; idx: number; outputs: Buffer }>
    return rows.map((r) => ({ seq: r.seq, index: r.idx, outputs: decodeOutputs(new Uint8Array(r.outputs)) }))
  }

  /** Makes a task's stored results visible to the client (on acceptance). */
  reveal(taskId: string): number {
    return this.stmts.reveal.run(taskId).changes
  }

  /** Visible results from `cursor`, index order; the caller delivers only a contiguous run. */
  from(jobId: string, cursor: number, limit: number): Array<{ index: number; taskId: string; outputs: NamedTensors }> {
    const rows = this.stmts.from.all(jobId, cursor, limit) as Array<{ idx: number; task_id: string; outputs: Buffer }>
    return rows.map((r) => ({ index: r.idx, taskId: r.task_id, outputs: decodeOutputs(new Uint8Array(r.outputs)) }))
  }

  /** Drops results the client acknowledged (every index below `through`). */
  deleteBelow(jobId: string, through: number): void {
    for (const r of this.stmts.deleteBelow.all(jobId, through) as Array<{ n: number }>) this.bytes -= r.n
  }

  deleteJob(jobId: string): void {
    this.stmts.deleteCorrections.run(jobId)
    for (const r of this.stmts.deleteJob.all(jobId) as Array<{ n: number }>) this.bytes -= r.n
  }

  get totalBytes(): number {
    return this.bytes
  }
}
