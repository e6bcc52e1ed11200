// Public surface of the client SDK (package subpath rigpool/client).
export {
  MarketClient,
  type ConnectOptions,
  type JobRequest,
  type QuoteRequest,
  type SubmitOptions,
  type JobSummary,
} from './market-client.ts'
export { JobHandle, type JobResult, type Progress, type ResultsOptions } from './job-handle.ts'
export { JobStore, type JobRecord } from './job-store.ts'
export { ClientWallet, type PaymentsConfig } from './wallet.ts'
export { toWireFeeds, toWireTensor, toOrtFeeds, type Feeds, type OrtFeeds, type TensorInput, type TypedArray } from './tensors.ts'
export { readNpy, writeNpy } from './numpy/npy.ts'
export { readNpz, writeNpz } from './numpy/npz.ts'
export { splitBatch, joinItems, sliceRows, type SplitBatch } from './numpy/batch.ts'
export { inspectModel, describeInputs, type ModelSignature } from '../protocol/onnx/index.ts'
export { RigpoolError, type Quote, type JobStatus, type JobState } from '../protocol/index.ts'
