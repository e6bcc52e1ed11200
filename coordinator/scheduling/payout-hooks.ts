// The seam between task outcomes and settlement: what a provider is owed, and when it
// has forfeited what it has not been paid yet.

/** A task whose results were accepted and, where it was audited, cleared by its audit. */
export interface ClearedTask {
  taskId: string
  jobId: string
  providerId: string
  count: number
  pricePerMillion: bigint
}

export interface PayoutHooks {
  /** The provider is owed `count × pricePerMillion / 1e6` (less the fee) for this task: pay it. */
  taskCleared(task: ClearedTask): void
  /** The provider was caught cheating: everything of it not yet paid is withheld, for good. */
  providerBanned(providerId: string): void
}
