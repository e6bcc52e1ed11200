import { MAX_FRAME_BYTES, MODEL_CHUNK_BYTES } from '../ids.ts'
import { ModelRequest as ModelRequestMessage, ModelResponse as ModelResponseMessage } from '../messages/model.ts'
import { modelIdFromBytes, modelIdToBytes, type ModelId } from '../model-id.ts'
import { decodeWith, oneOf, safeNumber } from '../oneof.ts'
import { RigpoolError } from '../errors.ts'
import { copyBytes } from '../tensor.ts'
import { errorFromInfo, errorToInfo } from './error-info.ts'

export const MODEL_FRAME_LIMIT = MAX_FRAME_BYTES.model

export interface ModelRequest {
  modelId: ModelId
  offset: number
}

export type ModelResponse =
  | { kind: 'info'; modelId: ModelId; sizeBytes: number }
  | { kind: 'chunk'; offset: number; data: Uint8Array }
  | { kind: 'error'; error: RigpoolError }

export function decodeModelRequest(bytes: Uint8Array): ModelRequest {
  const m = decodeWith(ModelRequestMessage.decode, bytes, 'model request')
  return { modelId: modelIdFromBytes(m.modelId), offset: safeNumber(m.offset, 'offset') }
}

export function encodeModelRequest(r: ModelRequest): Uint8Array {
  return ModelRequestMessage.encode({ modelId: modelIdToBytes(r.modelId) as Uint8Array<ArrayBuffer>, offset: BigInt(r.offset) })
}

export function decodeModelResponse(bytes: Uint8Array): ModelResponse {
  const m = decodeWith(ModelResponseMessage.decode, bytes, 'model response')
  const k = oneOf(m, ['info', 'chunk', 'error'], 'model response')
  switch (k.kind) {
    case 'info':
      return { kind: 'info', modelId: modelIdFromBytes(k.value.modelId), sizeBytes: safeNumber(k.value.sizeBytes, 'size') }
    case 'chunk':
      if (k.value.data.byteLength > MODEL_CHUNK_BYTES) throw new RigpoolError('E_BAD_FRAME', 'model chunk too large')
      return { kind: 'chunk', offset: safeNumber(k.value.offset, 'offset'), data: copyBytes(k.value.data) }
    case 'error':
      return { kind: 'error', error: errorFromInfo(k.value) }
  }
}

export function encodeModelResponse(r: ModelResponse): Uint8Array {
  switch (r.kind) {
    case 'info':
      return ModelResponseMessage.encode({
        info: { modelId: modelIdToBytes(r.modelId) as Uint8Array<ArrayBuffer>, sizeBytes: BigInt(r.sizeBytes) },
      })
    case 'chunk':
      return ModelResponseMessage.encode({ chunk: { offset: BigInt(r.offset), data: r.data as Uint8Array<ArrayBuffer> } })
    case 'error':
      return ModelResponseMessage.encode({ error: errorToInfo(r.error) })
  }
}
