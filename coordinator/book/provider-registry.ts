import type { PeerId } from '@libp2p/interface'
import type { Advert, CoordinatorToProvider, ProviderState } from '../../protocol/index.ts'
import type { TaskChannel } from '../scheduling/task-channel.ts'
import type { BookEntry } from './book-entry.ts'

/** A provider with a live session. */
export interface ProviderEntry extends BookEntry {
  peerId: PeerId
  advert: Advert
  state: ProviderState
  channel: TaskChannel
  itemsDone: number
  lastSeenMs: number
  /** Identifies the session: a stale session's end must not remove a newer one. */
  session: object
  /** Running tasks by id, so a pause or hand-back can stop them. */
  running: Map<string, AbortController>
  /** Sends on the provider's session (vouchers). */
  send?: (msg: CoordinatorToProvider) => Promise<void>
}

/** Providers with a session, by PeerId string (the source of truth for matching). */
export class ProviderRegistry {
  private readonly entries = new Map<string, ProviderEntry>()
  private readonly listeners = new Set<() => void>()

  upsert(entry: ProviderEntry): void {
    this.entries.set(entry.id, entry)
    this.changed()
  }

  get(peerId: string): ProviderEntry | undefined {
    return this.entries.get(peerId)
  }

  /** Removes the entry if it still belongs to `session` (any session when omitted). */
  remove(peerId: string, session?: object): ProviderEntry | undefined {
    const entry = this.entries.get(peerId)
    if (entry === undefined || (session !== undefined && entry.session !== session)) return undefined
    this.entries.delete(peerId)
    this.changed()
    return entry
  }

  all(): ProviderEntry[] {
    return [...this.entries.values()]
  }

  get size(): number {
    return this.entries.size
  }

  /** Providers that may take a task now. */
  idle(): ProviderEntry[] {
    return this.all().filter((p) => !p.isBusy && !p.isBanned && (p.state === 'ready' || p.state === 'busy'))
  }

  /** Call `fn` whenever a provider joins, leaves or frees up. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  changed(): void {
    for (const fn of this.listeners) fn()
  }
}
