// The client's own record of its jobs, in its data dir: one JSON file per job, written
// atomically (temp file, fsync, rename), so a client killed at any instant finds either
// the old record or the new one. The idempotency key is written before a submission is sent.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { RigpoolError, type JobState } from '../protocol/index.ts'

/** What the client keeps about one job. Money as decimal strings (JSON has no bigint). */
export interface JobRecord {
  idempotencyKey: string
  /** Set once the coordinator accepted the job. */
  jobId?: string
  coordinator: string
  modelId: string
  itemCount: number
  createdAtMs: number
  /** Every result below this index has been handed to the caller. */
  cursor: number
  /** 'submitting' until accepted; then the coordinator's state as last seen. */
  state: 'submitting' | JobState
  /** What the job may cost at most (the cap sent), or the quote when no cap was given. */
  reserved: string
  spent: string
  /** Free-form fields for tools built on the SDK (the CLI keeps its output dir here). */
  meta: Record<string, string>
}

const KEY_RE = /^[A-Za-z0-9_-]{1,128}$/

/** Job records under `<dataDir>/jobs/`. */
export class JobStore {
  readonly dir: string

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'jobs')
    mkdirSync(this.dir, { recursive: true, mode: 0o700 })
  }

  /** Writes a record atomically and durably. */
  put(record: JobRecord): void {
    if (!KEY_RE.test(record.idempotencyKey)) throw new RigpoolError('E_CONFIG', `idempotency key must match ${KEY_RE}`)
    const path = join(this.dir, `${record.idempotencyKey}.json`)
    const tmp = `${path}.${process.pid}.tmp`
    const fd = openSync(tmp, 'w', 0o600)
    try {
      writeSync(fd, JSON.stringify(record, null, 1))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(tmp, path)
  }

  /** Updates fields of a record and writes it back. */
  update(key: string, patch: Partial<JobRecord>): JobRecord {
    const current = this.byKey(key)
    if (current === undefined) throw new RigpoolError('E_UNKNOWN_JOB', `no local record of job ${key}`)
    const next = { ...current, ...patch }
    this.put(next)
    return next
  }

  byKey(key: string): JobRecord | undefined {
    if (!KEY_RE.test(key)) return undefined
    try {
      return parse(readFileSync(join(this.dir, `${key}.json`), 'utf8'))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw new RigpoolError('E_STORAGE', `unreadable job record ${key}`, { cause: err })
    }
  }

  /** A record by job id or idempotency key. */
  find(idOrKey: string): JobRecord | undefined {
    return this.byKey(idOrKey) ?? this.all().find((r) => r.jobId === idOrKey)
  }

  /** Every record, newest first. */
  all(): JobRecord[] {
    const out: JobRecord[] = []
    for (const f of readdirSync(this.dir)) {
      if (!f.endsWith('.json')) continue
      const r = this.byKey(f.slice(0, -5))
      if (r !== undefined) out.push(r)
    }
    return out.sort((a, b) => b.createdAtMs - a.createdAtMs)
  }
}

function parse(text: string): JobRecord {
  const r = JSON.parse(text) as JobRecord
  if (typeof r.idempotencyKey !== 'string' || typeof r.cursor !== 'number' || typeof r.itemCount !== 'number') {
    throw new Error('malformed job record')
  }
  r.meta ??= {}
  return r
}
