// The provider's executor: onnxruntime sessions in worker threads, a session cache within
// a byte budget, batching, and the on-disk model cache.
export { Executor, type ExecutorOptions, type RunRequest, type RunOptions } from './executor.ts'
export { ModelStore, type ModelStoreOptions } from './model-store.ts'
export { SessionCache, type CachedSession } from './session-cache.ts'
