import type { PeerId } from '@libp2p/interface'
import type { Advert, ProviderState } from '../../protocol/index.ts'
import type { TaskChannel } from '../scheduling/task-channel.ts'

/** A provider with a live session. */
export interface ProviderEntry {
  peerId: PeerId
  advert: Advert
  state: ProviderState
  channel: TaskChannel
  /** A task is running on it now. */
  isBusy: boolean
  itemsDone: number
  /** Measured on its tasks here: items per second per model. */
  observedItemsPerSecond: Map<string, number>
  lastSeenMs: number
}

/** Providers with a session, by PeerId string (the source of truth for matching). */
export class ProviderRegistry {
  private readonly entries = new Map<string, ProviderEntry>()
  private readonly listeners = new Set<() => void>()

  upsert(entry: ProviderEntry): void {
    this.entries.set(entry.peerId.toString(), entry)
    this.changed()
  }

  get(peerId: string): ProviderEntry | undefined {
    return this.entries.get(peerId)
  }

  remove(peerId: string): ProviderEntry | undefined {
    const entry = this.entries.get(peerId)
    this.entries.delete(peerId)
    this.changed()
    return entry
  }

  all(): ProviderEntry[] {
    return [...this.entries.values()]
  }

  /** Providers that may take a task now. */
  idle(): ProviderEntry[] {
    return this.all().filter((p) => !p.isBusy && (p.state === 'ready' || p.state === 'busy'))
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
