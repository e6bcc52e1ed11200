// Public surface of the client SDK (package subpath rigpool/client).
export { MarketClient, type ConnectOptions, type JobRequest, type JobResultItem, type OrtFeeds } from './market-client.ts'
