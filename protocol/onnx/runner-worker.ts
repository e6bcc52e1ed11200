// The inference thread of OnnxRunner: session.run() is a synchronous native call, so it
// runs here and never on the thread that serves the network (DESIGN.md §6).
import '../polyfill.ts'
import { parentPort, workerData } from 'node:worker_threads'
import * as ort from 'onnxruntime-node'
import { RigpoolError, toRigpoolError, type ErrorCode } from '../errors.ts'
import { fromOrtTensor, toOrtTensor, type NamedTensors } from '../tensor.ts'
import { probeModel } from './build.ts'
import type { LoadResult, ProbeResult, WorkerInit, WorkerRequest, WorkerResponse } from './runner-messages.ts'

const { settings, cancelFlag } = workerData as WorkerInit

/** Thrown between feeds when the main thread has cancelled this call (or all calls). */
class Cancelled extends Error {}

function throwIfCancelled(id: number): void {
  const flag = Atomics.load(cancelFlag, 0)
  if (flag === id || flag === -1) throw new Cancelled()
}
const sessions = new Map<string, ort.InferenceSession>()

function sessionOptions(): ort.InferenceSession.SessionOptions {
  // No custom-op library is ever registered: untrusted models get only ORT's own kernels.
  return {
    executionProviders: settings.executionProviders,
    intraOpNumThreads: settings.intraOpNumThreads,
    interOpNumThreads: 1,
    graphOptimizationLevel: settings.graphOptimizationLevel,
    logSeverityLevel: 3,
  }
}

/** ORT's messages for bad feeds; everything else it throws is an inference failure. */
const INPUT_ERROR =
  /invalid (feed )?input name|invalid dimensions|unexpected input data type|input .* (is )?missing|tensor type/i

async function handle(req: WorkerRequest): Promise<{ result: unknown; transfer: ArrayBuffer[] }> {
  switch (req.kind) {
    case 'stop':
      // Answered after everything queued before it: the main thread then ends us while idle.
      return { result: null, transfer: [] }
    case 'probe': {
      const session = await ort.InferenceSession.create(probeModel(), sessionOptions())
      await session.release()
      const known = new Set<string>(ort.listSupportedBackends().map((b) => b.name))
      const ran = settings.executionProviders.find((ep) => known.has(ep)) ?? 'cpu'
      return { result: { executionProvider: ran } satisfies ProbeResult, transfer: [] }
    }
    case 'load': {
      const old = sessions.get(req.modelId)
      if (old !== undefined) return { result: { loadMs: 0, rssDeltaBytes: 0 } satisfies LoadResult, transfer: [] }
      const rss = process.memoryUsage.rss()
      const t0 = performance.now()
      const session = await ort.InferenceSession.create(req.bytes, sessionOptions())
      const loadMs = performance.now() - t0
      sessions.set(req.modelId, session)
      const rssDeltaBytes = Math.max(0, process.memoryUsage.rss() - rss)
      return { result: { loadMs, rssDeltaBytes } satisfies LoadResult, transfer: [] }
    }
    case 'unload': {
      const session = sessions.get(req.modelId)
      sessions.delete(req.modelId)
      await session?.release()
      return { result: null, transfer: [] }
    }
    case 'run': {
      const session = sessions.get(req.modelId)
      if (session === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${req.modelId} is not loaded`)
      const results: NamedTensors[] = []
      const transfer: ArrayBuffer[] = []
      for (const feed of req.feeds) {
        throwIfCancelled(req.id)
        const ortFeeds: Record<string, ort.Tensor> = {}
        for (const [name, t] of Object.entries(feed)) ortFeeds[name] = toOrtTensor(t)
        let out: ort.InferenceSession.ReturnType
        try {
          out = req.outputNames ? await session.run(ortFeeds, req.outputNames) : await session.run(ortFeeds)
        } catch (err) {
          const text = err instanceof Error ? err.message : String(err)
          throw new RigpoolError(INPUT_ERROR.test(text) ? 'E_INPUT_MISMATCH' : 'E_INFERENCE_FAILED', text, {
            cause: err,
          })
        }
        const named: NamedTensors = {}
        for (const [name, t] of Object.entries(out)) {
          named[name] = fromOrtTensor(t)
          transfer.push(named[name].data.buffer as ArrayBuffer)
          t.dispose()
        }
        results.push(named)
      }
      return { result: results, transfer }
    }
  }
}

// One request at a time, in arrival order: a load and a run never interleave.
let queue: Promise<void> = Promise.resolve()
parentPort!.on('message', (req: WorkerRequest) => {
  queue = queue.then(async () => {
    let msg: WorkerResponse
    let transfer: ArrayBuffer[] = []
    try {
      if (req.kind !== 'stop') throwIfCancelled(req.id)
      const done = await handle(req)
      msg = { id: req.id, ok: true, result: done.result }
      transfer = done.transfer
    } catch (err) {
      if (err instanceof Cancelled) return
      const code: ErrorCode =
        req.kind === 'probe' ? 'E_EXECUTION_PROVIDER' : req.kind === 'load' ? 'E_BAD_MODEL' : 'E_INFERENCE_FAILED'
      const e = toRigpoolError(err, code)
      msg = { id: req.id, ok: false, error: { code: e.code, message: e.message } }
    }
    parentPort!.postMessage(msg, transfer)
  })
})
