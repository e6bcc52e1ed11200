// Prometheus metrics of the provider agent.
export { ProviderMetrics, serveMetrics } from './metrics.ts'
