// ONNX code shared by the provider's executor and the coordinator's verifier.
export {
  inspectModel,
  onnxElemType,
  DEFAULT_MAX_MODEL_BYTES,
  STANDARD_DOMAINS,
  type ModelSignature,
  type TensorSpec,
  type InspectOptions,
} from './inspect.ts'
export { checkItemInputs, describeInputs } from './inputs.ts'
export {
  groupBatches,
  planBatches,
  batchFeeds,
  concatBatch,
  splitBatch,
  splitOutputs,
  type BatchRange,
} from './batch.ts'
export {
  OnnxRunner,
  SESSION_BYTES_FACTOR,
  type RunnerOptions,
  type RunnerSettings,
  type LoadedModel,
  type CallOptions,
  type GraphOptimizationLevel,
} from './runner.ts'
export {
  encodeModel,
  valueInfo,
  floatInitializer,
  probeModel,
  ONNX_FLOAT,
  type GraphSpec,
  type ValueSpec,
} from './build.ts'
export { onnx, type OnnxTypes } from './proto.ts'
