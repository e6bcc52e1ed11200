import { bytesToHex } from 'viem'
import {
  decodeClientRequest,
  encodeClientRequest,
  RigpoolError,
  type JobSpec,
  type JobState,
  type NamedTensors,
} from '../../protocol/index.ts'
import type { Db } from './database.ts'

/** A job as stored: its spec, progress and state. */
export interface JobRow {
  id: string
  client: string
  idempotencyKey: string
  digest: string
  spec: JobSpec
  modelId: string
  itemCount: number
  /** Items below this have been carved into tasks. */
  nextItem: number
  state: JobState
  error: string
  spent: bigint
  /** What accepted items cost, exact (millionths of a base unit); `spent` is it rounded up once. */
  spentExact: bigint
  /** What the results delivered to the client cost, exact: what its channel owes. */
  deliveredExact: bigint
  /** The client's channel paying for this job (0x-hex, lower case), if any. */
  channelId?: string
  itemsDone: number
  itemsDelivered: number
  ackedThrough: number
  createdMs: number
  deadlineAtMs: number
  finishedMs: number | null
}

interface RawJob {
  id: string
  client: string
  idempotency_key: string
  digest: string
  spec: Buffer
  model_id: string
  item_count: number
  next_item: number
  state: string
  error: string
  spent: string
  spent_exact: string
  delivered_exact: string
  channel_id: string | null
  items_done: number
  items_delivered: number
  acked_through: number
  created_ms: number
  deadline_at_ms: number
  finished_ms: number | null
}

/** A channel id as the store keys it: 0x-hex, lower case. */
export function channelKey(id: Uint8Array): string {
  return bytesToHex(id)
}

const FINISHED: readonly string[] = ['completed', 'failed', 'cancelled']

function toRow(r: RawJob): JobRow {
  const decoded = decodeClientRequest(new Uint8Array(r.spec))
  if (decoded.kind !== 'submit') throw new RigpoolError('E_STORAGE', `job ${r.id} has a corrupt spec`)
  return {
    id: r.id,
    client: r.client,
    idempotencyKey: r.idempotency_key,
    digest: r.digest,
    spec: decoded.job,
    modelId: r.model_id,
    itemCount: r.item_count,
    nextItem: r.next_item,
    state: r.state as JobState,
    error: r.error,
    spent: BigInt(r.spent),
    spentExact: BigInt(r.spent_exact),
    deliveredExact: BigInt(r.delivered_exact),
    channelId: r.channel_id ?? undefined,
    itemsDone: r.items_done,
    itemsDelivered: r.items_delivered,
    ackedThrough: r.acked_through,
    createdMs: r.created_ms,
    deadlineAtMs: r.deadline_at_ms,
    finishedMs: r.finished_ms,
  }
}

/** Inputs travel and rest in the same protobuf form (a JobItem frame). */
export function encodeItem(index: number, inputs: NamedTensors): Uint8Array {
  return encodeClientRequest({ kind: 'item', index, inputs })
}

function decodeItem(bytes: Uint8Array): NamedTensors {
  const m = decodeClientRequest(bytes)
  if (m.kind !== 'item') throw new RigpoolError('E_STORAGE', 'corrupt stored item')
  return m.inputs
}

export interface NewJob {
  id: string
  client: string
  digest: string
  spec: JobSpec
  /** Encoded items (encodeItem), index order. */
  items: Uint8Array[]
  nowMs: number
}

/** jobs and items: a job exists only together with every one of its items. */
export class JobStore {
  private readonly db: Db
  private readonly stmts

  constructor(db: Db) {
    this.db = db
    this.stmts = {
      insertJob: db.prepare(
        `INSERT INTO jobs (id, client, idempotency_key, digest, spec, model_id, item_count, state, created_ms, deadline_at_ms, channel_id)
         VALUES (@id, @client, @key, @digest, @spec, @modelId, @itemCount, 'queued', @nowMs, @deadlineAtMs, @channelId)`,
      ),
      insertItem: db.prepare('INSERT INTO items (job_id, idx, inputs) VALUES (?, ?, ?)'),
      get: db.prepare('SELECT * FROM jobs WHERE id = ?'),
      byKey: db.prepare('SELECT * FROM jobs WHERE idempotency_key = ?'),
      unfinished: db.prepare(`SELECT * FROM jobs WHERE state IN ('queued', 'running') ORDER BY created_ms`),
      recent: db.prepare('SELECT * FROM jobs ORDER BY created_ms DESC, rowid DESC LIMIT ?'),
      activeOf: db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE client = ? AND state IN ('queued', 'running')`),
      items: db.prepare('SELECT idx, inputs FROM items WHERE job_id = ? AND idx >= ? AND idx < ? ORDER BY idx'),
      carve: db.prepare('UPDATE jobs SET next_item = ? WHERE id = ? AND next_item = ?'),
      finish: db.prepare(`UPDATE jobs SET state = ?, error = ?, finished_ms = ? WHERE id = ? AND state IN ('queued', 'running')`),
      running: db.prepare(`UPDATE jobs SET state = 'running' WHERE id = ? AND state = 'queued'`),
      progress: db.prepare('UPDATE jobs SET items_done = items_done + ?, spent = ?, spent_exact = ? WHERE id = ?'),
      delivered: db.prepare('UPDATE jobs SET items_delivered = ?, delivered_exact = ? WHERE id = ? AND items_delivered <= ?'),
      bindChannel: db.prepare('INSERT OR IGNORE INTO channel_clients (channel_id, client, bound_ms) VALUES (?, ?, ?)'),
      ofChannel: db.prepare('SELECT * FROM jobs WHERE channel_id = ?'),
      ack: db.prepare('UPDATE jobs SET acked_through = MAX(acked_through, ?) WHERE id = ?'),
      expired: db.prepare(`SELECT id FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') AND finished_ms < ?`),
      deleteItems: db.prepare('DELETE FROM items WHERE job_id = ?'),
      reopen: db.prepare(`UPDATE jobs SET state = 'running', finished_ms = NULL WHERE id = ? AND state = 'completed'`),
      hasItems: db.prepare('SELECT EXISTS (SELECT 1 FROM items WHERE job_id = ?) AS n'),
      countByState: db.prepare('SELECT state, COUNT(*) AS n FROM jobs GROUP BY state'),
      meanItemBytes: db.prepare('SELECT AVG(length(inputs)) AS n FROM (SELECT inputs FROM items WHERE job_id = ? LIMIT 64)'),
    }
  }

