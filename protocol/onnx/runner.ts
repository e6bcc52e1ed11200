import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { RigpoolError, type ErrorCode } from '../errors.ts'
import type { NamedTensors } from '../tensor.ts'
import { inspectModel, type InspectOptions, type ModelSignature } from './inspect.ts'
import type {
  GraphOptimizationLevel,
  LoadResult,
  ProbeResult,
  SessionSettings,
  WorkerInit,
  WorkerRequest,
  WorkerResponse,
} from './runner-messages.ts'

export type { GraphOptimizationLevel } from './runner-messages.ts'

export interface RunnerOptions {
  /** Execution providers in order; default ['cpu']. A listed provider that fails is an error, not skipped. */
  executionProviders?: string[]
  /** Threads per session; default: all cores. */
  intraOpNumThreads?: number
  /** Default 'all' (onnxruntime's own default). Verifier and provider must agree for exact comparison. */
  graphOptimizationLevel?: GraphOptimizationLevel
  signal?: AbortSignal
  /** Deadline for starting the worker and probing the execution provider; default 30 s. */
  startTimeoutMs?: number
}

/** What a runner really runs with: recorded in adverts and job specs. */
export interface RunnerSettings {
  ortVersion: string
  executionProvider: string
  executionProviders: string[]
  graphOptimizationLevel: GraphOptimizationLevel
  intraOpNumThreads: number
}

export interface LoadedModel {
  signature: ModelSignature
  loadMs: number
  /** Memory the session is reckoned to hold: max(model size × 2, RSS growth at load). */
  estimatedBytes: number
}

export interface CallOptions {
  signal?: AbortSignal
  timeoutMs?: number
}

/** Session memory is reckoned as at least this multiple of the model's size. */
export const SESSION_BYTES_FACTOR = 2
const DEFAULT_LOAD_TIMEOUT_MS = 120_000
const DEFAULT_RUN_TIMEOUT_MS = 600_000

const ortVersion: string = (() => {
  const require = createRequire(import.meta.url)
  const pkg = JSON.parse(readFileSync(require.resolve('onnxruntime-node/package.json'), 'utf8')) as { version: string }
  return pkg.version
})()

type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never

interface Pending {
  resolve: (value: unknown) => void
  reject: (err: RigpoolError) => void
}

/** Starts the worker; under tsx (a .ts file) it needs the same loader hooks as we have. */
function spawnWorker(settings: SessionSettings, cancelFlag: Int32Array): Worker {
  const url = new URL('./runner-worker.ts', import.meta.url)
  const isTypeScript = import.meta.url.endsWith('.ts')
  const register = new URL('../../scripts/register.mjs', import.meta.url).href
  return new Worker(url, {
    workerData: { settings, cancelFlag } satisfies WorkerInit,
    // Explicit, not inherited: the test runner's own flags (--test…) are invalid in a worker.
    execArgv: isTypeScript ? ['--import', register] : [],
  })
}

let lifecycle: Promise<unknown> = Promise.resolve()

/**
 * Worker starts and exits, one at a time in this process: onnxruntime-node aborts the
 * process (uncaught Napi::Error) when one worker tears down while another initialises.
 */
async function withLifecycleLock<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
  const previous = lifecycle
  let release!: () => void
  lifecycle = new Promise<void>((resolve) => (release = resolve))
  try {
    await abortable(previous, signal)
    return await fn()
  } finally {
    // Waiting callers queue behind the previous holder even if this one gave up early.
    void previous.finally(release)
  }
}

function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return p
  if (signal.aborted) return Promise.reject(new RigpoolError('E_ABORTED', 'runner start aborted'))
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void =>
      reject(
        new RigpoolError(
          signal.reason?.name === 'TimeoutError' ? 'E_TIMEOUT' : 'E_ABORTED',
          'runner start: waiting for another runner to stop',
        ),
      )
    signal.addEventListener('abort', onAbort, { once: true })
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort)
        resolve(v)
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(e)
      },
    )
  })
}

/**
 * onnxruntime sessions in a worker thread. A cancelled call (signal or deadline) rejects
 * at once; the worker stops it before its next feed and keeps its sessions, so the runner
 * stays usable. Ending a worker inside a native run aborts the whole process (onnxruntime's
 * N-API teardown), so a worker is only ever ended when idle.
 */
