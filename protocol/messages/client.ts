/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface ModelUpload {
  modelId: Uint8Array<ArrayBuffer>
  sizeBytes: bigint
  name: string
}

export namespace ModelUpload {
  let _codec: Codec<ModelUpload>

  export const codec = (): Codec<ModelUpload> => {
    if (_codec == null) {
      _codec = message<ModelUpload>((obj, w, opts = {}) => {
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

        if ((obj.name != null && obj.name !== '')) {
          w.uint32(26)
          w.string(obj.name)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          modelId: uint8ArrayAlloc(0),
          sizeBytes: 0n,
          name: ''
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
            case 3: {
              obj.name = reader.string()
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
            case 3: {
              yield {
                field: `${prefix}.name`,
                value: reader.string()
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

  export interface ModelUploadModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ModelUploadSizeBytesFieldEvent {
    field: '$.sizeBytes'
    value: bigint
  }

  export interface ModelUploadNameFieldEvent {
    field: '$.name'
    value: string
  }

  export function encode (obj: Partial<ModelUpload>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ModelUpload.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelUpload>): ModelUpload {
    return decodeMessage(buf, ModelUpload.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelUpload>): Generator<ModelUploadModelIdFieldEvent | ModelUploadSizeBytesFieldEvent | ModelUploadNameFieldEvent> {
    return streamMessage(buf, ModelUpload.codec(), opts)
  }
}

export interface JobSubmit {
  idempotencyKey: string
  modelId: Uint8Array<ArrayBuffer>
  itemCount: number
  sharedInputs: Tensor[]
  outputNames: string[]
  comparator?: Comparator
  priceCapPerMillionItems: Uint8Array<ArrayBuffer>
  spendCap: Uint8Array<ArrayBuffer>
  deadlineMs: number
  spread: number
  delivery: number
  settings?: ExecutionSettings
  channelId: Uint8Array<ArrayBuffer>
}

export namespace JobSubmit {
  let _codec: Codec<JobSubmit>

  export const codec = (): Codec<JobSubmit> => {
    if (_codec == null) {
      _codec = message<JobSubmit>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.idempotencyKey != null && obj.idempotencyKey !== '')) {
          w.uint32(10)
          w.string(obj.idempotencyKey)
        }

        if ((obj.modelId != null && obj.modelId.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.modelId)
        }

        if ((obj.itemCount != null && obj.itemCount !== 0)) {
          w.uint32(24)
          w.uint32(obj.itemCount)
        }

        if (obj.sharedInputs != null && obj.sharedInputs.length > 0) {
          for (const value of obj.sharedInputs) {
            w.uint32(34)
            Tensor.codec().encode(value, w)
          }
        }

        if (obj.outputNames != null && obj.outputNames.length > 0) {
          for (const value of obj.outputNames) {
            w.uint32(42)
            w.string(value)
          }
        }

        if (obj.comparator != null) {
          w.uint32(50)
          Comparator.codec().encode(obj.comparator, w)
        }

        if ((obj.priceCapPerMillionItems != null && obj.priceCapPerMillionItems.byteLength > 0)) {
          w.uint32(58)
          w.bytes(obj.priceCapPerMillionItems)
        }

        if ((obj.spendCap != null && obj.spendCap.byteLength > 0)) {
          w.uint32(66)
          w.bytes(obj.spendCap)
        }

        if ((obj.deadlineMs != null && obj.deadlineMs !== 0)) {
          w.uint32(72)
          w.uint32(obj.deadlineMs)
        }

        if ((obj.spread != null && obj.spread !== 0)) {
          w.uint32(80)
          w.uint32(obj.spread)
        }

        if ((obj.delivery != null && obj.delivery !== 0)) {
          w.uint32(88)
          w.uint32(obj.delivery)
        }

        if (obj.settings != null) {
          w.uint32(98)
          ExecutionSettings.codec().encode(obj.settings, w)
        }

        if ((obj.channelId != null && obj.channelId.byteLength > 0)) {
          w.uint32(106)
          w.bytes(obj.channelId)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          idempotencyKey: '',
          modelId: uint8ArrayAlloc(0),
          itemCount: 0,
          sharedInputs: [],
          outputNames: [],
          priceCapPerMillionItems: uint8ArrayAlloc(0),
          spendCap: uint8ArrayAlloc(0),
          deadlineMs: 0,
          spread: 0,
          delivery: 0,
          channelId: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.idempotencyKey = reader.string()
              break
            }
            case 2: {
              obj.modelId = reader.bytes()
              break
            }
            case 3: {
              obj.itemCount = reader.uint32()
              break
            }
            case 4: {
              if (opts.limits?.sharedInputs != null && obj.sharedInputs.length === opts.limits.sharedInputs) {
                throw new MaxLengthError('Decode error - repeated field "sharedInputs" had too many elements')
              }

              obj.sharedInputs.push(Tensor.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.sharedInputs$
              }))
              break
            }
            case 5: {
              if (opts.limits?.outputNames != null && obj.outputNames.length === opts.limits.outputNames) {
                throw new MaxLengthError('Decode error - repeated field "outputNames" had too many elements')
              }

              obj.outputNames.push(reader.string())
              break
            }
            case 6: {
              obj.comparator = Comparator.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.comparator
              })
              break
            }
            case 7: {
              obj.priceCapPerMillionItems = reader.bytes()
              break
            }
            case 8: {
              obj.spendCap = reader.bytes()
              break
            }
            case 9: {
              obj.deadlineMs = reader.uint32()
              break
            }
            case 10: {
              obj.spread = reader.uint32()
              break
            }
            case 11: {
              obj.delivery = reader.uint32()
              break
            }
            case 12: {
              obj.settings = ExecutionSettings.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.settings
              })
              break
            }
            case 13: {
              obj.channelId = reader.bytes()
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
          sharedInputs: 0,
          outputNames: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.idempotencyKey`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.modelId`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.itemCount`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              if (opts.limits?.sharedInputs != null && obj.sharedInputs === opts.limits.sharedInputs) {
                throw new MaxLengthError('Streaming decode error - repeated field "sharedInputs" had too many elements')
              }

              for (const evt of Tensor.codec().stream(reader, reader.uint32(), `${prefix}.sharedInputs[]`, {
                limits: opts.limits?.sharedInputs$
              })) {
                yield {
                  ...evt,
                  index: obj.sharedInputs
                }
              }

              obj.sharedInputs++

              break
            }
            case 5: {
              if (opts.limits?.outputNames != null && obj.outputNames === opts.limits.outputNames) {
                throw new MaxLengthError('Streaming decode error - repeated field "outputNames" had too many elements')
              }

              yield {
                field: `${prefix}.outputNames[]`,
                index: obj.outputNames,
                value: reader.string()
              }

              obj.outputNames++

              break
            }
            case 6: {
              yield * Comparator.codec().stream(reader, reader.uint32(), `${prefix}.comparator`, {
                limits: opts.limits?.comparator
              })

              break
            }
            case 7: {
              yield {
                field: `${prefix}.priceCapPerMillionItems`,
                value: reader.bytes()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.spendCap`,
                value: reader.bytes()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.deadlineMs`,
                value: reader.uint32()
              }
              break
            }
            case 10: {
              yield {
                field: `${prefix}.spread`,
                value: reader.uint32()
              }
              break
            }
            case 11: {
              yield {
                field: `${prefix}.delivery`,
                value: reader.uint32()
              }
              break
            }
            case 12: {
              yield * ExecutionSettings.codec().stream(reader, reader.uint32(), `${prefix}.settings`, {
                limits: opts.limits?.settings
              })

              break
            }
            case 13: {
              yield {
                field: `${prefix}.channelId`,
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

  export interface JobSubmitIdempotencyKeyFieldEvent {
    field: '$.idempotencyKey'
    value: string
  }

  export interface JobSubmitModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface JobSubmitItemCountFieldEvent {
    field: '$.itemCount'
    value: number
  }

  export interface JobSubmitSharedInputsNameFieldEvent {
    field: '$.sharedInputs[].name'
    value: string
    index: number
  }

  export interface JobSubmitSharedInputsDtypeFieldEvent {
    field: '$.sharedInputs[].dtype'
    value: number
    index: number
  }

  export interface JobSubmitSharedInputsDimsFieldEvent {
    field: '$.sharedInputs[].dims[]'
    index: number
    value: number
  }

  export interface JobSubmitSharedInputsDataFieldEvent {
    field: '$.sharedInputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface JobSubmitOutputNamesFieldEvent {
    field: '$.outputNames[]'
    index: number
    value: string
  }

  export interface JobSubmitComparatorToleranceAcceptFieldEvent {
    field: '$.comparator.tolerance.accept'
    value: number
  }

  export interface JobSubmitComparatorToleranceEscalateFieldEvent {
    field: '$.comparator.tolerance.escalate'
    value: number
  }

  export interface JobSubmitComparatorToleranceRejectFieldEvent {
    field: '$.comparator.tolerance.reject'
    value: number
  }

  export interface JobSubmitComparatorToleranceFloorFieldEvent {
    field: '$.comparator.tolerance.floor'
    value: number
  }

  export interface JobSubmitComparatorToleranceMinCosineFieldEvent {
    field: '$.comparator.tolerance.minCosine'
    value: number
  }

  export interface JobSubmitComparatorToleranceTopKFieldEvent {
    field: '$.comparator.tolerance.topK'
    value: number
  }

  export interface JobSubmitPriceCapPerMillionItemsFieldEvent {
    field: '$.priceCapPerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface JobSubmitSpendCapFieldEvent {
    field: '$.spendCap'
    value: Uint8Array<ArrayBuffer>
  }

  export interface JobSubmitDeadlineMsFieldEvent {
    field: '$.deadlineMs'
    value: number
  }

  export interface JobSubmitSpreadFieldEvent {
    field: '$.spread'
    value: number
  }

  export interface JobSubmitDeliveryFieldEvent {
    field: '$.delivery'
    value: number
  }

  export interface JobSubmitSettingsOrtVersionFieldEvent {
    field: '$.settings.ortVersion'
    value: string
  }

  export interface JobSubmitSettingsGraphOptimizationLevelFieldEvent {
    field: '$.settings.graphOptimizationLevel'
    value: number
  }

  export interface JobSubmitSettingsExecutionProviderFieldEvent {
    field: '$.settings.executionProvider'
    value: string
  }

  export interface JobSubmitSettingsPrecisionFieldEvent {
    field: '$.settings.precision'
    value: number
  }

  export interface JobSubmitSettingsIntraOpThreadsFieldEvent {
    field: '$.settings.intraOpThreads'
    value: number
  }

  export interface JobSubmitChannelIdFieldEvent {
    field: '$.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<JobSubmit>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobSubmit.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobSubmit>): JobSubmit {
    return decodeMessage(buf, JobSubmit.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobSubmit>): Generator<JobSubmitIdempotencyKeyFieldEvent | JobSubmitModelIdFieldEvent | JobSubmitItemCountFieldEvent | JobSubmitSharedInputsNameFieldEvent | JobSubmitSharedInputsDtypeFieldEvent | JobSubmitSharedInputsDimsFieldEvent | JobSubmitSharedInputsDataFieldEvent | JobSubmitOutputNamesFieldEvent | JobSubmitComparatorToleranceAcceptFieldEvent | JobSubmitComparatorToleranceEscalateFieldEvent | JobSubmitComparatorToleranceRejectFieldEvent | JobSubmitComparatorToleranceFloorFieldEvent | JobSubmitComparatorToleranceMinCosineFieldEvent | JobSubmitComparatorToleranceTopKFieldEvent | JobSubmitPriceCapPerMillionItemsFieldEvent | JobSubmitSpendCapFieldEvent | JobSubmitDeadlineMsFieldEvent | JobSubmitSpreadFieldEvent | JobSubmitDeliveryFieldEvent | JobSubmitSettingsOrtVersionFieldEvent | JobSubmitSettingsGraphOptimizationLevelFieldEvent | JobSubmitSettingsExecutionProviderFieldEvent | JobSubmitSettingsPrecisionFieldEvent | JobSubmitSettingsIntraOpThreadsFieldEvent | JobSubmitChannelIdFieldEvent> {
    return streamMessage(buf, JobSubmit.codec(), opts)
  }
}

export interface JobItem {
  index: number
  inputs: Tensor[]
}

export namespace JobItem {
  let _codec: Codec<JobItem>

  export const codec = (): Codec<JobItem> => {
    if (_codec == null) {
      _codec = message<JobItem>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.index != null && obj.index !== 0)) {
          w.uint32(8)
          w.uint32(obj.index)
        }

        if (obj.inputs != null && obj.inputs.length > 0) {
          for (const value of obj.inputs) {
            w.uint32(18)
            Tensor.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          index: 0,
          inputs: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.index = reader.uint32()
              break
            }
            case 2: {
              if (opts.limits?.inputs != null && obj.inputs.length === opts.limits.inputs) {
                throw new MaxLengthError('Decode error - repeated field "inputs" had too many elements')
              }

              obj.inputs.push(Tensor.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.inputs$
              }))
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
          inputs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.index`,
                value: reader.uint32()
              }
              break
            }
            case 2: {
              if (opts.limits?.inputs != null && obj.inputs === opts.limits.inputs) {
                throw new MaxLengthError('Streaming decode error - repeated field "inputs" had too many elements')
              }

              for (const evt of Tensor.codec().stream(reader, reader.uint32(), `${prefix}.inputs[]`, {
                limits: opts.limits?.inputs$
              })) {
                yield {
                  ...evt,
                  index: obj.inputs
                }
              }

              obj.inputs++

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

  export interface JobItemIndexFieldEvent {
    field: '$.index'
    value: number
  }

  export interface JobItemInputsNameFieldEvent {
    field: '$.inputs[].name'
    value: string
    index: number
  }

  export interface JobItemInputsDtypeFieldEvent {
    field: '$.inputs[].dtype'
    value: number
    index: number
  }

  export interface JobItemInputsDimsFieldEvent {
    field: '$.inputs[].dims[]'
    index: number
    value: number
  }

  export interface JobItemInputsDataFieldEvent {
    field: '$.inputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export function encode (obj: Partial<JobItem>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobItem.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobItem>): JobItem {
    return decodeMessage(buf, JobItem.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobItem>): Generator<JobItemIndexFieldEvent | JobItemInputsNameFieldEvent | JobItemInputsDtypeFieldEvent | JobItemInputsDimsFieldEvent | JobItemInputsDataFieldEvent> {
    return streamMessage(buf, JobItem.codec(), opts)
  }
}

export interface JobSubmitEnd {
  itemCount: number
}

export namespace JobSubmitEnd {
  let _codec: Codec<JobSubmitEnd>

  export const codec = (): Codec<JobSubmitEnd> => {
    if (_codec == null) {
      _codec = message<JobSubmitEnd>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.itemCount != null && obj.itemCount !== 0)) {
          w.uint32(8)
          w.uint32(obj.itemCount)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          itemCount: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.itemCount = reader.uint32()
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
                field: `${prefix}.itemCount`,
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

  export interface JobSubmitEndItemCountFieldEvent {
    field: '$.itemCount'
    value: number
  }

  export function encode (obj: Partial<JobSubmitEnd>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobSubmitEnd.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobSubmitEnd>): JobSubmitEnd {
    return decodeMessage(buf, JobSubmitEnd.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobSubmitEnd>): Generator<JobSubmitEndItemCountFieldEvent> {
    return streamMessage(buf, JobSubmitEnd.codec(), opts)
  }
}

export interface JobFollow {
  jobId: string
  cursor: bigint
}

export namespace JobFollow {
  let _codec: Codec<JobFollow>

  export const codec = (): Codec<JobFollow> => {
    if (_codec == null) {
      _codec = message<JobFollow>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if ((obj.cursor != null && obj.cursor !== 0n)) {
          w.uint32(16)
          w.uint64(obj.cursor)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: '',
          cursor: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
              break
            }
            case 2: {
              obj.cursor = reader.uint64()
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
                field: `${prefix}.jobId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.cursor`,
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

  export interface JobFollowJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export interface JobFollowCursorFieldEvent {
    field: '$.cursor'
    value: bigint
  }

  export function encode (obj: Partial<JobFollow>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobFollow.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobFollow>): JobFollow {
    return decodeMessage(buf, JobFollow.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobFollow>): Generator<JobFollowJobIdFieldEvent | JobFollowCursorFieldEvent> {
    return streamMessage(buf, JobFollow.codec(), opts)
  }
}

export interface JobAck {
  jobId: string
  through: bigint
}

export namespace JobAck {
  let _codec: Codec<JobAck>

  export const codec = (): Codec<JobAck> => {
    if (_codec == null) {
      _codec = message<JobAck>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if ((obj.through != null && obj.through !== 0n)) {
          w.uint32(16)
          w.uint64(obj.through)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: '',
          through: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
              break
            }
            case 2: {
              obj.through = reader.uint64()
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
                field: `${prefix}.jobId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.through`,
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

  export interface JobAckJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export interface JobAckThroughFieldEvent {
    field: '$.through'
    value: bigint
  }

  export function encode (obj: Partial<JobAck>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobAck.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobAck>): JobAck {
    return decodeMessage(buf, JobAck.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobAck>): Generator<JobAckJobIdFieldEvent | JobAckThroughFieldEvent> {
    return streamMessage(buf, JobAck.codec(), opts)
  }
}

export interface JobCancel {
  jobId: string
}

export namespace JobCancel {
  let _codec: Codec<JobCancel>

  export const codec = (): Codec<JobCancel> => {
    if (_codec == null) {
      _codec = message<JobCancel>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
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
                field: `${prefix}.jobId`,
                value: reader.string()
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

  export interface JobCancelJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export function encode (obj: Partial<JobCancel>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobCancel.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobCancel>): JobCancel {
    return decodeMessage(buf, JobCancel.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobCancel>): Generator<JobCancelJobIdFieldEvent> {
    return streamMessage(buf, JobCancel.codec(), opts)
  }
}

export interface JobStatusQuery {
  jobId: string
}

export namespace JobStatusQuery {
  let _codec: Codec<JobStatusQuery>

  export const codec = (): Codec<JobStatusQuery> => {
    if (_codec == null) {
      _codec = message<JobStatusQuery>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
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
                field: `${prefix}.jobId`,
                value: reader.string()
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

  export interface JobStatusQueryJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export function encode (obj: Partial<JobStatusQuery>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobStatusQuery.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobStatusQuery>): JobStatusQuery {
    return decodeMessage(buf, JobStatusQuery.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobStatusQuery>): Generator<JobStatusQueryJobIdFieldEvent> {
    return streamMessage(buf, JobStatusQuery.codec(), opts)
  }
}

export interface JobListQuery {
  limit: number
}

export namespace JobListQuery {
  let _codec: Codec<JobListQuery>

  export const codec = (): Codec<JobListQuery> => {
    if (_codec == null) {
      _codec = message<JobListQuery>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.limit != null && obj.limit !== 0)) {
          w.uint32(8)
          w.uint32(obj.limit)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          limit: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.limit = reader.uint32()
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
                field: `${prefix}.limit`,
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

  export interface JobListQueryLimitFieldEvent {
    field: '$.limit'
    value: number
  }

  export function encode (obj: Partial<JobListQuery>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobListQuery.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobListQuery>): JobListQuery {
    return decodeMessage(buf, JobListQuery.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobListQuery>): Generator<JobListQueryLimitFieldEvent> {
    return streamMessage(buf, JobListQuery.codec(), opts)
  }
}

export interface JobReportQuery {
  jobId: string
}

export namespace JobReportQuery {
  let _codec: Codec<JobReportQuery>

  export const codec = (): Codec<JobReportQuery> => {
    if (_codec == null) {
      _codec = message<JobReportQuery>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
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
                field: `${prefix}.jobId`,
                value: reader.string()
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

  export interface JobReportQueryJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export function encode (obj: Partial<JobReportQuery>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobReportQuery.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobReportQuery>): JobReportQuery {
    return decodeMessage(buf, JobReportQuery.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobReportQuery>): Generator<JobReportQueryJobIdFieldEvent> {
    return streamMessage(buf, JobReportQuery.codec(), opts)
  }
}

export interface PaymentTermsQuery {}

export namespace PaymentTermsQuery {
  let _codec: Codec<PaymentTermsQuery>

  export const codec = (): Codec<PaymentTermsQuery> => {
    if (_codec == null) {
      _codec = message<PaymentTermsQuery>((obj, w, opts = {}) => {
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

  export function encode (obj: Partial<PaymentTermsQuery>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, PaymentTermsQuery.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<PaymentTermsQuery>): PaymentTermsQuery {
    return decodeMessage(buf, PaymentTermsQuery.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<PaymentTermsQuery>): Generator<{}> {
    return streamMessage(buf, PaymentTermsQuery.codec(), opts)
  }
}

export interface PaymentTerms {
  required: boolean
  payee: Uint8Array<ArrayBuffer>
  chainId: Uint8Array<ArrayBuffer>
  channels: Uint8Array<ArrayBuffer>
  token: Uint8Array<ArrayBuffer>
  creditStep: Uint8Array<ArrayBuffer>
  minChallengePeriodS: bigint
}

export namespace PaymentTerms {
  let _codec: Codec<PaymentTerms>

  export const codec = (): Codec<PaymentTerms> => {
    if (_codec == null) {
      _codec = message<PaymentTerms>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.required != null && obj.required !== false)) {
          w.uint32(8)
          w.bool(obj.required)
        }

        if ((obj.payee != null && obj.payee.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.payee)
        }

        if ((obj.chainId != null && obj.chainId.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.chainId)
        }

        if ((obj.channels != null && obj.channels.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.channels)
        }

        if ((obj.token != null && obj.token.byteLength > 0)) {
          w.uint32(42)
          w.bytes(obj.token)
        }

        if ((obj.creditStep != null && obj.creditStep.byteLength > 0)) {
          w.uint32(50)
          w.bytes(obj.creditStep)
        }

        if ((obj.minChallengePeriodS != null && obj.minChallengePeriodS !== 0n)) {
          w.uint32(56)
          w.uint64(obj.minChallengePeriodS)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          required: false,
          payee: uint8ArrayAlloc(0),
          chainId: uint8ArrayAlloc(0),
          channels: uint8ArrayAlloc(0),
          token: uint8ArrayAlloc(0),
          creditStep: uint8ArrayAlloc(0),
          minChallengePeriodS: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.required = reader.bool()
              break
            }
            case 2: {
              obj.payee = reader.bytes()
              break
            }
            case 3: {
              obj.chainId = reader.bytes()
              break
            }
            case 4: {
              obj.channels = reader.bytes()
              break
            }
            case 5: {
              obj.token = reader.bytes()
              break
            }
            case 6: {
              obj.creditStep = reader.bytes()
              break
            }
            case 7: {
              obj.minChallengePeriodS = reader.uint64()
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
                field: `${prefix}.required`,
                value: reader.bool()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.payee`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.chainId`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.channels`,
                value: reader.bytes()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.token`,
                value: reader.bytes()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.creditStep`,
                value: reader.bytes()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.minChallengePeriodS`,
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

  export interface PaymentTermsRequiredFieldEvent {
    field: '$.required'
    value: boolean
  }

  export interface PaymentTermsPayeeFieldEvent {
    field: '$.payee'
    value: Uint8Array<ArrayBuffer>
  }

  export interface PaymentTermsChainIdFieldEvent {
    field: '$.chainId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface PaymentTermsChannelsFieldEvent {
    field: '$.channels'
    value: Uint8Array<ArrayBuffer>
  }

  export interface PaymentTermsTokenFieldEvent {
    field: '$.token'
    value: Uint8Array<ArrayBuffer>
  }

  export interface PaymentTermsCreditStepFieldEvent {
    field: '$.creditStep'
    value: Uint8Array<ArrayBuffer>
  }

  export interface PaymentTermsMinChallengePeriodSFieldEvent {
    field: '$.minChallengePeriodS'
    value: bigint
  }

  export function encode (obj: Partial<PaymentTerms>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, PaymentTerms.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<PaymentTerms>): PaymentTerms {
    return decodeMessage(buf, PaymentTerms.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<PaymentTerms>): Generator<PaymentTermsRequiredFieldEvent | PaymentTermsPayeeFieldEvent | PaymentTermsChainIdFieldEvent | PaymentTermsChannelsFieldEvent | PaymentTermsTokenFieldEvent | PaymentTermsCreditStepFieldEvent | PaymentTermsMinChallengePeriodSFieldEvent> {
    return streamMessage(buf, PaymentTerms.codec(), opts)
  }
}

export interface ClientRequest {
  upload?: ModelUpload
  chunk?: ModelChunk
  submit?: JobSubmit
  item?: JobItem
  submitEnd?: JobSubmitEnd
  follow?: JobFollow
  ack?: JobAck
  cancel?: JobCancel
  status?: JobStatusQuery
  voucher?: Voucher
  list?: JobListQuery
  report?: JobReportQuery
  terms?: PaymentTermsQuery
}

export namespace ClientRequest {
  let _codec: Codec<ClientRequest>

  export const codec = (): Codec<ClientRequest> => {
    if (_codec == null) {
      _codec = message<ClientRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.terms != null) {
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.report != null) {
          obj.terms = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.list != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.voucher != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.status != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.cancel != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.ack != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.follow != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.submitEnd != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.item != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.submit = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.submit != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.chunk = undefined
          obj.upload = undefined
        }

        if (obj.chunk != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.upload = undefined
        }

        if (obj.upload != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.list = undefined
          obj.voucher = undefined
          obj.status = undefined
          obj.cancel = undefined
          obj.ack = undefined
          obj.follow = undefined
          obj.submitEnd = undefined
          obj.item = undefined
          obj.submit = undefined
          obj.chunk = undefined
        }

        if (obj.upload != null) {
          w.uint32(10)
          ModelUpload.codec().encode(obj.upload, w)
        }

        if (obj.chunk != null) {
          w.uint32(18)
          ModelChunk.codec().encode(obj.chunk, w)
        }

        if (obj.submit != null) {
          w.uint32(26)
          JobSubmit.codec().encode(obj.submit, w)
        }

        if (obj.item != null) {
          w.uint32(34)
          JobItem.codec().encode(obj.item, w)
        }

        if (obj.submitEnd != null) {
          w.uint32(42)
          JobSubmitEnd.codec().encode(obj.submitEnd, w)
        }

        if (obj.follow != null) {
          w.uint32(50)
          JobFollow.codec().encode(obj.follow, w)
        }

        if (obj.ack != null) {
          w.uint32(58)
          JobAck.codec().encode(obj.ack, w)
        }

        if (obj.cancel != null) {
          w.uint32(66)
          JobCancel.codec().encode(obj.cancel, w)
        }

        if (obj.status != null) {
          w.uint32(74)
          JobStatusQuery.codec().encode(obj.status, w)
        }

        if (obj.voucher != null) {
          w.uint32(82)
          Voucher.codec().encode(obj.voucher, w)
        }

        if (obj.list != null) {
          w.uint32(90)
          JobListQuery.codec().encode(obj.list, w)
        }

        if (obj.report != null) {
          w.uint32(98)
          JobReportQuery.codec().encode(obj.report, w)
        }

        if (obj.terms != null) {
          w.uint32(106)
          PaymentTermsQuery.codec().encode(obj.terms, w)
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
              obj.upload = ModelUpload.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.upload
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
              obj.submit = JobSubmit.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.submit
              })
              break
            }
            case 4: {
              obj.item = JobItem.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.item
              })
              break
            }
            case 5: {
              obj.submitEnd = JobSubmitEnd.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.submitEnd
              })
              break
            }
            case 6: {
              obj.follow = JobFollow.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.follow
              })
              break
            }
            case 7: {
              obj.ack = JobAck.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.ack
              })
              break
            }
            case 8: {
              obj.cancel = JobCancel.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.cancel
              })
              break
            }
            case 9: {
              obj.status = JobStatusQuery.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.status
              })
              break
            }
            case 10: {
              obj.voucher = Voucher.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.voucher
              })
              break
            }
            case 11: {
              obj.list = JobListQuery.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.list
              })
              break
            }
            case 12: {
              obj.report = JobReportQuery.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.report
              })
              break
            }
            case 13: {
              obj.terms = PaymentTermsQuery.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.terms
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.terms != null) {
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.report != null) {
          delete obj.terms
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.list != null) {
          delete obj.terms
          delete obj.report
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.voucher != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.status != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.cancel != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.ack != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.follow != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.submitEnd != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.item
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.item != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.submit
          delete obj.chunk
          delete obj.upload
        }

        if (obj.submit != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.chunk
          delete obj.upload
        }

        if (obj.chunk != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.upload
        }

        if (obj.upload != null) {
          delete obj.terms
          delete obj.report
          delete obj.list
          delete obj.voucher
          delete obj.status
          delete obj.cancel
          delete obj.ack
          delete obj.follow
          delete obj.submitEnd
          delete obj.item
          delete obj.submit
          delete obj.chunk
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * ModelUpload.codec().stream(reader, reader.uint32(), `${prefix}.upload`, {
                limits: opts.limits?.upload
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
              yield * JobSubmit.codec().stream(reader, reader.uint32(), `${prefix}.submit`, {
                limits: opts.limits?.submit
              })

              break
            }
            case 4: {
              yield * JobItem.codec().stream(reader, reader.uint32(), `${prefix}.item`, {
                limits: opts.limits?.item
              })

              break
            }
            case 5: {
              yield * JobSubmitEnd.codec().stream(reader, reader.uint32(), `${prefix}.submitEnd`, {
                limits: opts.limits?.submitEnd
              })

              break
            }
            case 6: {
              yield * JobFollow.codec().stream(reader, reader.uint32(), `${prefix}.follow`, {
                limits: opts.limits?.follow
              })

              break
            }
            case 7: {
              yield * JobAck.codec().stream(reader, reader.uint32(), `${prefix}.ack`, {
                limits: opts.limits?.ack
              })

              break
            }
            case 8: {
              yield * JobCancel.codec().stream(reader, reader.uint32(), `${prefix}.cancel`, {
                limits: opts.limits?.cancel
              })

              break
            }
            case 9: {
              yield * JobStatusQuery.codec().stream(reader, reader.uint32(), `${prefix}.status`, {
                limits: opts.limits?.status
              })

              break
            }
            case 10: {
              yield * Voucher.codec().stream(reader, reader.uint32(), `${prefix}.voucher`, {
                limits: opts.limits?.voucher
              })

              break
            }
            case 11: {
              yield * JobListQuery.codec().stream(reader, reader.uint32(), `${prefix}.list`, {
                limits: opts.limits?.list
              })

              break
            }
            case 12: {
              yield * JobReportQuery.codec().stream(reader, reader.uint32(), `${prefix}.report`, {
                limits: opts.limits?.report
              })

              break
            }
            case 13: {
              yield * PaymentTermsQuery.codec().stream(reader, reader.uint32(), `${prefix}.terms`, {
                limits: opts.limits?.terms
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

  export interface ClientRequestUploadModelIdFieldEvent {
    field: '$.upload.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestUploadSizeBytesFieldEvent {
    field: '$.upload.sizeBytes'
    value: bigint
  }

  export interface ClientRequestUploadNameFieldEvent {
    field: '$.upload.name'
    value: string
  }

  export interface ClientRequestChunkOffsetFieldEvent {
    field: '$.chunk.offset'
    value: bigint
  }

  export interface ClientRequestChunkDataFieldEvent {
    field: '$.chunk.data'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestSubmitIdempotencyKeyFieldEvent {
    field: '$.submit.idempotencyKey'
    value: string
  }

  export interface ClientRequestSubmitModelIdFieldEvent {
    field: '$.submit.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestSubmitItemCountFieldEvent {
    field: '$.submit.itemCount'
    value: number
  }

  export interface ClientRequestSubmitSharedInputsNameFieldEvent {
    field: '$.submit.sharedInputs[].name'
    value: string
    index: number
  }

  export interface ClientRequestSubmitSharedInputsDtypeFieldEvent {
    field: '$.submit.sharedInputs[].dtype'
    value: number
    index: number
  }

  export interface ClientRequestSubmitSharedInputsDimsFieldEvent {
    field: '$.submit.sharedInputs[].dims[]'
    index: number
    value: number
  }

  export interface ClientRequestSubmitSharedInputsDataFieldEvent {
    field: '$.submit.sharedInputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface ClientRequestSubmitOutputNamesFieldEvent {
    field: '$.submit.outputNames[]'
    index: number
    value: string
  }

  export interface ClientRequestSubmitComparatorToleranceAcceptFieldEvent {
    field: '$.submit.comparator.tolerance.accept'
    value: number
  }

  export interface ClientRequestSubmitComparatorToleranceEscalateFieldEvent {
    field: '$.submit.comparator.tolerance.escalate'
    value: number
  }

  export interface ClientRequestSubmitComparatorToleranceRejectFieldEvent {
    field: '$.submit.comparator.tolerance.reject'
    value: number
  }

  export interface ClientRequestSubmitComparatorToleranceFloorFieldEvent {
    field: '$.submit.comparator.tolerance.floor'
    value: number
  }

  export interface ClientRequestSubmitComparatorToleranceMinCosineFieldEvent {
    field: '$.submit.comparator.tolerance.minCosine'
    value: number
  }

  export interface ClientRequestSubmitComparatorToleranceTopKFieldEvent {
    field: '$.submit.comparator.tolerance.topK'
    value: number
  }

  export interface ClientRequestSubmitPriceCapPerMillionItemsFieldEvent {
    field: '$.submit.priceCapPerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestSubmitSpendCapFieldEvent {
    field: '$.submit.spendCap'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestSubmitDeadlineMsFieldEvent {
    field: '$.submit.deadlineMs'
    value: number
  }

  export interface ClientRequestSubmitSpreadFieldEvent {
    field: '$.submit.spread'
    value: number
  }

  export interface ClientRequestSubmitDeliveryFieldEvent {
    field: '$.submit.delivery'
    value: number
  }

  export interface ClientRequestSubmitSettingsOrtVersionFieldEvent {
    field: '$.submit.settings.ortVersion'
    value: string
  }

  export interface ClientRequestSubmitSettingsGraphOptimizationLevelFieldEvent {
    field: '$.submit.settings.graphOptimizationLevel'
    value: number
  }

  export interface ClientRequestSubmitSettingsExecutionProviderFieldEvent {
    field: '$.submit.settings.executionProvider'
    value: string
  }

  export interface ClientRequestSubmitSettingsPrecisionFieldEvent {
    field: '$.submit.settings.precision'
    value: number
  }

  export interface ClientRequestSubmitSettingsIntraOpThreadsFieldEvent {
    field: '$.submit.settings.intraOpThreads'
    value: number
  }

  export interface ClientRequestSubmitChannelIdFieldEvent {
    field: '$.submit.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestItemIndexFieldEvent {
    field: '$.item.index'
    value: number
  }

  export interface ClientRequestItemInputsNameFieldEvent {
    field: '$.item.inputs[].name'
    value: string
    index: number
  }

  export interface ClientRequestItemInputsDtypeFieldEvent {
    field: '$.item.inputs[].dtype'
    value: number
    index: number
  }

  export interface ClientRequestItemInputsDimsFieldEvent {
    field: '$.item.inputs[].dims[]'
    index: number
    value: number
  }

  export interface ClientRequestItemInputsDataFieldEvent {
    field: '$.item.inputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface ClientRequestSubmitEndItemCountFieldEvent {
    field: '$.submitEnd.itemCount'
    value: number
  }

  export interface ClientRequestFollowJobIdFieldEvent {
    field: '$.follow.jobId'
    value: string
  }

  export interface ClientRequestFollowCursorFieldEvent {
    field: '$.follow.cursor'
    value: bigint
  }

  export interface ClientRequestAckJobIdFieldEvent {
    field: '$.ack.jobId'
    value: string
  }

  export interface ClientRequestAckThroughFieldEvent {
    field: '$.ack.through'
    value: bigint
  }

  export interface ClientRequestCancelJobIdFieldEvent {
    field: '$.cancel.jobId'
    value: string
  }

  export interface ClientRequestStatusJobIdFieldEvent {
    field: '$.status.jobId'
    value: string
  }

  export interface ClientRequestVoucherChannelIdFieldEvent {
    field: '$.voucher.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestVoucherCumulativeAmountFieldEvent {
    field: '$.voucher.cumulativeAmount'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestVoucherSignatureFieldEvent {
    field: '$.voucher.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestVoucherChainIdFieldEvent {
    field: '$.voucher.chainId'
    value: bigint
  }

  export interface ClientRequestVoucherContractFieldEvent {
    field: '$.voucher.contract'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientRequestListLimitFieldEvent {
    field: '$.list.limit'
    value: number
  }

  export interface ClientRequestReportJobIdFieldEvent {
    field: '$.report.jobId'
    value: string
  }

  export function encode (obj: Partial<ClientRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ClientRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ClientRequest>): ClientRequest {
    return decodeMessage(buf, ClientRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ClientRequest>): Generator<ClientRequestUploadModelIdFieldEvent | ClientRequestUploadSizeBytesFieldEvent | ClientRequestUploadNameFieldEvent | ClientRequestChunkOffsetFieldEvent | ClientRequestChunkDataFieldEvent | ClientRequestSubmitIdempotencyKeyFieldEvent | ClientRequestSubmitModelIdFieldEvent | ClientRequestSubmitItemCountFieldEvent | ClientRequestSubmitSharedInputsNameFieldEvent | ClientRequestSubmitSharedInputsDtypeFieldEvent | ClientRequestSubmitSharedInputsDimsFieldEvent | ClientRequestSubmitSharedInputsDataFieldEvent | ClientRequestSubmitOutputNamesFieldEvent | ClientRequestSubmitComparatorToleranceAcceptFieldEvent | ClientRequestSubmitComparatorToleranceEscalateFieldEvent | ClientRequestSubmitComparatorToleranceRejectFieldEvent | ClientRequestSubmitComparatorToleranceFloorFieldEvent | ClientRequestSubmitComparatorToleranceMinCosineFieldEvent | ClientRequestSubmitComparatorToleranceTopKFieldEvent | ClientRequestSubmitPriceCapPerMillionItemsFieldEvent | ClientRequestSubmitSpendCapFieldEvent | ClientRequestSubmitDeadlineMsFieldEvent | ClientRequestSubmitSpreadFieldEvent | ClientRequestSubmitDeliveryFieldEvent | ClientRequestSubmitSettingsOrtVersionFieldEvent | ClientRequestSubmitSettingsGraphOptimizationLevelFieldEvent | ClientRequestSubmitSettingsExecutionProviderFieldEvent | ClientRequestSubmitSettingsPrecisionFieldEvent | ClientRequestSubmitSettingsIntraOpThreadsFieldEvent | ClientRequestSubmitChannelIdFieldEvent | ClientRequestItemIndexFieldEvent | ClientRequestItemInputsNameFieldEvent | ClientRequestItemInputsDtypeFieldEvent | ClientRequestItemInputsDimsFieldEvent | ClientRequestItemInputsDataFieldEvent | ClientRequestSubmitEndItemCountFieldEvent | ClientRequestFollowJobIdFieldEvent | ClientRequestFollowCursorFieldEvent | ClientRequestAckJobIdFieldEvent | ClientRequestAckThroughFieldEvent | ClientRequestCancelJobIdFieldEvent | ClientRequestStatusJobIdFieldEvent | ClientRequestVoucherChannelIdFieldEvent | ClientRequestVoucherCumulativeAmountFieldEvent | ClientRequestVoucherSignatureFieldEvent | ClientRequestVoucherChainIdFieldEvent | ClientRequestVoucherContractFieldEvent | ClientRequestListLimitFieldEvent | ClientRequestReportJobIdFieldEvent> {
    return streamMessage(buf, ClientRequest.codec(), opts)
  }
}

export interface ModelStored {
  modelId: Uint8Array<ArrayBuffer>
  alreadyHad: boolean
}

export namespace ModelStored {
  let _codec: Codec<ModelStored>

  export const codec = (): Codec<ModelStored> => {
    if (_codec == null) {
      _codec = message<ModelStored>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.modelId != null && obj.modelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.modelId)
        }

        if ((obj.alreadyHad != null && obj.alreadyHad !== false)) {
          w.uint32(16)
          w.bool(obj.alreadyHad)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          modelId: uint8ArrayAlloc(0),
          alreadyHad: false
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
              obj.alreadyHad = reader.bool()
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
                field: `${prefix}.alreadyHad`,
                value: reader.bool()
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

  export interface ModelStoredModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ModelStoredAlreadyHadFieldEvent {
    field: '$.alreadyHad'
    value: boolean
  }

  export function encode (obj: Partial<ModelStored>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ModelStored.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelStored>): ModelStored {
    return decodeMessage(buf, ModelStored.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelStored>): Generator<ModelStoredModelIdFieldEvent | ModelStoredAlreadyHadFieldEvent> {
    return streamMessage(buf, ModelStored.codec(), opts)
  }
}

export interface JobAccepted {
  jobId: string
  existing: boolean
}

export namespace JobAccepted {
  let _codec: Codec<JobAccepted>

  export const codec = (): Codec<JobAccepted> => {
    if (_codec == null) {
      _codec = message<JobAccepted>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if ((obj.existing != null && obj.existing !== false)) {
          w.uint32(16)
          w.bool(obj.existing)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: '',
          existing: false
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
              break
            }
            case 2: {
              obj.existing = reader.bool()
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
                field: `${prefix}.jobId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.existing`,
                value: reader.bool()
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

  export interface JobAcceptedJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export interface JobAcceptedExistingFieldEvent {
    field: '$.existing'
    value: boolean
  }

  export function encode (obj: Partial<JobAccepted>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobAccepted.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobAccepted>): JobAccepted {
    return decodeMessage(buf, JobAccepted.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobAccepted>): Generator<JobAcceptedJobIdFieldEvent | JobAcceptedExistingFieldEvent> {
    return streamMessage(buf, JobAccepted.codec(), opts)
  }
}

export interface JobStatus {
  jobId: string
  state: number
  itemsTotal: number
  itemsDone: number
  itemsDelivered: number
  spent: Uint8Array<ArrayBuffer>
  itemsPerS: number
  etaMs: number
  providers: number
  error: string
}

export namespace JobStatus {
  let _codec: Codec<JobStatus>

  export const codec = (): Codec<JobStatus> => {
    if (_codec == null) {
      _codec = message<JobStatus>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if ((obj.state != null && obj.state !== 0)) {
          w.uint32(16)
          w.uint32(obj.state)
        }

        if ((obj.itemsTotal != null && obj.itemsTotal !== 0)) {
          w.uint32(24)
          w.uint32(obj.itemsTotal)
        }

        if ((obj.itemsDone != null && obj.itemsDone !== 0)) {
          w.uint32(32)
          w.uint32(obj.itemsDone)
        }

        if ((obj.itemsDelivered != null && obj.itemsDelivered !== 0)) {
          w.uint32(40)
          w.uint32(obj.itemsDelivered)
        }

        if ((obj.spent != null && obj.spent.byteLength > 0)) {
          w.uint32(50)
          w.bytes(obj.spent)
        }

        if ((obj.itemsPerS != null && obj.itemsPerS !== 0)) {
          w.uint32(57)
          w.double(obj.itemsPerS)
        }

        if ((obj.etaMs != null && obj.etaMs !== 0)) {
          w.uint32(64)
          w.uint32(obj.etaMs)
        }

        if ((obj.providers != null && obj.providers !== 0)) {
          w.uint32(72)
          w.uint32(obj.providers)
        }

        if ((obj.error != null && obj.error !== '')) {
          w.uint32(82)
          w.string(obj.error)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: '',
          state: 0,
          itemsTotal: 0,
          itemsDone: 0,
          itemsDelivered: 0,
          spent: uint8ArrayAlloc(0),
          itemsPerS: 0,
          etaMs: 0,
          providers: 0,
          error: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
              break
            }
            case 2: {
              obj.state = reader.uint32()
              break
            }
            case 3: {
              obj.itemsTotal = reader.uint32()
              break
            }
            case 4: {
              obj.itemsDone = reader.uint32()
              break
            }
            case 5: {
              obj.itemsDelivered = reader.uint32()
              break
            }
            case 6: {
              obj.spent = reader.bytes()
              break
            }
            case 7: {
              obj.itemsPerS = reader.double()
              break
            }
            case 8: {
              obj.etaMs = reader.uint32()
              break
            }
            case 9: {
              obj.providers = reader.uint32()
              break
            }
            case 10: {
              obj.error = reader.string()
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
                field: `${prefix}.jobId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.state`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.itemsTotal`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.itemsDone`,
                value: reader.uint32()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.itemsDelivered`,
                value: reader.uint32()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.spent`,
                value: reader.bytes()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.itemsPerS`,
                value: reader.double()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.etaMs`,
                value: reader.uint32()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.providers`,
                value: reader.uint32()
              }
              break
            }
            case 10: {
              yield {
                field: `${prefix}.error`,
                value: reader.string()
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

  export interface JobStatusJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export interface JobStatusStateFieldEvent {
    field: '$.state'
    value: number
  }

  export interface JobStatusItemsTotalFieldEvent {
    field: '$.itemsTotal'
    value: number
  }

  export interface JobStatusItemsDoneFieldEvent {
    field: '$.itemsDone'
    value: number
  }

  export interface JobStatusItemsDeliveredFieldEvent {
    field: '$.itemsDelivered'
    value: number
  }

  export interface JobStatusSpentFieldEvent {
    field: '$.spent'
    value: Uint8Array<ArrayBuffer>
  }

  export interface JobStatusItemsPerSFieldEvent {
    field: '$.itemsPerS'
    value: number
  }

  export interface JobStatusEtaMsFieldEvent {
    field: '$.etaMs'
    value: number
  }

  export interface JobStatusProvidersFieldEvent {
    field: '$.providers'
    value: number
  }

  export interface JobStatusErrorFieldEvent {
    field: '$.error'
    value: string
  }

  export function encode (obj: Partial<JobStatus>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobStatus.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobStatus>): JobStatus {
    return decodeMessage(buf, JobStatus.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobStatus>): Generator<JobStatusJobIdFieldEvent | JobStatusStateFieldEvent | JobStatusItemsTotalFieldEvent | JobStatusItemsDoneFieldEvent | JobStatusItemsDeliveredFieldEvent | JobStatusSpentFieldEvent | JobStatusItemsPerSFieldEvent | JobStatusEtaMsFieldEvent | JobStatusProvidersFieldEvent | JobStatusErrorFieldEvent> {
    return streamMessage(buf, JobStatus.codec(), opts)
  }
}

export interface JobResult {
  jobId: string
  index: bigint
  outputs: Tensor[]
  corrected: boolean
}

export namespace JobResult {
  let _codec: Codec<JobResult>

  export const codec = (): Codec<JobResult> => {
    if (_codec == null) {
      _codec = message<JobResult>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if ((obj.index != null && obj.index !== 0n)) {
          w.uint32(16)
          w.uint64(obj.index)
        }

        if (obj.outputs != null && obj.outputs.length > 0) {
          for (const value of obj.outputs) {
            w.uint32(26)
            Tensor.codec().encode(value, w)
          }
        }

        if ((obj.corrected != null && obj.corrected !== false)) {
          w.uint32(32)
          w.bool(obj.corrected)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: '',
          index: 0n,
          outputs: [],
          corrected: false
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
              break
            }
            case 2: {
              obj.index = reader.uint64()
              break
            }
            case 3: {
              if (opts.limits?.outputs != null && obj.outputs.length === opts.limits.outputs) {
                throw new MaxLengthError('Decode error - repeated field "outputs" had too many elements')
              }

              obj.outputs.push(Tensor.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.outputs$
              }))
              break
            }
            case 4: {
              obj.corrected = reader.bool()
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
          outputs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.jobId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.index`,
                value: reader.uint64()
              }
              break
            }
            case 3: {
              if (opts.limits?.outputs != null && obj.outputs === opts.limits.outputs) {
                throw new MaxLengthError('Streaming decode error - repeated field "outputs" had too many elements')
              }

              for (const evt of Tensor.codec().stream(reader, reader.uint32(), `${prefix}.outputs[]`, {
                limits: opts.limits?.outputs$
              })) {
                yield {
                  ...evt,
                  index: obj.outputs
                }
              }

              obj.outputs++

              break
            }
            case 4: {
              yield {
                field: `${prefix}.corrected`,
                value: reader.bool()
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

  export interface JobResultJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export interface JobResultIndexFieldEvent {
    field: '$.index'
    value: bigint
  }

  export interface JobResultOutputsNameFieldEvent {
    field: '$.outputs[].name'
    value: string
    index: number
  }

  export interface JobResultOutputsDtypeFieldEvent {
    field: '$.outputs[].dtype'
    value: number
    index: number
  }

  export interface JobResultOutputsDimsFieldEvent {
    field: '$.outputs[].dims[]'
    index: number
    value: number
  }

  export interface JobResultOutputsDataFieldEvent {
    field: '$.outputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface JobResultCorrectedFieldEvent {
    field: '$.corrected'
    value: boolean
  }

  export function encode (obj: Partial<JobResult>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobResult.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobResult>): JobResult {
    return decodeMessage(buf, JobResult.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobResult>): Generator<JobResultJobIdFieldEvent | JobResultIndexFieldEvent | JobResultOutputsNameFieldEvent | JobResultOutputsDtypeFieldEvent | JobResultOutputsDimsFieldEvent | JobResultOutputsDataFieldEvent | JobResultCorrectedFieldEvent> {
    return streamMessage(buf, JobResult.codec(), opts)
  }
}

export interface JobDone {
  jobId: string
  state: number
  totalCost: Uint8Array<ArrayBuffer>
}

export namespace JobDone {
  let _codec: Codec<JobDone>

  export const codec = (): Codec<JobDone> => {
    if (_codec == null) {
      _codec = message<JobDone>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if ((obj.state != null && obj.state !== 0)) {
          w.uint32(16)
          w.uint32(obj.state)
        }

        if ((obj.totalCost != null && obj.totalCost.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.totalCost)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: '',
          state: 0,
          totalCost: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
              break
            }
            case 2: {
              obj.state = reader.uint32()
              break
            }
            case 3: {
              obj.totalCost = reader.bytes()
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
                field: `${prefix}.jobId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.state`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.totalCost`,
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

  export interface JobDoneJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export interface JobDoneStateFieldEvent {
    field: '$.state'
    value: number
  }

  export interface JobDoneTotalCostFieldEvent {
    field: '$.totalCost'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<JobDone>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobDone.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobDone>): JobDone {
    return decodeMessage(buf, JobDone.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobDone>): Generator<JobDoneJobIdFieldEvent | JobDoneStateFieldEvent | JobDoneTotalCostFieldEvent> {
    return streamMessage(buf, JobDone.codec(), opts)
  }
}

export interface PaymentDue {
  channelId: Uint8Array<ArrayBuffer>
  cumulativeDue: Uint8Array<ArrayBuffer>
}

export namespace PaymentDue {
  let _codec: Codec<PaymentDue>

  export const codec = (): Codec<PaymentDue> => {
    if (_codec == null) {
      _codec = message<PaymentDue>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.channelId != null && obj.channelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.channelId)
        }

        if ((obj.cumulativeDue != null && obj.cumulativeDue.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.cumulativeDue)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          channelId: uint8ArrayAlloc(0),
          cumulativeDue: uint8ArrayAlloc(0)
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
              obj.cumulativeDue = reader.bytes()
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
                field: `${prefix}.cumulativeDue`,
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

  export interface PaymentDueChannelIdFieldEvent {
    field: '$.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface PaymentDueCumulativeDueFieldEvent {
    field: '$.cumulativeDue'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<PaymentDue>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, PaymentDue.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<PaymentDue>): PaymentDue {
    return decodeMessage(buf, PaymentDue.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<PaymentDue>): Generator<PaymentDueChannelIdFieldEvent | PaymentDueCumulativeDueFieldEvent> {
    return streamMessage(buf, PaymentDue.codec(), opts)
  }
}

export interface AuditRecord {
  index: bigint
  provider: string
  score: number
  verdict: number
}

export namespace AuditRecord {
  let _codec: Codec<AuditRecord>

  export const codec = (): Codec<AuditRecord> => {
    if (_codec == null) {
      _codec = message<AuditRecord>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.index != null && obj.index !== 0n)) {
          w.uint32(8)
          w.uint64(obj.index)
        }

        if ((obj.provider != null && obj.provider !== '')) {
          w.uint32(18)
          w.string(obj.provider)
        }

        if ((obj.score != null && obj.score !== 0)) {
          w.uint32(25)
          w.double(obj.score)
        }

        if ((obj.verdict != null && obj.verdict !== 0)) {
          w.uint32(32)
          w.uint32(obj.verdict)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          index: 0n,
          provider: '',
          score: 0,
          verdict: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.index = reader.uint64()
              break
            }
            case 2: {
              obj.provider = reader.string()
              break
            }
            case 3: {
              obj.score = reader.double()
              break
            }
            case 4: {
              obj.verdict = reader.uint32()
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
                field: `${prefix}.index`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.provider`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.score`,
                value: reader.double()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.verdict`,
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

  export interface AuditRecordIndexFieldEvent {
    field: '$.index'
    value: bigint
  }

  export interface AuditRecordProviderFieldEvent {
    field: '$.provider'
    value: string
  }

  export interface AuditRecordScoreFieldEvent {
    field: '$.score'
    value: number
  }

  export interface AuditRecordVerdictFieldEvent {
    field: '$.verdict'
    value: number
  }

  export function encode (obj: Partial<AuditRecord>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, AuditRecord.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<AuditRecord>): AuditRecord {
    return decodeMessage(buf, AuditRecord.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<AuditRecord>): Generator<AuditRecordIndexFieldEvent | AuditRecordProviderFieldEvent | AuditRecordScoreFieldEvent | AuditRecordVerdictFieldEvent> {
    return streamMessage(buf, AuditRecord.codec(), opts)
  }
}

export interface JobReport {
  jobId: string
  itemsTotal: number
  itemsAudited: number
  audits: AuditRecord[]
  providers: string[]
  itemsRerun: number
}

export namespace JobReport {
  let _codec: Codec<JobReport>

  export const codec = (): Codec<JobReport> => {
    if (_codec == null) {
      _codec = message<JobReport>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.jobId != null && obj.jobId !== '')) {
          w.uint32(10)
          w.string(obj.jobId)
        }

        if ((obj.itemsTotal != null && obj.itemsTotal !== 0)) {
          w.uint32(16)
          w.uint32(obj.itemsTotal)
        }

        if ((obj.itemsAudited != null && obj.itemsAudited !== 0)) {
          w.uint32(24)
          w.uint32(obj.itemsAudited)
        }

        if (obj.audits != null && obj.audits.length > 0) {
          for (const value of obj.audits) {
            w.uint32(34)
            AuditRecord.codec().encode(value, w)
          }
        }

        if (obj.providers != null && obj.providers.length > 0) {
          for (const value of obj.providers) {
            w.uint32(42)
            w.string(value)
          }
        }

        if ((obj.itemsRerun != null && obj.itemsRerun !== 0)) {
          w.uint32(48)
          w.uint32(obj.itemsRerun)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobId: '',
          itemsTotal: 0,
          itemsAudited: 0,
          audits: [],
          providers: [],
          itemsRerun: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.jobId = reader.string()
              break
            }
            case 2: {
              obj.itemsTotal = reader.uint32()
              break
            }
            case 3: {
              obj.itemsAudited = reader.uint32()
              break
            }
            case 4: {
              if (opts.limits?.audits != null && obj.audits.length === opts.limits.audits) {
                throw new MaxLengthError('Decode error - repeated field "audits" had too many elements')
              }

              obj.audits.push(AuditRecord.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.audits$
              }))
              break
            }
            case 5: {
              if (opts.limits?.providers != null && obj.providers.length === opts.limits.providers) {
                throw new MaxLengthError('Decode error - repeated field "providers" had too many elements')
              }

              obj.providers.push(reader.string())
              break
            }
            case 6: {
              obj.itemsRerun = reader.uint32()
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
          audits: 0,
          providers: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.jobId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.itemsTotal`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.itemsAudited`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              if (opts.limits?.audits != null && obj.audits === opts.limits.audits) {
                throw new MaxLengthError('Streaming decode error - repeated field "audits" had too many elements')
              }

              for (const evt of AuditRecord.codec().stream(reader, reader.uint32(), `${prefix}.audits[]`, {
                limits: opts.limits?.audits$
              })) {
                yield {
                  ...evt,
                  index: obj.audits
                }
              }

              obj.audits++

              break
            }
            case 5: {
              if (opts.limits?.providers != null && obj.providers === opts.limits.providers) {
                throw new MaxLengthError('Streaming decode error - repeated field "providers" had too many elements')
              }

              yield {
                field: `${prefix}.providers[]`,
                index: obj.providers,
                value: reader.string()
              }

              obj.providers++

              break
            }
            case 6: {
              yield {
                field: `${prefix}.itemsRerun`,
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

  export interface JobReportJobIdFieldEvent {
    field: '$.jobId'
    value: string
  }

  export interface JobReportItemsTotalFieldEvent {
    field: '$.itemsTotal'
    value: number
  }

  export interface JobReportItemsAuditedFieldEvent {
    field: '$.itemsAudited'
    value: number
  }

  export interface JobReportAuditsIndexFieldEvent {
    field: '$.audits[].index'
    value: bigint
    index: number
  }

  export interface JobReportAuditsProviderFieldEvent {
    field: '$.audits[].provider'
    value: string
    index: number
  }

  export interface JobReportAuditsScoreFieldEvent {
    field: '$.audits[].score'
    value: number
    index: number
  }

  export interface JobReportAuditsVerdictFieldEvent {
    field: '$.audits[].verdict'
    value: number
    index: number
  }

  export interface JobReportProvidersFieldEvent {
    field: '$.providers[]'
    index: number
    value: string
  }

  export interface JobReportItemsRerunFieldEvent {
    field: '$.itemsRerun'
    value: number
  }

  export function encode (obj: Partial<JobReport>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobReport.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobReport>): JobReport {
    return decodeMessage(buf, JobReport.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobReport>): Generator<JobReportJobIdFieldEvent | JobReportItemsTotalFieldEvent | JobReportItemsAuditedFieldEvent | JobReportAuditsIndexFieldEvent | JobReportAuditsProviderFieldEvent | JobReportAuditsScoreFieldEvent | JobReportAuditsVerdictFieldEvent | JobReportProvidersFieldEvent | JobReportItemsRerunFieldEvent> {
    return streamMessage(buf, JobReport.codec(), opts)
  }
}

export interface JobListing {
  jobs: JobStatus[]
}

export namespace JobListing {
  let _codec: Codec<JobListing>

  export const codec = (): Codec<JobListing> => {
    if (_codec == null) {
      _codec = message<JobListing>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.jobs != null && obj.jobs.length > 0) {
          for (const value of obj.jobs) {
            w.uint32(10)
            JobStatus.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          jobs: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.jobs != null && obj.jobs.length === opts.limits.jobs) {
                throw new MaxLengthError('Decode error - repeated field "jobs" had too many elements')
              }

              obj.jobs.push(JobStatus.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.jobs$
              }))
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
          jobs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.jobs != null && obj.jobs === opts.limits.jobs) {
                throw new MaxLengthError('Streaming decode error - repeated field "jobs" had too many elements')
              }

              for (const evt of JobStatus.codec().stream(reader, reader.uint32(), `${prefix}.jobs[]`, {
                limits: opts.limits?.jobs$
              })) {
                yield {
                  ...evt,
                  index: obj.jobs
                }
              }

              obj.jobs++

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

  export interface JobListingJobsJobIdFieldEvent {
    field: '$.jobs[].jobId'
    value: string
    index: number
  }

  export interface JobListingJobsStateFieldEvent {
    field: '$.jobs[].state'
    value: number
    index: number
  }

  export interface JobListingJobsItemsTotalFieldEvent {
    field: '$.jobs[].itemsTotal'
    value: number
    index: number
  }

  export interface JobListingJobsItemsDoneFieldEvent {
    field: '$.jobs[].itemsDone'
    value: number
    index: number
  }

  export interface JobListingJobsItemsDeliveredFieldEvent {
    field: '$.jobs[].itemsDelivered'
    value: number
    index: number
  }

  export interface JobListingJobsSpentFieldEvent {
    field: '$.jobs[].spent'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface JobListingJobsItemsPerSFieldEvent {
    field: '$.jobs[].itemsPerS'
    value: number
    index: number
  }

  export interface JobListingJobsEtaMsFieldEvent {
    field: '$.jobs[].etaMs'
    value: number
    index: number
  }

  export interface JobListingJobsProvidersFieldEvent {
    field: '$.jobs[].providers'
    value: number
    index: number
  }

  export interface JobListingJobsErrorFieldEvent {
    field: '$.jobs[].error'
    value: string
    index: number
  }

  export function encode (obj: Partial<JobListing>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, JobListing.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobListing>): JobListing {
    return decodeMessage(buf, JobListing.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<JobListing>): Generator<JobListingJobsJobIdFieldEvent | JobListingJobsStateFieldEvent | JobListingJobsItemsTotalFieldEvent | JobListingJobsItemsDoneFieldEvent | JobListingJobsItemsDeliveredFieldEvent | JobListingJobsSpentFieldEvent | JobListingJobsItemsPerSFieldEvent | JobListingJobsEtaMsFieldEvent | JobListingJobsProvidersFieldEvent | JobListingJobsErrorFieldEvent> {
    return streamMessage(buf, JobListing.codec(), opts)
  }
}

export interface ClientResponse {
  modelStored?: ModelStored
  accepted?: JobAccepted
  status?: JobStatus
  result?: JobResult
  done?: JobDone
  error?: ErrorInfo
  paymentDue?: PaymentDue
  report?: JobReport
  listing?: JobListing
  terms?: PaymentTerms
}

export namespace ClientResponse {
  let _codec: Codec<ClientResponse>

  export const codec = (): Codec<ClientResponse> => {
    if (_codec == null) {
      _codec = message<ClientResponse>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.terms != null) {
          obj.listing = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.done = undefined
          obj.result = undefined
          obj.status = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.listing != null) {
          obj.terms = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.done = undefined
          obj.result = undefined
          obj.status = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.report != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.done = undefined
          obj.result = undefined
          obj.status = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.paymentDue != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.report = undefined
          obj.error = undefined
          obj.done = undefined
          obj.result = undefined
          obj.status = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.error != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.done = undefined
          obj.result = undefined
          obj.status = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.done != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.result = undefined
          obj.status = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.result != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.done = undefined
          obj.status = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.status != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.done = undefined
          obj.result = undefined
          obj.accepted = undefined
          obj.modelStored = undefined
        }

        if (obj.accepted != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.done = undefined
          obj.result = undefined
          obj.status = undefined
          obj.modelStored = undefined
        }

        if (obj.modelStored != null) {
          obj.terms = undefined
          obj.listing = undefined
          obj.report = undefined
          obj.paymentDue = undefined
          obj.error = undefined
          obj.done = undefined
          obj.result = undefined
          obj.status = undefined
          obj.accepted = undefined
        }

        if (obj.modelStored != null) {
          w.uint32(10)
          ModelStored.codec().encode(obj.modelStored, w)
        }

        if (obj.accepted != null) {
          w.uint32(18)
          JobAccepted.codec().encode(obj.accepted, w)
        }

        if (obj.status != null) {
          w.uint32(26)
          JobStatus.codec().encode(obj.status, w)
        }

        if (obj.result != null) {
          w.uint32(34)
          JobResult.codec().encode(obj.result, w)
        }

        if (obj.done != null) {
          w.uint32(42)
          JobDone.codec().encode(obj.done, w)
        }

        if (obj.error != null) {
          w.uint32(50)
          ErrorInfo.codec().encode(obj.error, w)
        }

        if (obj.paymentDue != null) {
          w.uint32(58)
          PaymentDue.codec().encode(obj.paymentDue, w)
        }

        if (obj.report != null) {
          w.uint32(66)
          JobReport.codec().encode(obj.report, w)
        }

        if (obj.listing != null) {
          w.uint32(74)
          JobListing.codec().encode(obj.listing, w)
        }

        if (obj.terms != null) {
          w.uint32(82)
          PaymentTerms.codec().encode(obj.terms, w)
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
              obj.modelStored = ModelStored.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.modelStored
              })
              break
            }
            case 2: {
              obj.accepted = JobAccepted.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.accepted
              })
              break
            }
            case 3: {
              obj.status = JobStatus.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.status
              })
              break
            }
            case 4: {
              obj.result = JobResult.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.result
              })
              break
            }
            case 5: {
              obj.done = JobDone.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.done
              })
              break
            }
            case 6: {
              obj.error = ErrorInfo.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.error
              })
              break
            }
            case 7: {
              obj.paymentDue = PaymentDue.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.paymentDue
              })
              break
            }
            case 8: {
              obj.report = JobReport.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.report
              })
              break
            }
            case 9: {
              obj.listing = JobListing.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.listing
              })
              break
            }
            case 10: {
              obj.terms = PaymentTerms.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.terms
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.terms != null) {
          delete obj.listing
          delete obj.report
          delete obj.paymentDue
          delete obj.error
          delete obj.done
          delete obj.result
          delete obj.status
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.listing != null) {
          delete obj.terms
          delete obj.report
          delete obj.paymentDue
          delete obj.error
          delete obj.done
          delete obj.result
          delete obj.status
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.report != null) {
          delete obj.terms
          delete obj.listing
          delete obj.paymentDue
          delete obj.error
          delete obj.done
          delete obj.result
          delete obj.status
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.paymentDue != null) {
          delete obj.terms
          delete obj.listing
          delete obj.report
          delete obj.error
          delete obj.done
          delete obj.result
          delete obj.status
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.error != null) {
          delete obj.terms
          delete obj.listing
          delete obj.report
          delete obj.paymentDue
          delete obj.done
          delete obj.result
          delete obj.status
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.done != null) {
          delete obj.terms
          delete obj.listing
          delete obj.report
          delete obj.paymentDue
          delete obj.error
          delete obj.result
          delete obj.status
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.result != null) {
          delete obj.terms
          delete obj.listing
          delete obj.report
          delete obj.paymentDue
          delete obj.error
          delete obj.done
          delete obj.status
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.status != null) {
          delete obj.terms
          delete obj.listing
          delete obj.report
          delete obj.paymentDue
          delete obj.error
          delete obj.done
          delete obj.result
          delete obj.accepted
          delete obj.modelStored
        }

        if (obj.accepted != null) {
          delete obj.terms
          delete obj.listing
          delete obj.report
          delete obj.paymentDue
          delete obj.error
          delete obj.done
          delete obj.result
          delete obj.status
          delete obj.modelStored
        }

        if (obj.modelStored != null) {
          delete obj.terms
          delete obj.listing
          delete obj.report
          delete obj.paymentDue
          delete obj.error
          delete obj.done
          delete obj.result
          delete obj.status
          delete obj.accepted
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * ModelStored.codec().stream(reader, reader.uint32(), `${prefix}.modelStored`, {
                limits: opts.limits?.modelStored
              })

              break
            }
            case 2: {
              yield * JobAccepted.codec().stream(reader, reader.uint32(), `${prefix}.accepted`, {
                limits: opts.limits?.accepted
              })

              break
            }
            case 3: {
              yield * JobStatus.codec().stream(reader, reader.uint32(), `${prefix}.status`, {
                limits: opts.limits?.status
              })

              break
            }
            case 4: {
              yield * JobResult.codec().stream(reader, reader.uint32(), `${prefix}.result`, {
                limits: opts.limits?.result
              })

              break
            }
            case 5: {
              yield * JobDone.codec().stream(reader, reader.uint32(), `${prefix}.done`, {
                limits: opts.limits?.done
              })

              break
            }
            case 6: {
              yield * ErrorInfo.codec().stream(reader, reader.uint32(), `${prefix}.error`, {
                limits: opts.limits?.error
              })

              break
            }
            case 7: {
              yield * PaymentDue.codec().stream(reader, reader.uint32(), `${prefix}.paymentDue`, {
                limits: opts.limits?.paymentDue
              })

              break
            }
            case 8: {
              yield * JobReport.codec().stream(reader, reader.uint32(), `${prefix}.report`, {
                limits: opts.limits?.report
              })

              break
            }
            case 9: {
              yield * JobListing.codec().stream(reader, reader.uint32(), `${prefix}.listing`, {
                limits: opts.limits?.listing
              })

              break
            }
            case 10: {
              yield * PaymentTerms.codec().stream(reader, reader.uint32(), `${prefix}.terms`, {
                limits: opts.limits?.terms
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

  export interface ClientResponseModelStoredModelIdFieldEvent {
    field: '$.modelStored.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseModelStoredAlreadyHadFieldEvent {
    field: '$.modelStored.alreadyHad'
    value: boolean
  }

  export interface ClientResponseAcceptedJobIdFieldEvent {
    field: '$.accepted.jobId'
    value: string
  }

  export interface ClientResponseAcceptedExistingFieldEvent {
    field: '$.accepted.existing'
    value: boolean
  }

  export interface ClientResponseStatusJobIdFieldEvent {
    field: '$.status.jobId'
    value: string
  }

  export interface ClientResponseStatusStateFieldEvent {
    field: '$.status.state'
    value: number
  }

  export interface ClientResponseStatusItemsTotalFieldEvent {
    field: '$.status.itemsTotal'
    value: number
  }

  export interface ClientResponseStatusItemsDoneFieldEvent {
    field: '$.status.itemsDone'
    value: number
  }

  export interface ClientResponseStatusItemsDeliveredFieldEvent {
    field: '$.status.itemsDelivered'
    value: number
  }

  export interface ClientResponseStatusSpentFieldEvent {
    field: '$.status.spent'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseStatusItemsPerSFieldEvent {
    field: '$.status.itemsPerS'
    value: number
  }

  export interface ClientResponseStatusEtaMsFieldEvent {
    field: '$.status.etaMs'
    value: number
  }

  export interface ClientResponseStatusProvidersFieldEvent {
    field: '$.status.providers'
    value: number
  }

  export interface ClientResponseStatusErrorFieldEvent {
    field: '$.status.error'
    value: string
  }

  export interface ClientResponseResultJobIdFieldEvent {
    field: '$.result.jobId'
    value: string
  }

  export interface ClientResponseResultIndexFieldEvent {
    field: '$.result.index'
    value: bigint
  }

  export interface ClientResponseResultOutputsNameFieldEvent {
    field: '$.result.outputs[].name'
    value: string
    index: number
  }

  export interface ClientResponseResultOutputsDtypeFieldEvent {
    field: '$.result.outputs[].dtype'
    value: number
    index: number
  }

  export interface ClientResponseResultOutputsDimsFieldEvent {
    field: '$.result.outputs[].dims[]'
    index: number
    value: number
  }

  export interface ClientResponseResultOutputsDataFieldEvent {
    field: '$.result.outputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface ClientResponseResultCorrectedFieldEvent {
    field: '$.result.corrected'
    value: boolean
  }

  export interface ClientResponseDoneJobIdFieldEvent {
    field: '$.done.jobId'
    value: string
  }

  export interface ClientResponseDoneStateFieldEvent {
    field: '$.done.state'
    value: number
  }

  export interface ClientResponseDoneTotalCostFieldEvent {
    field: '$.done.totalCost'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseErrorCodeFieldEvent {
    field: '$.error.code'
    value: string
  }

  export interface ClientResponseErrorMessageFieldEvent {
    field: '$.error.message'
    value: string
  }

  export interface ClientResponseErrorRetryAfterMsFieldEvent {
    field: '$.error.retryAfterMs'
    value: number
  }

  export interface ClientResponsePaymentDueChannelIdFieldEvent {
    field: '$.paymentDue.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponsePaymentDueCumulativeDueFieldEvent {
    field: '$.paymentDue.cumulativeDue'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseReportJobIdFieldEvent {
    field: '$.report.jobId'
    value: string
  }

  export interface ClientResponseReportItemsTotalFieldEvent {
    field: '$.report.itemsTotal'
    value: number
  }

  export interface ClientResponseReportItemsAuditedFieldEvent {
    field: '$.report.itemsAudited'
    value: number
  }

  export interface ClientResponseReportAuditsIndexFieldEvent {
    field: '$.report.audits[].index'
    value: bigint
    index: number
  }

  export interface ClientResponseReportAuditsProviderFieldEvent {
    field: '$.report.audits[].provider'
    value: string
    index: number
  }

  export interface ClientResponseReportAuditsScoreFieldEvent {
    field: '$.report.audits[].score'
    value: number
    index: number
  }

  export interface ClientResponseReportAuditsVerdictFieldEvent {
    field: '$.report.audits[].verdict'
    value: number
    index: number
  }

  export interface ClientResponseReportProvidersFieldEvent {
    field: '$.report.providers[]'
    index: number
    value: string
  }

  export interface ClientResponseReportItemsRerunFieldEvent {
    field: '$.report.itemsRerun'
    value: number
  }

  export interface ClientResponseListingJobsJobIdFieldEvent {
    field: '$.listing.jobs[].jobId'
    value: string
    index: number
  }

  export interface ClientResponseListingJobsStateFieldEvent {
    field: '$.listing.jobs[].state'
    value: number
    index: number
  }

  export interface ClientResponseListingJobsItemsTotalFieldEvent {
    field: '$.listing.jobs[].itemsTotal'
    value: number
    index: number
  }

  export interface ClientResponseListingJobsItemsDoneFieldEvent {
    field: '$.listing.jobs[].itemsDone'
    value: number
    index: number
  }

  export interface ClientResponseListingJobsItemsDeliveredFieldEvent {
    field: '$.listing.jobs[].itemsDelivered'
    value: number
    index: number
  }

  export interface ClientResponseListingJobsSpentFieldEvent {
    field: '$.listing.jobs[].spent'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface ClientResponseListingJobsItemsPerSFieldEvent {
    field: '$.listing.jobs[].itemsPerS'
    value: number
    index: number
  }

  export interface ClientResponseListingJobsEtaMsFieldEvent {
    field: '$.listing.jobs[].etaMs'
    value: number
    index: number
  }

  export interface ClientResponseListingJobsProvidersFieldEvent {
    field: '$.listing.jobs[].providers'
    value: number
    index: number
  }

  export interface ClientResponseListingJobsErrorFieldEvent {
    field: '$.listing.jobs[].error'
    value: string
    index: number
  }

  export interface ClientResponseTermsRequiredFieldEvent {
    field: '$.terms.required'
    value: boolean
  }

  export interface ClientResponseTermsPayeeFieldEvent {
    field: '$.terms.payee'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseTermsChainIdFieldEvent {
    field: '$.terms.chainId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseTermsChannelsFieldEvent {
    field: '$.terms.channels'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseTermsTokenFieldEvent {
    field: '$.terms.token'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseTermsCreditStepFieldEvent {
    field: '$.terms.creditStep'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ClientResponseTermsMinChallengePeriodSFieldEvent {
    field: '$.terms.minChallengePeriodS'
    value: bigint
  }

  export function encode (obj: Partial<ClientResponse>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ClientResponse.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ClientResponse>): ClientResponse {
    return decodeMessage(buf, ClientResponse.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ClientResponse>): Generator<ClientResponseModelStoredModelIdFieldEvent | ClientResponseModelStoredAlreadyHadFieldEvent | ClientResponseAcceptedJobIdFieldEvent | ClientResponseAcceptedExistingFieldEvent | ClientResponseStatusJobIdFieldEvent | ClientResponseStatusStateFieldEvent | ClientResponseStatusItemsTotalFieldEvent | ClientResponseStatusItemsDoneFieldEvent | ClientResponseStatusItemsDeliveredFieldEvent | ClientResponseStatusSpentFieldEvent | ClientResponseStatusItemsPerSFieldEvent | ClientResponseStatusEtaMsFieldEvent | ClientResponseStatusProvidersFieldEvent | ClientResponseStatusErrorFieldEvent | ClientResponseResultJobIdFieldEvent | ClientResponseResultIndexFieldEvent | ClientResponseResultOutputsNameFieldEvent | ClientResponseResultOutputsDtypeFieldEvent | ClientResponseResultOutputsDimsFieldEvent | ClientResponseResultOutputsDataFieldEvent | ClientResponseResultCorrectedFieldEvent | ClientResponseDoneJobIdFieldEvent | ClientResponseDoneStateFieldEvent | ClientResponseDoneTotalCostFieldEvent | ClientResponseErrorCodeFieldEvent | ClientResponseErrorMessageFieldEvent | ClientResponseErrorRetryAfterMsFieldEvent | ClientResponsePaymentDueChannelIdFieldEvent | ClientResponsePaymentDueCumulativeDueFieldEvent | ClientResponseReportJobIdFieldEvent | ClientResponseReportItemsTotalFieldEvent | ClientResponseReportItemsAuditedFieldEvent | ClientResponseReportAuditsIndexFieldEvent | ClientResponseReportAuditsProviderFieldEvent | ClientResponseReportAuditsScoreFieldEvent | ClientResponseReportAuditsVerdictFieldEvent | ClientResponseReportProvidersFieldEvent | ClientResponseReportItemsRerunFieldEvent | ClientResponseListingJobsJobIdFieldEvent | ClientResponseListingJobsStateFieldEvent | ClientResponseListingJobsItemsTotalFieldEvent | ClientResponseListingJobsItemsDoneFieldEvent | ClientResponseListingJobsItemsDeliveredFieldEvent | ClientResponseListingJobsSpentFieldEvent | ClientResponseListingJobsItemsPerSFieldEvent | ClientResponseListingJobsEtaMsFieldEvent | ClientResponseListingJobsProvidersFieldEvent | ClientResponseListingJobsErrorFieldEvent | ClientResponseTermsRequiredFieldEvent | ClientResponseTermsPayeeFieldEvent | ClientResponseTermsChainIdFieldEvent | ClientResponseTermsChannelsFieldEvent | ClientResponseTermsTokenFieldEvent | ClientResponseTermsCreditStepFieldEvent | ClientResponseTermsMinChallengePeriodSFieldEvent> {
    return streamMessage(buf, ClientResponse.codec(), opts)
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
