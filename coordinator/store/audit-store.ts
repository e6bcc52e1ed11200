import type { AuditRecord, AuditVerdict } from '../../protocol/index.ts'
import type { Db } from './database.ts'

/**
 * committed: the signed root is stored, no draw yet; pending: items drawn, decision due;
 * none: nothing drawn; clean / suspect / cheat: decided; void: a banned provider's audit
 * left undecided (its items re-run anyway); error: the verifier itself failed.
 */
export type AuditState = 'committed' | 'pending' | 'none' | 'clean' | 'suspect' | 'cheat' | 'void' | 'error'

export interface AuditRow {
  taskId: string
  jobId: string
  /** The provider's PeerId. */
  provider: string
  ethAddress: string
  modelId: string
  first: number
  count: number
  root: Uint8Array
  signature: Uint8Array
  storedMs: number
  state: AuditState
  rate: number | null
  indices: number[]
  items: AuditRecord[]
  recomputed: number
  evidenceHash: string | null
  slashTx: string | null
}

interface Raw {
  task_id: string
  job_id: string
  provider: string
  eth_address: string
  model_id: string
  first: number
  count: number
  root: Buffer
  signature: Buffer
  stored_ms: number
  state: string
  rate: number | null
  indices: string | null
  items: string | null
  recomputed: number
  evidence_hash: string | null
  slash_tx: string | null
}

const toRow = (r: Raw): AuditRow => ({
  taskId: r.task_id,
  jobId: r.job_id,
  provider: r.provider,
  ethAddress: r.eth_address,
  modelId: r.model_id,
  first: r.first,
  count: r.count,
  root: new Uint8Array(r.root),
  signature: new Uint8Array(r.signature),
  storedMs: r.stored_ms,
  state: r.state as AuditState,
  rate: r.rate,
  indices: r.indices === null ? [] : (JSON.parse(r.indices) as number[]),
  items: r.items === null ? [] : (JSON.parse(r.items) as AuditRecord[]),
  recomputed: r.recomputed,
  evidenceHash: r.evidence_hash,
  slashTx: r.slash_tx,
})

/** A decided audit: per item score and verdict; Infinity is stored as the largest finite number (JSON has none). */
export interface AuditDecision {
  state: 'clean' | 'suspect' | 'cheat'
  items: Array<{ index: number; provider: string; score: number; verdict: AuditVerdict }>
  recomputed: number
  evidence?: unknown
  evidenceHash?: string
  nowMs: number
}

/** audits and audit_ledger: every task's commitment, its draw and its decision; the records behind q. */
export class AuditStore {
  private readonly stmts

  constructor(db: Db) {
    this.stmts = {
      commit: db.prepare(
        `INSERT OR REPLACE INTO audits (task_id, job_id, provider, eth_address, model_id, first, count, root, signature, stored_ms, state)
         VALUES (@taskId, @jobId, @provider, @ethAddress, @modelId, @first, @count, @root, @signature, @storedMs, 'committed')`,
      ),
      get: db.prepare('SELECT * FROM audits WHERE task_id = ?'),
      plan: db.prepare(`UPDATE audits SET state = ?, rate = ?, indices = ? WHERE task_id = ? AND state = 'committed'`),
      decide: db.prepare(
        `UPDATE audits SET state = ?, items = ?, recomputed = ?, evidence = ?, evidence_hash = ?, decided_ms = ? WHERE task_id = ? AND state = 'pending'`,
      ),
      settle: db.prepare(`UPDATE audits SET state = ?, decided_ms = ? WHERE task_id = ? AND state IN ('committed', 'pending')`),
      slashed: db.prepare('UPDATE audits SET slash_tx = ? WHERE task_id = ?'),
      undecided: db.prepare(`SELECT * FROM audits WHERE state IN ('committed', 'pending') ORDER BY stored_ms`),
      undecidedOf: db.prepare(`SELECT * FROM audits WHERE provider = ? AND state IN ('committed', 'pending')`),
      ofJob: db.prepare(`SELECT * FROM audits WHERE job_id = ? ORDER BY first`),
      unslashed: db.prepare(`SELECT * FROM audits WHERE state = 'cheat' AND slash_tx IS NULL`),
      evidence: db.prepare('SELECT evidence FROM audits WHERE task_id = ?'),
      ledgerAll: db.prepare('SELECT record FROM audit_ledger'),
      ledgerPut: db.prepare('INSERT INTO audit_ledger (provider, record) VALUES (?, ?) ON CONFLICT(provider) DO UPDATE SET record = excluded.record'),
    }
  }

  /** Stores a task's verified commitment (inside the delivery transaction). */
  commit(a: Pick<AuditRow, 'taskId' | 'jobId' | 'provider' | 'ethAddress' | 'modelId' | 'first' | 'count' | 'root' | 'signature' | 'storedMs'>): void {
    this.stmts.commit.run({ ...a, root: Buffer.from(a.root), signature: Buffer.from(a.signature) })
  }

  get(taskId: string): AuditRow | undefined {
    const r = this.stmts.get.get(taskId) as Raw | undefined
    return r === undefined ? undefined : toRow(r)
  }

  /** Records the draw: 'pending' with the items to recompute, or 'none'. */
  plan(taskId: string, rate: number, indices: readonly number[]): boolean {
    return this.stmts.plan.run(indices.length === 0 ? 'none' : 'pending', rate, JSON.stringify(indices), taskId).changes === 1
  }

  decide(taskId: string, d: AuditDecision): boolean {
    const items = d.items.map((i) => ({ ...i, score: Number.isFinite(i.score) ? i.score : Number.MAX_VALUE }))
    return this.stmts.decide.run(d.state, JSON.stringify(items), d.recomputed, d.evidence === undefined ? null : JSON.stringify(d.evidence), d.evidenceHash ?? null, d.nowMs, taskId).changes === 1
  }

  /** Ends an undecided audit without a verdict ('void' or 'error'). */
  settle(taskId: string, state: 'void' | 'error', nowMs: number): boolean {
    return this.stmts.settle.run(state, nowMs, taskId).changes === 1
  }

  setSlashTx(taskId: string, hash: string): void {
    this.stmts.slashed.run(hash, taskId)
  }

  undecided(): AuditRow[] {
    return (this.stmts.undecided.all() as Raw[]).map(toRow)
  }

  undecidedOf(provider: string): AuditRow[] {
    return (this.stmts.undecidedOf.all(provider) as Raw[]).map(toRow)
  }

  ofJob(jobId: string): AuditRow[] {
    return (this.stmts.ofJob.all(jobId) as Raw[]).map(toRow)
  }

  /** Confirmed cheats whose slash has not gone on chain yet (retried after a restart). */
  unslashed(): AuditRow[] {
    return (this.stmts.unslashed.all() as Raw[]).map(toRow)
  }

  ledgerRecords<T>(): T[] {
    return (this.stmts.ledgerAll.all() as Array<{ record: string }>).map((r) => JSON.parse(r.record) as T)
  }

  putLedgerRecord(provider: string, record: unknown): void {
    this.stmts.ledgerPut.run(provider, JSON.stringify(record))
  }
}
