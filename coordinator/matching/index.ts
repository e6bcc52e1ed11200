// Matching: hard filters, then rank by expected cost per item, reputation and latency.
export { rejectionOf, explainRejections, MEMORY_PER_MODEL_BYTE, type Requirements } from './filters.ts'
export { rankOffers, bestOffer, offerFor, priceOf, speedOf, compareOffers, type RankedOffer } from './rank.ts'
export { taskSizeFor, type TaskSizing } from './task-size.ts'
