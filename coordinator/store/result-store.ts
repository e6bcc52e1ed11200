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
    for (const r of this.stmts.deleteJob.all(jobId) as Array<{ n: number }>) this.bytes -= r.n
  }

  get totalBytes(): number {
    return this.bytes
  }
}
