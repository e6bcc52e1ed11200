import { RigpoolError, sleep } from '../protocol/index.ts'

/** Errors after which the same request may succeed: the link dropped, or the coordinator is busy or restarting. */
export function isRetryable(err: unknown): boolean {
  if (!(err instanceof RigpoolError)) return false
  return err.code === 'E_STREAM_CLOSED' || err.code === 'E_BUSY' || err.code === 'E_BAD_FRAME' || err.code === 'E_TIMEOUT'
}

export interface RetryOptions {
  signal?: AbortSignal
  /** Give up when failures go on this long (default 60 s). */
  giveUpAfterMs?: number
  /** Told of each failure that will be retried. */
  onRetry?: (err: RigpoolError, attempt: number) => void
}

/** Runs `attempt` until it succeeds, a failure is not retryable, or failures last past the limit. */
export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const limit = options.giveUpAfterMs ?? 60_000
  const started = Date.now()
  for (let n = 1; ; n++) {
    try {
      return await attempt()
    } catch (err) {
      if (!isRetryable(err) || options.signal?.aborted === true) throw err
      const error = err as RigpoolError
      const waited = Date.now() - started
      if (waited >= limit) {
        throw new RigpoolError(error.code, `${error.message} (gave up after ${Math.round(waited / 1000)} s of retries)`, { cause: err })
      }
      options.onRetry?.(error, n)
      const backoff = Math.min(error.retryAfterMs ?? Math.min(200 * 2 ** (n - 1), 3_000), limit - waited)
      await sleep(Math.max(50, backoff), options.signal)
    }
  }
}
