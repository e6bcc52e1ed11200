import { RigpoolError } from '../protocol/errors.ts'

/** What every waiting function of settlement/ takes. */
export interface WaitOptions {
  signal?: AbortSignal
  /** Deadline for the whole call; each function documents its default. */
  timeoutMs?: number
}

/** Throws E_ABORTED if `signal` is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new RigpoolError('E_ABORTED', 'aborted', { cause: signal.reason })
}

/**
 * Settles with `work`, or rejects with E_TIMEOUT after `timeoutMs` or E_ABORTED when
 * `signal` aborts. The work itself is not cancelled; callers pass the signal on where they can.
 */
export async function withDeadline<T>(
  work: Promise<T> | (() => Promise<T>),
  what: string,
  { signal, timeoutMs }: { signal?: AbortSignal; timeoutMs: number },
): Promise<T> {
  throwIfAborted(signal)
  const promise = typeof work === 'function' ? work() : work
  let timer: NodeJS.Timeout | undefined
  let onAbort: (() => void) | undefined
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RigpoolError('E_TIMEOUT', `${what} timed out after ${timeoutMs} ms`)), timeoutMs)
    onAbort = () => reject(new RigpoolError('E_ABORTED', `${what} aborted`, { cause: signal?.reason }))
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  try {
    return await Promise.race([promise, guard])
  } finally {
    clearTimeout(timer)
    if (onAbort !== undefined) signal?.removeEventListener('abort', onAbort)
    promise.catch(() => {})
  }
}

/** Resolves after `ms`, or rejects with E_ABORTED when `signal` aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(new RigpoolError('E_ABORTED', 'aborted'))
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(new RigpoolError('E_ABORTED', 'aborted'))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
