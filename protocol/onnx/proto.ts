// onnx-proto is CommonJS (`module.exports = $root`): under ESM its namespace is only on
// the default export, so every file of ours takes it from here.
import onnxProto from 'onnx-proto'

export const onnx = onnxProto.onnx
// Re-exported as a type namespace too, so callers can write `onnx.IModelProto`.
export type { onnx as OnnxTypes } from 'onnx-proto'

/** A protobuf int64 (protobufjs gives a Long when the `long` package is present) as a number. */
export function toNumber(value: number | { toNumber(): number } | null | undefined): number {
  if (value === null || value === undefined) return 0
  return typeof value === 'number' ? value : value.toNumber()
}
