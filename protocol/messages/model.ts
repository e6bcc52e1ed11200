/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface ModelRequest {
  modelId: Uint8Array<ArrayBuffer>
  offset: bigint
}

export namespace ModelRequest {
  let _codec: Codec<ModelRequest>

  export const codec = (): Codec<ModelRequest> => {
    if (_codec == null) {
      _codec = message<ModelRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.modelId != null && obj.modelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.modelId)
        }

        if ((obj.offset != null && obj.offset !== 0n)) {
          w.uint32(16)
          w.uint64(obj.offset)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          modelId: uint8ArrayAlloc(0),
          offset: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.modelId = reader.bytes()
              break
            }
            case 2: {
              obj.offset = reader.uint64()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.modelId`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.offset`,
                value: reader.uint64()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ModelRequestModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ModelRequestOffsetFieldEvent {
    field: '$.offset'
    value: bigint
  }

  export function encode (obj: Partial<ModelRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ModelRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelRequest>): ModelRequest {
    return decodeMessage(buf, ModelRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelRequest>): Generator<ModelRequestModelIdFieldEvent | ModelRequestOffsetFieldEvent> {
    return streamMessage(buf, ModelRequest.codec(), opts)
  }
}

export interface ModelInfo {
  modelId: Uint8Array<ArrayBuffer>
  sizeBytes: bigint
}

export namespace ModelInfo {
  let _codec: Codec<ModelInfo>

  export const codec = (): Codec<ModelInfo> => {
    if (_codec == null) {
      _codec = message<ModelInfo>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.modelId != null && obj.modelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.modelId)
        }

        if ((obj.sizeBytes != null && obj.sizeBytes !== 0n)) {
          w.uint32(16)
          w.uint64(obj.sizeBytes)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          modelId: uint8ArrayAlloc(0),
          sizeBytes: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.modelId = reader.bytes()
              break
            }
            case 2: {
              obj.sizeBytes = reader.uint64()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.modelId`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.sizeBytes`,
                value: reader.uint64()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ModelInfoModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ModelInfoSizeBytesFieldEvent {
    field: '$.sizeBytes'
    value: bigint
  }

  export function encode (obj: Partial<ModelInfo>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ModelInfo.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelInfo>): ModelInfo {
    return decodeMessage(buf, ModelInfo.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelInfo>): Generator<ModelInfoModelIdFieldEvent | ModelInfoSizeBytesFieldEvent> {
    return streamMessage(buf, ModelInfo.codec(), opts)
  }
}

export interface ModelChunk {
  offset: bigint
  data: Uint8Array<ArrayBuffer>
}

export namespace ModelChunk {
  let _codec: Codec<ModelChunk>

  export const codec = (): Codec<ModelChunk> => {
    if (_codec == null) {
      _codec = message<ModelChunk>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.offset != null && obj.offset !== 0n)) {
          w.uint32(8)
          w.uint64(obj.offset)
        }

        if ((obj.data != null && obj.data.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.data)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          offset: 0n,
          data: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.offset = reader.uint64()
              break
            }
            case 2: {
              obj.data = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.offset`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.data`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ModelChunkOffsetFieldEvent {
    field: '$.offset'
    value: bigint
  }

  export interface ModelChunkDataFieldEvent {
    field: '$.data'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<ModelChunk>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ModelChunk.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelChunk>): ModelChunk {
    return decodeMessage(buf, ModelChunk.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelChunk>): Generator<ModelChunkOffsetFieldEvent | ModelChunkDataFieldEvent> {
    return streamMessage(buf, ModelChunk.codec(), opts)
  }
}

export interface ModelResponse {
  info?: ModelInfo
  chunk?: ModelChunk
  error?: ErrorInfo
}

export namespace ModelResponse {
  let _codec: Codec<ModelResponse>

  export const codec = (): Codec<ModelResponse> => {
    if (_codec == null) {
      _codec = message<ModelResponse>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.error != null) {
          obj.chunk = undefined
          obj.info = undefined
        }

        if (obj.chunk != null) {
          obj.error = undefined
          obj.info = undefined
        }

        if (obj.info != null) {
          obj.error = undefined
          obj.chunk = undefined
        }

        if (obj.info != null) {
          w.uint32(10)
          ModelInfo.codec().encode(obj.info, w)
        }

        if (obj.chunk != null) {
          w.uint32(18)
          ModelChunk.codec().encode(obj.chunk, w)
        }

        if (obj.error != null) {
          w.uint32(26)
          ErrorInfo.codec().encode(obj.error, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {}

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.info = ModelInfo.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.info
              })
              break
            }
            case 2: {
              obj.chunk = ModelChunk.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.chunk
              })
              break
            }
            case 3: {
              obj.error = ErrorInfo.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.error
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.error != null) {
          delete obj.chunk
          delete obj.info
        }

        if (obj.chunk != null) {
          delete obj.error
          delete obj.info
        }

        if (obj.info != null) {
          delete obj.error
          delete obj.chunk
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * ModelInfo.codec().stream(reader, reader.uint32(), `${prefix}.info`, {
                limits: opts.limits?.info
              })

              break
            }
            case 2: {
              yield * ModelChunk.codec().stream(reader, reader.uint32(), `${prefix}.chunk`, {
                limits: opts.limits?.chunk
              })

              break
            }
            case 3: {
              yield * ErrorInfo.codec().stream(reader, reader.uint32(), `${prefix}.error`, {
                limits: opts.limits?.error
              })

              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ModelResponseInfoModelIdFieldEvent {
    field: '$.info.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ModelResponseInfoSizeBytesFieldEvent {
    field: '$.info.sizeBytes'
    value: bigint
  }

  export interface ModelResponseChunkOffsetFieldEvent {
    field: '$.chunk.offset'
    value: bigint
  }

  export interface ModelResponseChunkDataFieldEvent {
    field: '$.chunk.data'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ModelResponseErrorCodeFieldEvent {
    field: '$.error.code'
    value: string
  }

  export interface ModelResponseErrorMessageFieldEvent {
    field: '$.error.message'
    value: string
  }

  export interface ModelResponseErrorRetryAfterMsFieldEvent {
    field: '$.error.retryAfterMs'
    value: number
  }

  export function encode (obj: Partial<ModelResponse>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ModelResponse.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelResponse>): ModelResponse {
    return decodeMessage(buf, ModelResponse.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelResponse>): Generator<ModelResponseInfoModelIdFieldEvent | ModelResponseInfoSizeBytesFieldEvent | ModelResponseChunkOffsetFieldEvent | ModelResponseChunkDataFieldEvent | ModelResponseErrorCodeFieldEvent | ModelResponseErrorMessageFieldEvent | ModelResponseErrorRetryAfterMsFieldEvent> {
    return streamMessage(buf, ModelResponse.codec(), opts)
  }
}

export interface Tensor {
  name: string
  dtype: number
  dims: number[]
  data: Uint8Array<ArrayBuffer>
}

export namespace Tensor {
  let _codec: Codec<Tensor>

  export const codec = (): Codec<Tensor> => {
    if (_codec == null) {
      _codec = message<Tensor>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(10)
          w.string(obj.name)
        }

        if ((obj.dtype != null && obj.dtype !== 0)) {
          w.uint32(16)
          w.uint32(obj.dtype)
        }

        if (obj.dims != null && obj.dims.length > 0) {
          for (const value of obj.dims) {
            w.uint32(24)
            w.uint32(value)
          }
        }

        if ((obj.data != null && obj.data.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.data)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          name: '',
          dtype: 0,
          dims: [],
          data: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.name = reader.string()
              break
            }
            case 2: {
              obj.dtype = reader.uint32()
              break
            }
            case 3: {
              if (opts.limits?.dims != null && obj.dims.length === opts.limits.dims) {
                throw new MaxLengthError('Decode error - repeated field "dims" had too many elements')
              }

              obj.dims.push(reader.uint32())
              break
            }
            case 4: {
              obj.data = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const obj = {
          dims: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.dtype`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              if (opts.limits?.dims != null && obj.dims === opts.limits.dims) {
                throw new MaxLengthError('Streaming decode error - repeated field "dims" had too many elements')
              }

              yield {
                field: `${prefix}.dims[]`,
                index: obj.dims,
                value: reader.uint32()
              }

              obj.dims++

              break
            }
            case 4: {
              yield {
                field: `${prefix}.data`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface TensorNameFieldEvent {
    field: '$.name'
    value: string
  }

  export interface TensorDtypeFieldEvent {
    field: '$.dtype'
    value: number
  }

  export interface TensorDimsFieldEvent {
    field: '$.dims[]'
    index: number
    value: number
  }

  export interface TensorDataFieldEvent {
    field: '$.data'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<Tensor>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Tensor.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Tensor>): Tensor {
    return decodeMessage(buf, Tensor.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Tensor>): Generator<TensorNameFieldEvent | TensorDtypeFieldEvent | TensorDimsFieldEvent | TensorDataFieldEvent> {
    return streamMessage(buf, Tensor.codec(), opts)
  }
}

export interface ErrorInfo {
  code: string
  message: string
  retryAfterMs: number
}

export namespace ErrorInfo {
  let _codec: Codec<ErrorInfo>

  export const codec = (): Codec<ErrorInfo> => {
    if (_codec == null) {
      _codec = message<ErrorInfo>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.code != null && obj.code !== '')) {
          w.uint32(10)
          w.string(obj.code)
        }

        if ((obj.message != null && obj.message !== '')) {
          w.uint32(18)
          w.string(obj.message)
        }

        if ((obj.retryAfterMs != null && obj.retryAfterMs !== 0)) {
          w.uint32(24)
          w.uint32(obj.retryAfterMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          code: '',
          message: '',
          retryAfterMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.code = reader.string()
              break
            }
            case 2: {
              obj.message = reader.string()
              break
            }
            case 3: {
              obj.retryAfterMs = reader.uint32()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.code`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.message`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.retryAfterMs`,
                value: reader.uint32()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ErrorInfoCodeFieldEvent {
    field: '$.code'
    value: string
  }

  export interface ErrorInfoMessageFieldEvent {
    field: '$.message'
    value: string
  }

  export interface ErrorInfoRetryAfterMsFieldEvent {
    field: '$.retryAfterMs'
    value: number
  }

  export function encode (obj: Partial<ErrorInfo>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ErrorInfo.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ErrorInfo>): ErrorInfo {
    return decodeMessage(buf, ErrorInfo.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ErrorInfo>): Generator<ErrorInfoCodeFieldEvent | ErrorInfoMessageFieldEvent | ErrorInfoRetryAfterMsFieldEvent> {
    return streamMessage(buf, ErrorInfo.codec(), opts)
  }
}

export interface ExecutionSettings {
  ortVersion: string
  graphOptimizationLevel: number
  executionProvider: string
  precision: number
  intraOpThreads: number
}

export namespace ExecutionSettings {
  let _codec: Codec<ExecutionSettings>

  export const codec = (): Codec<ExecutionSettings> => {
    if (_codec == null) {
      _codec = message<ExecutionSettings>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.ortVersion != null && obj.ortVersion !== '')) {
          w.uint32(10)
          w.string(obj.ortVersion)
        }

        if ((obj.graphOptimizationLevel != null && obj.graphOptimizationLevel !== 0)) {
          w.uint32(16)
          w.uint32(obj.graphOptimizationLevel)
        }

        if ((obj.executionProvider != null && obj.executionProvider !== '')) {
          w.uint32(26)
          w.string(obj.executionProvider)
        }

        if ((obj.precision != null && obj.precision !== 0)) {
          w.uint32(32)
          w.uint32(obj.precision)
        }

        if ((obj.intraOpThreads != null && obj.intraOpThreads !== 0)) {
          w.uint32(40)
          w.uint32(obj.intraOpThreads)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          ortVersion: '',
          graphOptimizationLevel: 0,
          executionProvider: '',
          precision: 0,
          intraOpThreads: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.ortVersion = reader.string()
              break
            }
            case 2: {
              obj.graphOptimizationLevel = reader.uint32()
              break
            }
            case 3: {
              obj.executionProvider = reader.string()
              break
            }
            case 4: {
              obj.precision = reader.uint32()
              break
            }
            case 5: {
              obj.intraOpThreads = reader.uint32()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.ortVersion`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.graphOptimizationLevel`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.executionProvider`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.precision`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.intraOpThreads`,
                value: reader.uint32()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ExecutionSettingsOrtVersionFieldEvent {
    field: '$.ortVersion'
    value: string
  }

  export interface ExecutionSettingsGraphOptimizationLevelFieldEvent {
    field: '$.graphOptimizationLevel'
    value: number
  }

  export interface ExecutionSettingsExecutionProviderFieldEvent {
    field: '$.executionProvider'
    value: string
  }

  export interface ExecutionSettingsPrecisionFieldEvent {
    field: '$.precision'
    value: number
  }

  export interface ExecutionSettingsIntraOpThreadsFieldEvent {
    field: '$.intraOpThreads'
    value: number
  }

  export function encode (obj: Partial<ExecutionSettings>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ExecutionSettings.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ExecutionSettings>): ExecutionSettings {
    return decodeMessage(buf, ExecutionSettings.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ExecutionSettings>): Generator<ExecutionSettingsOrtVersionFieldEvent | ExecutionSettingsGraphOptimizationLevelFieldEvent | ExecutionSettingsExecutionProviderFieldEvent | ExecutionSettingsPrecisionFieldEvent | ExecutionSettingsIntraOpThreadsFieldEvent> {
    return streamMessage(buf, ExecutionSettings.codec(), opts)
  }
}

export interface ExactComparator {}

export namespace ExactComparator {
  let _codec: Codec<ExactComparator>

  export const codec = (): Codec<ExactComparator> => {
    if (_codec == null) {
      _codec = message<ExactComparator>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {}

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export function encode (obj: Partial<ExactComparator>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ExactComparator.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ExactComparator>): ExactComparator {
    return decodeMessage(buf, ExactComparator.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ExactComparator>): Generator<{}> {
    return streamMessage(buf, ExactComparator.codec(), opts)
  }
}

export interface ToleranceComparator {
  accept: number
  escalate: number
  reject: number
  floor: number
  minCosine: number
  topK: number
}

export namespace ToleranceComparator {
  let _codec: Codec<ToleranceComparator>

  export const codec = (): Codec<ToleranceComparator> => {
    if (_codec == null) {
      _codec = message<ToleranceComparator>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.accept != null && obj.accept !== 0)) {
          w.uint32(9)
          w.double(obj.accept)
        }

        if ((obj.escalate != null && obj.escalate !== 0)) {
          w.uint32(17)
          w.double(obj.escalate)
        }

        if ((obj.reject != null && obj.reject !== 0)) {
          w.uint32(25)
          w.double(obj.reject)
        }

        if ((obj.floor != null && obj.floor !== 0)) {
          w.uint32(33)
          w.double(obj.floor)
        }

        if ((obj.minCosine != null && obj.minCosine !== 0)) {
          w.uint32(41)
          w.double(obj.minCosine)
        }

        if ((obj.topK != null && obj.topK !== 0)) {
          w.uint32(48)
          w.uint32(obj.topK)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          accept: 0,
          escalate: 0,
          reject: 0,
          floor: 0,
          minCosine: 0,
          topK: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.accept = reader.double()
              break
            }
            case 2: {
              obj.escalate = reader.double()
              break
            }
            case 3: {
              obj.reject = reader.double()
              break
            }
            case 4: {
              obj.floor = reader.double()
              break
            }
            case 5: {
              obj.minCosine = reader.double()
              break
            }
            case 6: {
              obj.topK = reader.uint32()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.accept`,
                value: reader.double()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.escalate`,
                value: reader.double()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.reject`,
                value: reader.double()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.floor`,
                value: reader.double()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.minCosine`,
                value: reader.double()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.topK`,
                value: reader.uint32()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ToleranceComparatorAcceptFieldEvent {
    field: '$.accept'
    value: number
  }

  export interface ToleranceComparatorEscalateFieldEvent {
    field: '$.escalate'
    value: number
  }

  export interface ToleranceComparatorRejectFieldEvent {
    field: '$.reject'
    value: number
  }

  export interface ToleranceComparatorFloorFieldEvent {
    field: '$.floor'
    value: number
  }

  export interface ToleranceComparatorMinCosineFieldEvent {
    field: '$.minCosine'
    value: number
  }

  export interface ToleranceComparatorTopKFieldEvent {
    field: '$.topK'
    value: number
  }

  export function encode (obj: Partial<ToleranceComparator>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ToleranceComparator.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ToleranceComparator>): ToleranceComparator {
    return decodeMessage(buf, ToleranceComparator.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ToleranceComparator>): Generator<ToleranceComparatorAcceptFieldEvent | ToleranceComparatorEscalateFieldEvent | ToleranceComparatorRejectFieldEvent | ToleranceComparatorFloorFieldEvent | ToleranceComparatorMinCosineFieldEvent | ToleranceComparatorTopKFieldEvent> {
    return streamMessage(buf, ToleranceComparator.codec(), opts)
  }
}

export interface Comparator {
  exact?: ExactComparator
  tolerance?: ToleranceComparator
}

export namespace Comparator {
  let _codec: Codec<Comparator>

  export const codec = (): Codec<Comparator> => {
    if (_codec == null) {
      _codec = message<Comparator>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.tolerance != null) {
          obj.exact = undefined
        }

        if (obj.exact != null) {
          obj.tolerance = undefined
        }

        if (obj.exact != null) {
          w.uint32(10)
          ExactComparator.codec().encode(obj.exact, w)
        }

        if (obj.tolerance != null) {
          w.uint32(18)
          ToleranceComparator.codec().encode(obj.tolerance, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {}

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.exact = ExactComparator.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.exact
              })
              break
            }
            case 2: {
              obj.tolerance = ToleranceComparator.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.tolerance
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.tolerance != null) {
          delete obj.exact
        }

        if (obj.exact != null) {
          delete obj.tolerance
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * ExactComparator.codec().stream(reader, reader.uint32(), `${prefix}.exact`, {
                limits: opts.limits?.exact
              })

              break
            }
            case 2: {
              yield * ToleranceComparator.codec().stream(reader, reader.uint32(), `${prefix}.tolerance`, {
                limits: opts.limits?.tolerance
              })

              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface ComparatorToleranceAcceptFieldEvent {
    field: '$.tolerance.accept'
    value: number
  }

  export interface ComparatorToleranceEscalateFieldEvent {
    field: '$.tolerance.escalate'
    value: number
  }

  export interface ComparatorToleranceRejectFieldEvent {
    field: '$.tolerance.reject'
    value: number
  }

  export interface ComparatorToleranceFloorFieldEvent {
    field: '$.tolerance.floor'
    value: number
  }

  export interface ComparatorToleranceMinCosineFieldEvent {
    field: '$.tolerance.minCosine'
    value: number
  }

  export interface ComparatorToleranceTopKFieldEvent {
    field: '$.tolerance.topK'
    value: number
  }

  export function encode (obj: Partial<Comparator>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Comparator.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Comparator>): Comparator {
    return decodeMessage(buf, Comparator.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Comparator>): Generator<ComparatorToleranceAcceptFieldEvent | ComparatorToleranceEscalateFieldEvent | ComparatorToleranceRejectFieldEvent | ComparatorToleranceFloorFieldEvent | ComparatorToleranceMinCosineFieldEvent | ComparatorToleranceTopKFieldEvent> {
    return streamMessage(buf, Comparator.codec(), opts)
  }
}

export interface Voucher {
  channelId: Uint8Array<ArrayBuffer>
  cumulativeAmount: Uint8Array<ArrayBuffer>
  signature: Uint8Array<ArrayBuffer>
  chainId: bigint
  contract: Uint8Array<ArrayBuffer>
}

export namespace Voucher {
  let _codec: Codec<Voucher>

  export const codec = (): Codec<Voucher> => {
    if (_codec == null) {
      _codec = message<Voucher>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.channelId != null && obj.channelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.channelId)
        }

        if ((obj.cumulativeAmount != null && obj.cumulativeAmount.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.cumulativeAmount)
        }

        if ((obj.signature != null && obj.signature.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.signature)
        }

        if ((obj.chainId != null && obj.chainId !== 0n)) {
          w.uint32(32)
          w.uint64(obj.chainId)
        }

        if ((obj.contract != null && obj.contract.byteLength > 0)) {
          w.uint32(42)
          w.bytes(obj.contract)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          channelId: uint8ArrayAlloc(0),
          cumulativeAmount: uint8ArrayAlloc(0),
          signature: uint8ArrayAlloc(0),
          chainId: 0n,
          contract: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.channelId = reader.bytes()
              break
            }
            case 2: {
              obj.cumulativeAmount = reader.bytes()
              break
            }
            case 3: {
              obj.signature = reader.bytes()
              break
            }
            case 4: {
              obj.chainId = reader.uint64()
              break
            }
            case 5: {
              obj.contract = reader.bytes()
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.channelId`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.cumulativeAmount`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.signature`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.chainId`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.contract`,
                value: reader.bytes()
              }
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }
      })
    }

    return _codec
  }

  export interface VoucherChannelIdFieldEvent {
    field: '$.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface VoucherCumulativeAmountFieldEvent {
    field: '$.cumulativeAmount'
    value: Uint8Array<ArrayBuffer>
  }

  export interface VoucherSignatureFieldEvent {
    field: '$.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface VoucherChainIdFieldEvent {
    field: '$.chainId'
    value: bigint
  }

  export interface VoucherContractFieldEvent {
    field: '$.contract'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<Voucher>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Voucher.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Voucher>): Voucher {
    return decodeMessage(buf, Voucher.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Voucher>): Generator<VoucherChannelIdFieldEvent | VoucherCumulativeAmountFieldEvent | VoucherSignatureFieldEvent | VoucherChainIdFieldEvent | VoucherContractFieldEvent> {
    return streamMessage(buf, Voucher.codec(), opts)
  }
}
