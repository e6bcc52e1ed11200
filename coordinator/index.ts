// Public surface of the coordinator.
export { startCoordinator, type Coordinator, type CoordinatorConfig } from './coordinator.ts'
export { DEFAULT_LIMITS, type LimitsConfig } from './api/limits.ts'
export { rankOffers, bestOffer, rejectionOf, type Requirements, type RankedOffer } from './matching/index.ts'
export { listOffers, marketStats, quote, gpuClassOf, nearestRank, pricePerTflopHour } from './market/index.ts'
export type { BookEntry } from './book/book-entry.ts'
export { openStore, type Store } from './store/index.ts'
