import { RigpoolError } from './errors.ts'

/** What every function that waits accepts. */
export interface WaitOptions {
  signal?: AbortSignal
  /** Deadline for this wait; undefined = only the signal ends it. */
  timeoutMs?: number
}

/**
 * Races `promise` against the signal and the deadline. The loser is not cancelled:
 * callers abort the underlying resource (a stream, a worker) when this rejects.
 */
export function withDeadline<T>(promise: Promise<T>, options: WaitOptions, what: string): Promise<T> {
  const { signal, timeoutMs } = options
  if (signal === undefined && timeoutMs === undefined) return promise
  if (signal?.aborted === true) {
    promise.catch(() => {})
    return Promise.reject(abortError(signal, what))
  }
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined
    const onAbort = (): void => {
      cleanup()
      reject(abortError(signal!, what))
    }
    const cleanup = (): void => {
      if (timer !== undefined) clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        cleanup()
        reject(new RigpoolError('E_TIMEOUT', `timed out after ${timeoutMs} ms ${what}`))
      }, timeoutMs)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        cleanup()
        resolve(value)
      },
      (err: unknown) => {
        cleanup()
        reject(err)
      },
    )
  })
}

function abortError(signal: AbortSignal, what: string): RigpoolError {
  const reason: unknown = signal.reason
  if (reason instanceof RigpoolError) return reason
  return new RigpoolError('E_ABORTED', `aborted ${what}`, { cause: reason })
}

/** Sleeps, ending early (rejecting with E_ABORTED) when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return withDeadline(new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.()), { signal }, 'sleeping')
}

/** A signal that fires when any of the given ones fires or after timeoutMs. */
export function anySignal(signals: Array<AbortSignal | undefined>, timeoutMs?: number): AbortSignal {
  const list = signals.filter((s): s is AbortSignal => s !== undefined)
  if (timeoutMs !== undefined) list.push(AbortSignal.timeout(timeoutMs))
  return AbortSignal.any(list)
}

/** Runs the functions given to it one after another, in order; a failure does not stop the next. */
export class SerialQueue {
  #tail: Promise<unknown> = Promise.resolve()

  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.#tail.then(fn, fn)
    this.#tail = next.catch(() => {})
    return next
  }

  /** Resolves once everything queued so far has run. */
  async idle(): Promise<void> {
    await this.#tail
  }
}
