import { costOfItems, RigpoolError, type Quote, type QuoteRequest } from '../../protocol/index.ts'
import type { BookEntry } from '../book/book-entry.ts'
import { explainRejections, rankOffers, type RankedOffer, type Requirements } from '../matching/index.ts'
import { nearestRank } from './percentile.ts'

/** Speed assumed for a provider never measured on the model (the quote says 0 items/s for it). */
const ASSUMED_ITEMS_PER_SECOND = 1

/** Splits `n` items over speeds in proportion (largest remainder), so every provider finishes together. */
function split(n: number, speeds: number[]): number[] {
  const total = speeds.reduce((a, b) => a + b, 0)
  const exact = speeds.map((s) => (n * s) / total)
  const out = exact.map(Math.floor)
  let left = n - out.reduce((a, b) => a + b, 0)
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i)
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) out[order[k]!.i]!++
  return out
}

function plan(offers: RankedOffer[], n: number, fallback: number): { items: number[]; completionMs: number } {
  const speeds = offers.map((o) => o.itemsPerSecond ?? fallback)
  const items = split(n, speeds)
  const overhead = Math.max(0, ...offers.map((o) => o.entry.latencyMs ?? 0))
  const completionMs = Math.max(...items.map((k, i) => (k / speeds[i]!) * 1000)) + overhead
  return { items, completionMs }
}

/**
 * What N items of a model cost now and how fast: the cheapest providers that fit, as
 * many as `spread` says (or, when 0, as few as meet the deadline), items split by speed.
 * p50 latency is when half the items are back: half the completion time plus overhead.
 */
export function quote(entries: readonly BookEntry[], req: Requirements, q: QuoteRequest): Quote {
  if (q.itemCount <= 0 || q.itemCount > 10_000_000) throw new RigpoolError('E_BAD_QUERY', 'items must be 1..10,000,000')
  if (q.spread > 1_000) throw new RigpoolError('E_BAD_QUERY', 'spread must be 0..1000')
  const live = entries.filter((e) => e.hasSession)
  // A paused provider counts: the owner's pause is temporary (intake accepts such jobs too).
  const ranked = rankOffers(live, req, { allowPaused: true })
  if (ranked.length === 0) throw new RigpoolError('E_NO_PROVIDER', explainRejections(live, req), { retryAfterMs: 5_000 })
  const known = ranked.map((o) => o.itemsPerSecond).filter((s): s is number => s !== undefined).sort((a, b) => a - b)
  const fallback = nearestRank(known, 50) ?? ASSUMED_ITEMS_PER_SECOND
  let k = q.spread > 0 ? Math.min(q.spread, ranked.length) : 1
  let p = plan(ranked.slice(0, k), q.itemCount, fallback)
  while (q.spread === 0 && q.deadlineMs > 0 && p.completionMs > q.deadlineMs && k < ranked.length) p = plan(ranked.slice(0, ++k), q.itemCount, fallback)
  const chosen = ranked.slice(0, k)
  const providers = chosen
    .map((o, i) => ({ peerId: o.entry.id, items: p.items[i]!, pricePerMillionItems: o.pricePerMillionItems, itemsPerSecond: o.itemsPerSecond ?? 0 }))
    .filter((x) => x.items > 0)
  const cost = providers.reduce((sum, x) => sum + costOfItems(BigInt(x.items), x.pricePerMillionItems), 0n)
  const overhead = nearestRank(chosen.map((o) => o.entry.latencyMs ?? 0).sort((a, b) => a - b), 50) ?? 0
  const completionMs = Math.min(2 ** 32 - 1, Math.ceil(p.completionMs))
  return { cost, completionMs, p50LatencyMs: (completionMs - overhead) / 2 + overhead, providers }
}
