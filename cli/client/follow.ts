// Following a job in the foreground: progress on stderr, Ctrl-C cancels the job cleanly
// (results already delivered are still collected), a second Ctrl-C stops at once.
import type { JobHandle } from '../../client-sdk/index.ts'
import { ProgressView } from './progress.ts'

/** Runs `work` with progress shown and SIGINT/SIGTERM turned into a clean cancel. */
export async function followWithSignals<T>(job: JobHandle, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const view = new ProgressView()
  const onProgress = view.update.bind(view)
  job.on('progress', onProgress)
  const hardStop = new AbortController()
  let cancelling = false
  const onSignal = (): void => {
    if (cancelling) {
      hardStop.abort()
      return
    }
    cancelling = true
    process.stderr.write('\ncancelling: results already delivered are kept; Ctrl-C again to stop now\n')
    job.cancel({ timeoutMs: 10_000 }).catch((err: unknown) => {
      process.stderr.write(`cancel failed: ${String(err)}\n`)
      hardStop.abort()
    })
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  try {
    return await work(hardStop.signal)
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    job.off('progress', onProgress)
    view.finish()
  }
}
