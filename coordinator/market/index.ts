// Market queries: offers, statistics per GPU class, quotes (libp2p and HTTP share these).
export { listOffers, toOffer, gpuClassOf, gpuModelOf, MAX_OFFERS } from './offers.ts'
export { marketStats, pricePerTflopHour } from './stats.ts'
export { quote } from './quote.ts'
export { nearestRank, sortBigints } from './percentile.ts'
