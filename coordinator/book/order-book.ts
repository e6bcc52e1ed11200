import type { AdvertBook } from './advert-book.ts'
import type { BookEntry } from './book-entry.ts'
import type { ProviderRegistry } from './provider-registry.ts'

/** The whole book: providers with sessions (the source of truth) plus gossiped adverts of providers without one. */
export class OrderBook {
  private readonly registry: ProviderRegistry
  private readonly adverts: AdvertBook

  constructor(registry: ProviderRegistry, adverts: AdvertBook) {
    this.registry = registry
    this.adverts = adverts
  }

  entries(): BookEntry[] {
    const sessions: BookEntry[] = this.registry.all()
    const out = [...sessions]
    for (const e of this.adverts.entries()) if (this.registry.get(e.id) === undefined) out.push(e)
    return out
  }
}
