import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Counter, Gauge, Registry } from 'prom-client'
import type { ProviderState } from '../../protocol/index.ts'

/** The provider's Prometheus metrics (no earnings metric until settlement pays providers). */
export class ProviderMetrics {
  readonly registry = new Registry()
  readonly tasks = new Counter({
    name: 'rigpool_provider_tasks_total',
    help: 'Tasks by outcome',
    labelNames: ['outcome'],
    registers: [this.registry],
  })
  readonly items = new Counter({
    name: 'rigpool_provider_items_total',
    help: 'Items computed in finished tasks',
    registers: [this.registry],
  })
  readonly itemsPerSecond = new Gauge({
    name: 'rigpool_provider_items_per_second',
    help: 'Measured throughput per model at the chosen batch',
    labelNames: ['model'],
    registers: [this.registry],
  })
  readonly gflops = new Gauge({
    name: 'rigpool_provider_benchmark_gflops',
    help: 'Standard benchmark (GFLOP/s)',
    registers: [this.registry],
  })
  readonly stateSeconds = new Counter({
    name: 'rigpool_provider_state_seconds_total',
    help: 'Seconds spent per state (ready, busy, paused, draining)',
    labelNames: ['state'],
    registers: [this.registry],
  })
  readonly state = new Gauge({
    name: 'rigpool_provider_state',
    help: '1 for the current state',
    labelNames: ['state'],
    registers: [this.registry],
  })
  private current: { state: ProviderState; since: number } = { state: 'ready', since: performance.now() }

  constructor() {
    this.setState('ready')
  }

  /** Records a state change, crediting the time spent in the previous one. */
  setState(state: ProviderState): void {
    this.flushStateTime()
    this.current = { state, since: performance.now() }
    for (const s of ['ready', 'busy', 'paused', 'draining'] as const) this.state.set({ state: s }, s === state ? 1 : 0)
  }

  private flushStateTime(): void {
    const now = performance.now()
    this.stateSeconds.inc({ state: this.current.state }, (now - this.current.since) / 1000)
    this.current.since = now
  }

  /** The text exposition format. */
  async text(): Promise<string> {
    this.flushStateTime()
    return this.registry.metrics()
  }
}

/** Serves GET /metrics on `port` (0: any free port) at `host` (default loopback). */
export async function serveMetrics(
  metrics: ProviderMetrics,
  options: { port: number; host?: string },
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end('not found\n')
      return
    }
    metrics.text().then(
      (body) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body),
      (err: unknown) => res.writeHead(500).end(String(err)),
    )
  })
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
