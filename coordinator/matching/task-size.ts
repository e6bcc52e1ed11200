/** How tasks are sized: long enough to amortise a round trip, short enough to re-run cheaply. */
export interface TaskSizing {
  targetTaskMs: number
  minTaskItems: number
  maxTaskItems: number
  /** Items per task for a provider not yet measured on the model (a probe). */
  probeItems: number
}

export const DEFAULT_TASK_SIZING: TaskSizing = { targetTaskMs: 2_000, minTaskItems: 1, maxTaskItems: 256, probeItems: 16 }

/**
 * Items for the next task on a provider of `itemsPerSecond`: its throughput times the
 * target duration, and no more than its share of what is left when the job is spread
 * over `sharing` providers, so a batch finishes sooner when spread.
 */
export function taskSizeFor(itemsPerSecond: number | undefined, remaining: number, sharing: number, sizing: TaskSizing, maxItemsByBytes = Infinity): number {
  const bySpeed = itemsPerSecond === undefined ? sizing.probeItems : Math.round((itemsPerSecond * sizing.targetTaskMs) / 1000)
  const fairShare = Math.ceil(remaining / Math.max(1, sharing))
  const size = Math.min(bySpeed, fairShare, sizing.maxTaskItems, maxItemsByBytes, remaining)
  return Math.max(Math.min(sizing.minTaskItems, remaining), size)
}