  /** Stores a job and all its items in one durable transaction. */
  insert(job: NewJob): void {
    const { spec } = job
    this.db.transaction(() => {
      this.stmts.insertJob.run({
        id: job.id,
        client: job.client,
        key: spec.idempotencyKey,
        digest: job.digest,
        spec: encodeClientRequest({ kind: 'submit', job: spec }),
        modelId: spec.modelId,
        itemCount: spec.itemCount,
        nowMs: job.nowMs,
        deadlineAtMs: job.nowMs + spec.deadlineMs,
        channelId: spec.channelId === undefined ? null : channelKey(spec.channelId),
      })
      // The first job on a channel binds it to its client (checked by the caller beforehand).
      if (spec.channelId !== undefined) this.stmts.bindChannel.run(channelKey(spec.channelId), job.client, job.nowMs)
      job.items.forEach((bytes, i) => this.stmts.insertItem.run(job.id, i, bytes))
    })()
  }

  get(id: string): JobRow | undefined {
    const r = this.stmts.get.get(id) as RawJob | undefined
    return r === undefined ? undefined : toRow(r)
  }

  byIdempotencyKey(key: string): JobRow | undefined {
    const r = this.stmts.byKey.get(key) as RawJob | undefined
    return r === undefined ? undefined : toRow(r)
  }

  unfinished(): JobRow[] {
    return (this.stmts.unfinished.all() as RawJob[]).map(toRow)
  }

  recent(limit: number): JobRow[] {
    return (this.stmts.recent.all(limit) as RawJob[]).map(toRow)
  }

  activeJobsOf(client: string): number {
    return (this.stmts.activeOf.get(client) as { n: number }).n
  }

  /** Inputs of items [first, first + count). */
  items(jobId: string, first: number, count: number): NamedTensors[] {
    const rows = this.stmts.items.all(jobId, first, first + count) as Array<{ idx: number; inputs: Buffer }>
    if (rows.length !== count) throw new RigpoolError('E_STORAGE', `job ${jobId} lacks items ${first}..${first + count - 1}`)
    return rows.map((r) => decodeItem(new Uint8Array(r.inputs)))
  }

  /** Moves the carve cursor (compare-and-set), inside the caller's transaction. */
  carve(jobId: string, from: number, to: number): boolean {
    return this.stmts.carve.run(to, jobId, from).changes === 1
  }

  markRunning(jobId: string): void {
    this.stmts.running.run(jobId)
  }

  /** Ends a job unless already ended; true when this call ended it. */
  finish(jobId: string, state: JobState, error: string, nowMs: number): boolean {
    if (!FINISHED.includes(state)) throw new RigpoolError('E_INTERNAL', `${state} is not a final state`)
    return this.stmts.finish.run(state, error, nowMs, jobId).changes === 1
  }

  addProgress(jobId: string, items: number, spent: bigint, spentExact: bigint): void {
    this.stmts.progress.run(items, spent.toString(), spentExact.toString(), jobId)
  }

  /** Results below `through` were delivered, worth `deliveredExact` (never moves back). */
  setDelivered(jobId: string, through: number, deliveredExact: bigint): void {
    this.stmts.delivered.run(through, deliveredExact.toString(), jobId, through)
  }

  /** Every job a channel pays for. */
  ofChannel(channelId: string): JobRow[] {
    return (this.stmts.ofChannel.all(channelId) as RawJob[]).map(toRow)
  }

  setAcked(jobId: string, through: number): void {
    this.stmts.ack.run(through, jobId)
  }

  /** Finished jobs older than `beforeMs` (their results and items may go). */
  expired(beforeMs: number): string[] {
    return (this.stmts.expired.all(beforeMs) as Array<{ id: string }>).map((r) => r.id)
  }

  /** completed → running: a caught cheater's items in it re-run (its retained results get corrected). */
  reopen(jobId: string): boolean {
    return this.stmts.reopen.run(jobId).changes === 1
  }

  /** True while the job's inputs are kept (unfinished, or finished within retention). */
  hasItems(jobId: string): boolean {
    return (this.stmts.hasItems.get(jobId) as { n: number }).n === 1
  }

  deleteItems(jobId: string): void {
    this.stmts.deleteItems.run(jobId)
  }

  /** Mean stored size of an item's inputs (sampled), for task byte limits. */
  meanItemBytes(jobId: string): number {
    return Math.ceil((this.stmts.meanItemBytes.get(jobId) as { n: number | null }).n ?? 0)
  }

  countByState(): Record<string, number> {
    const out: Record<string, number> = {}
    for (const r of this.stmts.countByState.all() as Array<{ state: string; n: number }>) out[r.state] = r.n
    return out
  }
}
