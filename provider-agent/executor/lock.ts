import { RigpoolError } from '../../protocol/errors.ts'

/** A FIFO mutex whose waits honour a signal. */
export class Lock {
  #tail: Promise<void> = Promise.resolve()
  #waiting = 0

  /** Callers queued or holding the lock. */
  get depth(): number {
    return this.#waiting
  }

  /** Runs `fn` alone; rejects with E_ABORTED if the signal fires while waiting. */
  async with<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    const previous = this.#tail
    let release!: () => void
    this.#tail = new Promise<void>((resolve) => (release = resolve))
    this.#waiting++
    try {
      await new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(new RigpoolError('E_ABORTED', 'aborted while waiting for a runner'))
        const onAbort = (): void => reject(new RigpoolError('E_ABORTED', 'aborted while waiting for a runner'))
        signal?.addEventListener('abort', onAbort, { once: true })
        void previous.then(() => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        })
      })
      return await fn()
    } finally {
      this.#waiting--
      // A waiter that gave up still passes the lock on in order.
      void previous.then(release)
    }
  }
}
