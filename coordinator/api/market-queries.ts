import type { MarketRequest, MarketResponse } from '../../protocol/index.ts'
import type { OrderBook } from '../book/order-book.ts'
import { listOffers, marketStats, quote } from '../market/index.ts'
import type { ModelRegistry } from '../models/model-registry.ts'

/** Answers market requests from the order book; libp2p and HTTP both call this, so they agree. */
export class MarketQueries {
  private readonly book: OrderBook
  private readonly models: ModelRegistry

  constructor(book: OrderBook, models: ModelRegistry) {
    this.book = book
    this.models = models
  }

  /** Answers one request; throws a typed error (E_BAD_QUERY, E_NO_PROVIDER) for a bad or unanswerable one. */
  answer(req: MarketRequest): MarketResponse {
    switch (req.kind) {
      case 'offers':
        return { kind: 'offers', offers: listOffers(this.book.entries(), req.query) }
      case 'stats':
        return { kind: 'stats', classes: marketStats(this.book.entries(), req.gpuClass) }
      case 'quote': {
        const r = req.request
        const modelBytes = this.models.get(r.modelId)?.signature.sizeBytes ?? 0
        return { kind: 'quote', quote: quote(this.book.entries(), { modelId: r.modelId, modelBytes, settings: {} }, r) }
      }
    }
  }
}
