// Messages between OnnxRunner (main thread) and runner-worker.ts. Tensors travel as
// WireTensor ({dtype, dims, data}) with their ArrayBuffers transferred, not copied.
import type { ErrorCode } from '../errors.ts'
import type { NamedTensors } from '../tensor.ts'

export type GraphOptimizationLevel = 'disabled' | 'basic' | 'extended' | 'all'

/** Session options every session of one runner shares. */
export interface SessionSettings {
  executionProviders: string[]
  intraOpNumThreads: number
  graphOptimizationLevel: GraphOptimizationLevel
}

/** workerData: the settings, and a flag: the id of a call to drop before its next feed, or -1 for all. */
export interface WorkerInit {
  settings: SessionSettings
  cancelFlag: Int32Array
}

export type WorkerRequest =
  | { id: number; kind: 'stop' }
  | { id: number; kind: 'probe' }
  | { id: number; kind: 'load'; modelId: string; bytes: Uint8Array }
  | { id: number; kind: 'run'; modelId: string; feeds: NamedTensors[]; outputNames?: string[] }
  | { id: number; kind: 'unload'; modelId: string }

export interface ProbeResult {
  /** The execution provider that created the probe session (the first one ORT knows). */
  executionProvider: string
}

export interface LoadResult {
  loadMs: number
  rssDeltaBytes: number
}

export type WorkerResponse =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: { code: ErrorCode; message: string } }
