import { RigpoolError } from '../../protocol/errors.ts'

/** One session held by one runner. */
export interface CachedSession {
  runner: number
  modelId: string
  estimatedBytes: number
  lastUsedMs: number
  /** Runs in progress; a running session is never evicted. */
  running: number
}

/**
 * Byte accounting of the sessions of all runners: least recently used out, never one
 * that is running (then E_BUSY with a retry hint).
 */
export class SessionCache {
  readonly budgetBytes: number
  readonly #entries = new Map<string, CachedSession>()
  #clock = 0

  constructor(budgetBytes: number) {
    this.budgetBytes = budgetBytes
  }

  static key(runner: number, modelId: string): string {
    return `${runner}:${modelId}`
  }

  get(runner: number, modelId: string): CachedSession | undefined {
    return this.#entries.get(SessionCache.key(runner, modelId))
  }

  /** Every entry, least recently used first. */
  entries(): CachedSession[] {
    return [...this.#entries.values()].sort((a, b) => a.lastUsedMs - b.lastUsedMs)
  }

  usedBytes(): number {
    let n = 0
    for (const e of this.#entries.values()) n += e.estimatedBytes
    return n
  }

  /** Marks a session used now (monotonic order, not wall time, so ties cannot happen). */
  touch(entry: CachedSession): void {
    entry.lastUsedMs = ++this.#clock
  }

  /**
   * Picks the sessions to evict so that `bytes` more fit, and removes them from the
   * accounting; the caller unloads them. Throws E_MODEL_TOO_LARGE or E_BUSY.
   */
  makeRoom(bytes: number): CachedSession[] {
    if (bytes > this.budgetBytes) {
      throw new RigpoolError(
        'E_MODEL_TOO_LARGE',
        `a session of ~${bytes} bytes exceeds the budget of ${this.budgetBytes}`,
      )
    }
    let free = this.budgetBytes - this.usedBytes()
    const victims: CachedSession[] = []
    for (const e of this.entries()) {
      if (free >= bytes) break
      if (e.running > 0) continue
      victims.push(e)
      free += e.estimatedBytes
    }
    if (free < bytes) {
      throw new RigpoolError('E_BUSY', 'the session budget is held by running sessions', { retryAfterMs: 1000 })
    }
    for (const v of victims) this.#entries.delete(SessionCache.key(v.runner, v.modelId))
    return victims
  }

  add(runner: number, modelId: string, estimatedBytes: number): CachedSession {
    const entry: CachedSession = { runner, modelId, estimatedBytes, lastUsedMs: 0, running: 0 }
    this.touch(entry)
    this.#entries.set(SessionCache.key(runner, modelId), entry)
    return entry
  }

  remove(runner: number, modelId: string): void {
    this.#entries.delete(SessionCache.key(runner, modelId))
  }

  /** Forgets every session of a runner whose worker is gone. */
  dropRunner(runner: number): void {
    for (const e of [...this.#entries.values()]) if (e.runner === runner) this.remove(runner, e.modelId)
  }
}