export class OnnxRunner {
  readonly #settings: SessionSettings
  #worker: Worker | null = null
  /** Shared with the worker: the id of the call to cancel, or -1 for all. */
  #cancelFlag: Int32Array | null = null
  #executionProvider = 'cpu'
  #nextId = 1
  readonly #pending = new Map<number, Pending>()
  readonly #loaded = new Map<string, LoadedModel>()

  private constructor(settings: SessionSettings) {
    this.#settings = settings
  }

  /** Starts a runner and checks that its execution providers create a session here (E_EXECUTION_PROVIDER if not). */
  static async start(options: RunnerOptions = {}): Promise<OnnxRunner> {
    const runner = new OnnxRunner({
      executionProviders: options.executionProviders ?? ['cpu'],
      intraOpNumThreads: options.intraOpNumThreads ?? availableParallelism(),
      graphOptimizationLevel: options.graphOptimizationLevel ?? 'all',
    })
    await runner.restart({ signal: options.signal, timeoutMs: options.startTimeoutMs ?? 30_000 })
    return runner
  }

  /** Ends the current worker (if any) and starts a fresh one with no sessions. */
  async restart(options: CallOptions = {}): Promise<void> {
    await this.terminate()
    const { signal, timeoutMs = 30_000 } = options
    const deadline = AbortSignal.timeout(timeoutMs)
    await withLifecycleLock(signal ? AbortSignal.any([signal, deadline]) : deadline, async () => {
      const cancelFlag = new Int32Array(new SharedArrayBuffer(4))
      const worker = spawnWorker(this.#settings, cancelFlag)
      this.#worker = worker
      this.#cancelFlag = cancelFlag
      worker.on('message', (msg: WorkerResponse) => this.#onMessage(msg))
      worker.on('error', (err) => this.#lost(worker, `runner worker crashed: ${err.message}`))
      worker.on('exit', (code) => this.#lost(worker, `runner worker exited (${code})`))
      try {
        const probe = (await this.#call({ kind: 'probe' }, [], { signal, timeoutMs })) as ProbeResult
        this.#executionProvider = probe.executionProvider
      } catch (err) {
        // We hold the lifecycle lock here already.
        await this.#end(worker, false)
        throw err
      }
    })
  }

  /** True while the worker is up. */
  get isAlive(): boolean {
    return this.#worker !== null
  }

  /** Model ids with a session in this runner. */
  loadedModels(): string[] {
    return [...this.#loaded.keys()]
  }

  /** The model's entry if loaded here. */
  loaded(modelId: string): LoadedModel | undefined {
    return this.#loaded.get(modelId)
  }

  /** Inspects the model (refusing unsafe ones) and creates its session from a copy of the bytes. */
  async load(modelId: string, bytes: Uint8Array, options: CallOptions & InspectOptions = {}): Promise<LoadedModel> {
    const existing = this.#loaded.get(modelId)
    if (existing !== undefined) return existing
    const signature = inspectModel(bytes, options)
    // new Uint8Array(view) copies; Buffer#slice would not, and transferring would detach the caller's (or Node's pooled) memory.
    const copy = new Uint8Array(bytes)
    const res = (await this.#call({ kind: 'load', modelId, bytes: copy }, [copy.buffer as ArrayBuffer], {
      timeoutMs: DEFAULT_LOAD_TIMEOUT_MS,
      ...options,
    })) as LoadResult
    const entry: LoadedModel = {
      signature,
      loadMs: res.loadMs,
      estimatedBytes: Math.max(bytes.byteLength * SESSION_BYTES_FACTOR, res.rssDeltaBytes),
    }
    this.#loaded.set(modelId, entry)
    return entry
  }

  /** Runs one session call per feed, in order; outputs come back in the same order. */
  async run(
    modelId: string,
    feeds: NamedTensors[],
    outputNames?: string[],
    options: CallOptions = {},
  ): Promise<NamedTensors[]> {
    if (!this.#loaded.has(modelId)) {
      throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} is not loaded in this runner`)
    }
    // Copies go to the worker so the caller keeps its tensors.
    const transfer: ArrayBuffer[] = []
    const sent = feeds.map((feed) => {
      const out: NamedTensors = {}
      for (const [name, t] of Object.entries(feed)) {
        const data = new Uint8Array(t.data)
        transfer.push(data.buffer as ArrayBuffer)
        out[name] = { dtype: t.dtype, dims: [...t.dims], data }
      }
      return out
    })
    const req = { kind: 'run' as const, modelId, feeds: sent, ...(outputNames ? { outputNames } : {}) }
    return (await this.#call(req, transfer, { timeoutMs: DEFAULT_RUN_TIMEOUT_MS, ...options })) as NamedTensors[]
  }

  /** Releases the model's session. */
  async unload(modelId: string, options: CallOptions = {}): Promise<void> {
    if (!this.#loaded.delete(modelId) || this.#worker === null) return
    await this.#call({ kind: 'unload', modelId }, [], { timeoutMs: 30_000, ...options })
  }

  /** ORT version, execution provider that ran, optimisation level and threads. */
  settings(): RunnerSettings {
    return {
      ortVersion,
      executionProvider: this.#executionProvider,
      executionProviders: [...this.#settings.executionProviders],
      graphOptimizationLevel: this.#settings.graphOptimizationLevel,
      intraOpNumThreads: this.#settings.intraOpNumThreads,
    }
  }

  /**
   * Ends the worker and every session: pending calls reject with E_ABORTED at once; the
   * thread itself ends once its current feed (a native call) returns.
   */
  async terminate(): Promise<void> {
    const worker = this.#worker
    if (worker !== null) await this.#end(worker)
  }

  async #end(worker: Worker, takeLock = true): Promise<void> {
    if (this.#worker === worker) {
      this.#worker = null
      this.#loaded.clear()
      if (this.#cancelFlag !== null) Atomics.store(this.#cancelFlag, 0, -1)
      this.#cancelFlag = null
      this.#rejectAll(new RigpoolError('E_ABORTED', 'runner terminated'))
    }
    // The worker answers 'stop' only after what it is running now: then it is idle and safe to end.
    const idle = new Promise<void>((resolve) => {
      worker.on('message', (msg: WorkerResponse) => msg.id === 0 && resolve())
      worker.once('exit', () => resolve())
    })
    worker.postMessage({ id: 0, kind: 'stop' } satisfies WorkerRequest)
    const stop = async (): Promise<void> => {
      await idle
      await worker.terminate()
    }
    await (takeLock ? withLifecycleLock(undefined, stop) : stop())
  }

  #lost(worker: Worker, message: string): void {
    if (this.#worker !== worker) return
    this.#worker = null
    this.#loaded.clear()
    this.#rejectAll(new RigpoolError('E_INFERENCE_FAILED', message))
  }

  #rejectAll(err: RigpoolError): void {
    const pending = [...this.#pending.values()]
    this.#pending.clear()
    for (const p of pending) p.reject(err)
  }

  #onMessage(msg: WorkerResponse): void {
    const p = this.#pending.get(msg.id)
    if (p === undefined) return
    this.#pending.delete(msg.id)
    if (msg.ok) p.resolve(msg.result)
    else p.reject(new RigpoolError(msg.error.code, msg.error.message))
  }

  #call(req: RequestBody, transfer: ArrayBuffer[], options: CallOptions): Promise<unknown> {
    const worker = this.#worker
    const flag = this.#cancelFlag
    if (worker === null || flag === null) {
      return Promise.reject(new RigpoolError('E_ABORTED', 'runner is not running: restart it'))
    }
    const { signal, timeoutMs } = options
    if (signal?.aborted) return Promise.reject(new RigpoolError('E_ABORTED', `${req.kind} aborted before start`))
    const id = this.#nextId++
    return new Promise<unknown>((resolve, reject) => {
      const cancel = (code: ErrorCode, message: string): void => {
        if (!this.#pending.delete(id)) return
        done()
        // The worker drops this call before its next feed; its late answer finds no one waiting.
        Atomics.store(flag, 0, id)
        reject(new RigpoolError(code, message))
      }
      const onAbort = (): void => cancel('E_ABORTED', `${req.kind} aborted`)
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => cancel('E_TIMEOUT', `${req.kind} exceeded ${timeoutMs} ms`), timeoutMs)
      const done = (): void => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', onAbort)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.#pending.set(id, {
        resolve: (v) => {
          done()
          resolve(v)
        },
        reject: (e) => {
          done()
          reject(e)
        },
      })
      worker.postMessage({ ...req, id } as WorkerRequest, transfer)
    })
  }
}
