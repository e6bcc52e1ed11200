import type { Db } from './database.ts'

export interface ProviderRecord {
  peerId: string
  advert: Uint8Array | null
  signature: Uint8Array | null
  source: 'session' | 'gossip'
  firstSeenMs: number
  lastSeenMs: number
  itemsDone: number
  tasksOk: number
  tasksLost: number
  isBanned: boolean
  banReason: string
  /** Items per second measured here, per model id. */
  observed: Record<string, number>
}

interface Raw {
  peer_id: string
  advert: Buffer | null
  signature: Buffer | null
  source: string
  first_seen_ms: number
  last_seen_ms: number
  items_done: number
  tasks_ok: number
  tasks_lost: number
  is_banned: number
  ban_reason: string
  observed: string
}

const toRecord = (r: Raw): ProviderRecord => ({
  peerId: r.peer_id,
  advert: r.advert === null ? null : new Uint8Array(r.advert),
  signature: r.signature === null ? null : new Uint8Array(r.signature),
  source: r.source as 'session' | 'gossip',
  firstSeenMs: r.first_seen_ms,
  lastSeenMs: r.last_seen_ms,
  itemsDone: r.items_done,
  tasksOk: r.tasks_ok,
  tasksLost: r.tasks_lost,
  isBanned: r.is_banned === 1,
  banReason: r.ban_reason,
  observed: JSON.parse(r.observed) as Record<string, number>,
})

/** Reputation in [0, 1] from the record of tasks done and lost (Laplace-smoothed, so a newcomer starts at 0.5). */
export function reputationOf(r: Pick<ProviderRecord, 'tasksOk' | 'tasksLost'>): number {
  return (r.tasksOk + 1) / (r.tasksOk + r.tasksLost + 2)
}

/** providers and provider_sessions: adverts, record, bans and uptime history. */
export class ProviderStore {
  private readonly stmts

  constructor(db: Db) {
    this.stmts = {
      upsert: db.prepare(
        `INSERT INTO providers (peer_id, advert, signature, source, first_seen_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(peer_id) DO UPDATE SET advert = excluded.advert, signature = excluded.signature, source = excluded.source, last_seen_ms = excluded.last_seen_ms`,
      ),
      get: db.prepare('SELECT * FROM providers WHERE peer_id = ?'),
      all: db.prepare('SELECT * FROM providers'),
      done: db.prepare('UPDATE providers SET items_done = items_done + ?, tasks_ok = tasks_ok + 1, observed = ? WHERE peer_id = ?'),
      lost: db.prepare('UPDATE providers SET tasks_lost = tasks_lost + 1 WHERE peer_id = ?'),
      ban: db.prepare(
        `INSERT INTO providers (peer_id, source, first_seen_ms, last_seen_ms, is_banned, ban_reason) VALUES (?, 'session', ?, ?, 1, ?)
         ON CONFLICT(peer_id) DO UPDATE SET is_banned = 1, ban_reason = excluded.ban_reason`,
      ),
      sessionStart: db.prepare('INSERT INTO provider_sessions (peer_id, started_ms) VALUES (?, ?)'),
      sessionEnd: db.prepare('UPDATE provider_sessions SET ended_ms = ?, end_reason = ? WHERE rowid = ?'),
      closeDangling: db.prepare(`UPDATE provider_sessions SET ended_ms = ?, end_reason = 'coordinator restart' WHERE ended_ms IS NULL`),
      uptime: db.prepare('SELECT started_ms, ended_ms FROM provider_sessions WHERE peer_id = ? AND (ended_ms IS NULL OR ended_ms > ?)'),
    }
  }

  saveAdvert(peerId: string, advert: Uint8Array, signature: Uint8Array, source: 'session' | 'gossip', nowMs: number): void {
    this.stmts.upsert.run(peerId, advert, signature, source, nowMs, nowMs)
  }

  get(peerId: string): ProviderRecord | undefined {
    const r = this.stmts.get.get(peerId) as Raw | undefined
    return r === undefined ? undefined : toRecord(r)
  }

  all(): ProviderRecord[] {
    return (this.stmts.all.all() as Raw[]).map(toRecord)
  }

  isBanned(peerId: string): boolean {
    return this.get(peerId)?.isBanned === true
  }

  recordDone(peerId: string, items: number, observed: Record<string, number>): void {
    this.stmts.done.run(items, JSON.stringify(observed), peerId)
  }

  recordLost(peerId: string): void {
    this.stmts.lost.run(peerId)
  }

  ban(peerId: string, reason: string, nowMs: number): void {
    this.stmts.ban.run(peerId, nowMs, nowMs, reason)
  }

  /** Opens an uptime interval; returns its handle for `sessionEnded`. */
  sessionStarted(peerId: string, nowMs: number): number {
    return Number(this.stmts.sessionStart.run(peerId, nowMs).lastInsertRowid)
  }

  sessionEnded(handle: number, reason: string, nowMs: number): void {
    this.stmts.sessionEnd.run(nowMs, reason, handle)
  }

  /** Sessions left open by a crash end at the restart. */
  closeDanglingSessions(nowMs: number): void {
    this.stmts.closeDangling.run(nowMs)
  }

  /** Fraction of the last `windowMs` the provider had a session. */
  uptime(peerId: string, windowMs: number, nowMs: number): number {
    const since = nowMs - windowMs
    let up = 0
    for (const r of this.stmts.uptime.all(peerId, since) as Array<{ started_ms: number; ended_ms: number | null }>) {
      up += Math.max(0, (r.ended_ms ?? nowMs) - Math.max(r.started_ms, since))
    }
    return Math.min(1, up / windowMs)
  }
}
