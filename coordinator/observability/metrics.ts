import { Counter, Gauge, Histogram, Registry } from 'prom-client'

/** The coordinator's Prometheus metrics, in a registry of its own (several coordinators may share a process). */
export class CoordinatorMetrics {
  readonly registry = new Registry()
  readonly providersOnline = new Gauge({ name: 'rigpool_providers_online', help: 'Providers with a session, by state', labelNames: ['state'], registers: [this.registry] })
  readonly advertsHeld = new Gauge({ name: 'rigpool_adverts_held', help: 'Gossiped adverts in the order book', registers: [this.registry] })
  readonly jobs = new Gauge({ name: 'rigpool_jobs', help: 'Jobs by state', labelNames: ['state'], registers: [this.registry] })
  readonly tasks = new Gauge({ name: 'rigpool_tasks', help: 'Tasks by state', labelNames: ['state'], registers: [this.registry] })
  readonly queueWait = new Histogram({
    name: 'rigpool_task_queue_wait_seconds',
    help: 'Time from a job accepted or a task re-queued to its assignment',
    buckets: [0.001, 0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
    registers: [this.registry],
  })
  readonly taskLatency = new Histogram({
    name: 'rigpool_task_latency_seconds',
    help: 'Task round trip, assignment to accepted result',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  })
  readonly requeues = new Counter({ name: 'rigpool_task_requeues_total', help: 'Tasks re-queued, by reason', labelNames: ['reason'], registers: [this.registry] })
  readonly items = new Counter({ name: 'rigpool_items_total', help: 'Items accepted (rate() gives items/s)', registers: [this.registry] })
  readonly itemsPerSecond = new Gauge({ name: 'rigpool_items_per_second', help: 'Items accepted per second over the last 10 s', registers: [this.registry] })
  readonly refusals = new Counter({ name: 'rigpool_refusals_total', help: 'Requests refused, by error code', labelNames: ['code'], registers: [this.registry] })
  private readonly window: Array<{ atMs: number; items: number }> = []

  /** Counts accepted items and keeps the 10-second rate. */
  itemsAccepted(n: number, nowMs = Date.now()): void {
    this.items.inc(n)
    this.window.push({ atMs: nowMs, items: n })
    while (this.window.length > 0 && this.window[0]!.atMs < nowMs - 10_000) this.window.shift()
    this.itemsPerSecond.set(this.window.reduce((s, w) => s + w.items, 0) / 10)
  }

  /** Sets a labelled gauge from counts, zeroing labels no longer present. */
  static setCounts(gauge: Gauge, counts: Record<string, number>, labels: readonly string[]): void {
    for (const l of labels) gauge.set({ state: l }, counts[l] ?? 0)
  }
}
