import { OnnxRunner, type GraphOptimizationLevel } from '../../protocol/onnx/index.ts'
import { RigpoolError, toRigpoolError } from '../../protocol/index.ts'

export interface EpAttempt {
  executionProvider: string
  ok: boolean
  /** The real failure message (first line), or 'ok'. */
  message: string
  ms: number
}

export interface EpChoice {
  runner: OnnxRunner
  executionProvider: string
  attempts: EpAttempt[]
}

export interface ChooseEpOptions {
  candidates: string[]
  intraOpNumThreads?: number
  graphOptimizationLevel?: GraphOptimizationLevel
  signal?: AbortSignal
}

/** The attempt log as advertised: one line per candidate tried. */
export function attemptLog(attempts: EpAttempt[]): string[] {
  return attempts.map((a) => `${a.executionProvider}: ${a.ok ? 'ok' : 'failed: ' + a.message}`.slice(0, 1000))
}

/**
 * Tries each execution provider alone, in order, and keeps the first that creates a
 * session here. Alone, because ORT throws on a listed provider that fails instead of
 * skipping it, and never says which provider ran: a runner of one provider that
 * started is exactly that provider.
 */
export async function chooseExecutionProvider(options: ChooseEpOptions): Promise<EpChoice> {
  const attempts: EpAttempt[] = []
  for (const ep of options.candidates) {
    options.signal?.throwIfAborted()
    // TF32 cannot be switched off through session options; cuBLAS reads this when CUDA loads,
    // and the worker thread inherits the process environment.
    if (ep === 'cuda') process.env.NVIDIA_TF32_OVERRIDE = '0'
    const t0 = performance.now()
    try {
      const runner = await OnnxRunner.start({
        executionProviders: [ep],
        intraOpNumThreads: options.intraOpNumThreads,
        graphOptimizationLevel: options.graphOptimizationLevel,
        signal: options.signal,
      })
      attempts.push({ executionProvider: ep, ok: true, message: 'ok', ms: performance.now() - t0 })
      return { runner, executionProvider: runner.settings().executionProvider, attempts }
    } catch (err) {
      const e = toRigpoolError(err, 'E_EXECUTION_PROVIDER')
      attempts.push({
        executionProvider: ep,
        ok: false,
        message: e.message.split('\n')[0]!.slice(0, 500),
        ms: performance.now() - t0,
      })
    }
  }
  throw new RigpoolError(
    'E_EXECUTION_PROVIDER',
    `no execution provider works here: ${attemptLog(attempts).join('; ')}`,
    {
      details: { attempts },
    },
  )
}
