import type { GpuClassStats, Offer, Quote } from '../../../protocol/index.ts'

/** Offers as JSON: money as decimal strings (bigint base units). */
export function offerJson(o: Offer): Record<string, unknown> {
  return {
    peer_id: o.peerId,
    gpu_model: o.gpuModel,
    gpu_class: o.gpuClass,
    vram_bytes: o.vramBytes,
    execution_provider: o.executionProvider,
    precision: o.precision,
    gflops: o.gflops,
    price_per_gpu_hour: o.pricePerGpuHour.toString(),
    price_per_million_items: o.pricePerMillionItems?.toString() ?? null,
    items_per_s: o.itemsPerSecond,
    reputation: o.reputation,
    state: o.state,
  }
}

export function statsJson(c: GpuClassStats): Record<string, unknown> {
  return {
    gpu_class: c.gpuClass,
    providers_online: c.providersOnline,
    median_price_per_gpu_hour: c.medianPricePerGpuHour.toString(),
    p10_price_per_gpu_hour: c.p10PricePerGpuHour.toString(),
    p90_price_per_gpu_hour: c.p90PricePerGpuHour.toString(),
    median_gflops: c.medianGflops,
    price_per_tflop_hour: c.pricePerTflopHour.toString(),
  }
}

export function quoteJson(q: Quote): Record<string, unknown> {
  return {
    cost: q.cost.toString(),
    completion_ms: q.completionMs,
    p50_latency_ms: q.p50LatencyMs,
    providers: q.providers.map((p) => ({ peer_id: p.peerId, items: p.items, price_per_million_items: p.pricePerMillionItems.toString(), items_per_s: p.itemsPerSecond })),
  }
}
