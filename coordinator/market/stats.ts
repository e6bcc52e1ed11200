import type { GpuClassStats } from '../../protocol/index.ts'
import type { BookEntry } from '../book/book-entry.ts'
import { gpuClassOf } from './offers.ts'
import { nearestRank, sortBigints } from './percentile.ts'

/**
 * Price per TFLOP-hour from a price per GPU-hour and GFLOP/s: price ÷ (GFLOP/s ÷ 1000),
 * rounded up; 0 when the speed is unknown.
 */
export function pricePerTflopHour(pricePerGpuHour: bigint, gflops: number): bigint {
  const milliGflops = BigInt(Math.round(gflops * 1000))
  if (milliGflops <= 0n) return 0n
  return (pricePerGpuHour * 1_000_000n + milliGflops - 1n) / milliGflops
}

/**
 * Market statistics per GPU class over providers online (not banned, not draining):
 * nearest-rank median, p10 and p90 of the price per GPU-hour, median benchmark GFLOP/s,
 * and the median price per TFLOP-hour. Classes sorted by name.
 */
export function marketStats(entries: readonly BookEntry[], gpuClass?: string): GpuClassStats[] {
  const groups = new Map<string, BookEntry[]>()
  for (const e of entries) {
    if (e.isBanned || e.state === 'draining') continue
    const cls = gpuClassOf(e.advert)
    if (gpuClass !== undefined && cls.toLowerCase() !== gpuClass.toLowerCase()) continue
    const list = groups.get(cls) ?? []
    list.push(e)
    groups.set(cls, list)
  }
  return [...groups.keys()].sort().map((cls) => {
    const list = groups.get(cls)!
    const prices = sortBigints(list.map((e) => e.advert.pricePerGpuHour))
    const gflops = list.map((e) => e.advert.benchmarkGflops).sort((a, b) => a - b)
    const median = nearestRank(prices, 50)!
    const medianGflops = nearestRank(gflops, 50)!
    return {
      gpuClass: cls,
      providersOnline: list.length,
      medianPricePerGpuHour: median,
      p10PricePerGpuHour: nearestRank(prices, 10)!,
      p90PricePerGpuHour: nearestRank(prices, 90)!,
      medianGflops,
      pricePerTflopHour: pricePerTflopHour(median, medianGflops),
    }
  })
}
