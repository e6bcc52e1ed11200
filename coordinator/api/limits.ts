import { RigpoolError } from '../../protocol/index.ts'

/** Per-client and global bounds on intake; each refusal is a typed E_BUSY with a retry-after. */
export interface LimitsConfig {
  /** Submissions a client may make per minute (token bucket), and the burst. */
  submissionsPerMinute: number
  submissionBurst: number
  /** Unfinished jobs per client. */
  maxJobsPerClient: number
  /** Unfinished jobs overall. */
  maxActiveJobs: number
  /** Submissions being received at once (their items are held in memory until stored). */
  maxConcurrentSubmissions: number
  maxItemsPerJob: number
  /** Input bytes of one job. */
  maxJobBytes: number
  /** Results kept on disk awaiting acknowledgement. */
  resultQuotaBytes: number
}

export const DEFAULT_LIMITS: LimitsConfig = {
  submissionsPerMinute: 60,
  submissionBurst: 20,
  maxJobsPerClient: 16,
  maxActiveJobs: 1_000,
  maxConcurrentSubmissions: 32,
  maxItemsPerJob: 1_000_000,
  maxJobBytes: 1024 * 1024 * 1024,
  resultQuotaBytes: 8 * 1024 * 1024 * 1024,
}

/** Token buckets per client PeerId, bounded in number (the oldest idle bucket goes first). */
export class SubmissionRate {
  private readonly buckets = new Map<string, { tokens: number; atMs: number }>()
  private readonly perMs: number
  private readonly burst: number

  constructor(perMinute: number, burst: number) {
    this.perMs = perMinute / 60_000
    this.burst = burst
  }

  /** Takes a token for `client` or throws E_BUSY with when the next one is due. */
  take(client: string, nowMs: number): void {
    const b = this.buckets.get(client) ?? { tokens: this.burst, atMs: nowMs }
    b.tokens = Math.min(this.burst, b.tokens + (nowMs - b.atMs) * this.perMs)
    b.atMs = nowMs
    if (b.tokens < 1) {
      throw new RigpoolError('E_BUSY', 'too many submissions from this client', { retryAfterMs: Math.ceil((1 - b.tokens) / this.perMs) })
    }
    b.tokens -= 1
    this.buckets.delete(client)
    this.buckets.set(client, b)
    if (this.buckets.size > 100_000) this.buckets.delete(this.buckets.keys().next().value!)
  }
}
