/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface TaskHeader {
  taskId: string
  modelId: Uint8Array<ArrayBuffer>
  itemCount: number
  sharedInputs: Tensor[]
  outputNames: string[]
  pricePerMillionItems: Uint8Array<ArrayBuffer>
  deadlineMs: number
  settings?: ExecutionSettings
  firstIndex: number
}

export namespace TaskHeader {
  let _codec: Codec<TaskHeader>

  export const codec = (): Codec<TaskHeader> => {
    if (_codec == null) {
      _codec = message<TaskHeader>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.taskId != null && obj.taskId !== '')) {
          w.uint32(10)
          w.string(obj.taskId)
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

        if ((obj.pricePerMillionItems != null && obj.pricePerMillionItems.byteLength > 0)) {
          w.uint32(50)
          w.bytes(obj.pricePerMillionItems)
        }

        if ((obj.deadlineMs != null && obj.deadlineMs !== 0)) {
          w.uint32(56)
          w.uint32(obj.deadlineMs)
        }

        if (obj.settings != null) {
          w.uint32(66)
          ExecutionSettings.codec().encode(obj.settings, w)
        }

        if ((obj.firstIndex != null && obj.firstIndex !== 0)) {
          w.uint32(72)
          w.uint32(obj.firstIndex)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          taskId: '',
          modelId: uint8ArrayAlloc(0),
          itemCount: 0,
          sharedInputs: [],
          outputNames: [],
          pricePerMillionItems: uint8ArrayAlloc(0),
          deadlineMs: 0,
          firstIndex: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.taskId = reader.string()
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
              obj.pricePerMillionItems = reader.bytes()
              break
            }
            case 7: {
              obj.deadlineMs = reader.uint32()
              break
            }
            case 8: {
              obj.settings = ExecutionSettings.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.settings
              })
              break
            }
            case 9: {
              obj.firstIndex = reader.uint32()
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
                field: `${prefix}.taskId`,
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
              yield {
                field: `${prefix}.pricePerMillionItems`,
                value: reader.bytes()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.deadlineMs`,
                value: reader.uint32()
              }
              break
            }
            case 8: {
              yield * ExecutionSettings.codec().stream(reader, reader.uint32(), `${prefix}.settings`, {
                limits: opts.limits?.settings
              })

              break
            }
            case 9: {
              yield {
                field: `${prefix}.firstIndex`,
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

  export interface TaskHeaderTaskIdFieldEvent {
    field: '$.taskId'
    value: string
  }

  export interface TaskHeaderModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskHeaderItemCountFieldEvent {
    field: '$.itemCount'
    value: number
  }

  export interface TaskHeaderSharedInputsNameFieldEvent {
    field: '$.sharedInputs[].name'
    value: string
    index: number
  }

  export interface TaskHeaderSharedInputsDtypeFieldEvent {
    field: '$.sharedInputs[].dtype'
    value: number
    index: number
  }

  export interface TaskHeaderSharedInputsDimsFieldEvent {
    field: '$.sharedInputs[].dims[]'
    index: number
    value: number
  }

  export interface TaskHeaderSharedInputsDataFieldEvent {
    field: '$.sharedInputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface TaskHeaderOutputNamesFieldEvent {
    field: '$.outputNames[]'
    index: number
    value: string
  }

  export interface TaskHeaderPricePerMillionItemsFieldEvent {
    field: '$.pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskHeaderDeadlineMsFieldEvent {
    field: '$.deadlineMs'
    value: number
  }

  export interface TaskHeaderSettingsOrtVersionFieldEvent {
    field: '$.settings.ortVersion'
    value: string
  }

  export interface TaskHeaderSettingsGraphOptimizationLevelFieldEvent {
    field: '$.settings.graphOptimizationLevel'
    value: number
  }

  export interface TaskHeaderSettingsExecutionProviderFieldEvent {
    field: '$.settings.executionProvider'
    value: string
  }

  export interface TaskHeaderSettingsPrecisionFieldEvent {
    field: '$.settings.precision'
    value: number
  }

  export interface TaskHeaderSettingsIntraOpThreadsFieldEvent {
    field: '$.settings.intraOpThreads'
    value: number
  }

  export interface TaskHeaderFirstIndexFieldEvent {
    field: '$.firstIndex'
    value: number
  }

  export function encode (obj: Partial<TaskHeader>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskHeader.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskHeader>): TaskHeader {
    return decodeMessage(buf, TaskHeader.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskHeader>): Generator<TaskHeaderTaskIdFieldEvent | TaskHeaderModelIdFieldEvent | TaskHeaderItemCountFieldEvent | TaskHeaderSharedInputsNameFieldEvent | TaskHeaderSharedInputsDtypeFieldEvent | TaskHeaderSharedInputsDimsFieldEvent | TaskHeaderSharedInputsDataFieldEvent | TaskHeaderOutputNamesFieldEvent | TaskHeaderPricePerMillionItemsFieldEvent | TaskHeaderDeadlineMsFieldEvent | TaskHeaderSettingsOrtVersionFieldEvent | TaskHeaderSettingsGraphOptimizationLevelFieldEvent | TaskHeaderSettingsExecutionProviderFieldEvent | TaskHeaderSettingsPrecisionFieldEvent | TaskHeaderSettingsIntraOpThreadsFieldEvent | TaskHeaderFirstIndexFieldEvent> {
    return streamMessage(buf, TaskHeader.codec(), opts)
  }
}

export interface TaskItem {
  index: number
  inputs: Tensor[]
}

export namespace TaskItem {
  let _codec: Codec<TaskItem>

  export const codec = (): Codec<TaskItem> => {
    if (_codec == null) {
      _codec = message<TaskItem>((obj, w, opts = {}) => {
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

  export interface TaskItemIndexFieldEvent {
    field: '$.index'
    value: number
  }

  export interface TaskItemInputsNameFieldEvent {
    field: '$.inputs[].name'
    value: string
    index: number
  }

  export interface TaskItemInputsDtypeFieldEvent {
    field: '$.inputs[].dtype'
    value: number
    index: number
  }

  export interface TaskItemInputsDimsFieldEvent {
    field: '$.inputs[].dims[]'
    index: number
    value: number
  }

  export interface TaskItemInputsDataFieldEvent {
    field: '$.inputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export function encode (obj: Partial<TaskItem>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskItem.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskItem>): TaskItem {
    return decodeMessage(buf, TaskItem.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskItem>): Generator<TaskItemIndexFieldEvent | TaskItemInputsNameFieldEvent | TaskItemInputsDtypeFieldEvent | TaskItemInputsDimsFieldEvent | TaskItemInputsDataFieldEvent> {
    return streamMessage(buf, TaskItem.codec(), opts)
  }
}

export interface TaskTrailer {
  itemCount: number
}

export namespace TaskTrailer {
  let _codec: Codec<TaskTrailer>

  export const codec = (): Codec<TaskTrailer> => {
    if (_codec == null) {
      _codec = message<TaskTrailer>((obj, w, opts = {}) => {
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

  export interface TaskTrailerItemCountFieldEvent {
    field: '$.itemCount'
    value: number
  }

  export function encode (obj: Partial<TaskTrailer>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskTrailer.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskTrailer>): TaskTrailer {
    return decodeMessage(buf, TaskTrailer.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskTrailer>): Generator<TaskTrailerItemCountFieldEvent> {
    return streamMessage(buf, TaskTrailer.codec(), opts)
  }
}

export interface TaskCancel {
  taskId: string
  reason: string
}

export namespace TaskCancel {
  let _codec: Codec<TaskCancel>

  export const codec = (): Codec<TaskCancel> => {
    if (_codec == null) {
      _codec = message<TaskCancel>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.taskId != null && obj.taskId !== '')) {
          w.uint32(10)
          w.string(obj.taskId)
        }

        if ((obj.reason != null && obj.reason !== '')) {
          w.uint32(18)
          w.string(obj.reason)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          taskId: '',
          reason: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.taskId = reader.string()
              break
            }
            case 2: {
              obj.reason = reader.string()
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
                field: `${prefix}.taskId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.reason`,
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

  export interface TaskCancelTaskIdFieldEvent {
    field: '$.taskId'
    value: string
  }

  export interface TaskCancelReasonFieldEvent {
    field: '$.reason'
    value: string
  }

  export function encode (obj: Partial<TaskCancel>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskCancel.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskCancel>): TaskCancel {
    return decodeMessage(buf, TaskCancel.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskCancel>): Generator<TaskCancelTaskIdFieldEvent | TaskCancelReasonFieldEvent> {
    return streamMessage(buf, TaskCancel.codec(), opts)
  }
}

export interface TaskFrame {
  header?: TaskHeader
  item?: TaskItem
  trailer?: TaskTrailer
  cancel?: TaskCancel
}

export namespace TaskFrame {
  let _codec: Codec<TaskFrame>

  export const codec = (): Codec<TaskFrame> => {
    if (_codec == null) {
      _codec = message<TaskFrame>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.cancel != null) {
          obj.trailer = undefined
          obj.item = undefined
          obj.header = undefined
        }

        if (obj.trailer != null) {
          obj.cancel = undefined
          obj.item = undefined
          obj.header = undefined
        }

        if (obj.item != null) {
          obj.cancel = undefined
          obj.trailer = undefined
          obj.header = undefined
        }

        if (obj.header != null) {
          obj.cancel = undefined
          obj.trailer = undefined
          obj.item = undefined
        }

        if (obj.header != null) {
          w.uint32(10)
          TaskHeader.codec().encode(obj.header, w)
        }

        if (obj.item != null) {
          w.uint32(18)
          TaskItem.codec().encode(obj.item, w)
        }

        if (obj.trailer != null) {
          w.uint32(26)
          TaskTrailer.codec().encode(obj.trailer, w)
        }

        if (obj.cancel != null) {
          w.uint32(34)
          TaskCancel.codec().encode(obj.cancel, w)
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
              obj.header = TaskHeader.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.header
              })
              break
            }
            case 2: {
              obj.item = TaskItem.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.item
              })
              break
            }
            case 3: {
              obj.trailer = TaskTrailer.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.trailer
              })
              break
            }
            case 4: {
              obj.cancel = TaskCancel.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.cancel
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.cancel != null) {
          delete obj.trailer
          delete obj.item
          delete obj.header
        }

        if (obj.trailer != null) {
          delete obj.cancel
          delete obj.item
          delete obj.header
        }

        if (obj.item != null) {
          delete obj.cancel
          delete obj.trailer
          delete obj.header
        }

        if (obj.header != null) {
          delete obj.cancel
          delete obj.trailer
          delete obj.item
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * TaskHeader.codec().stream(reader, reader.uint32(), `${prefix}.header`, {
                limits: opts.limits?.header
              })

              break
            }
            case 2: {
              yield * TaskItem.codec().stream(reader, reader.uint32(), `${prefix}.item`, {
                limits: opts.limits?.item
              })

              break
            }
            case 3: {
              yield * TaskTrailer.codec().stream(reader, reader.uint32(), `${prefix}.trailer`, {
                limits: opts.limits?.trailer
              })

              break
            }
            case 4: {
              yield * TaskCancel.codec().stream(reader, reader.uint32(), `${prefix}.cancel`, {
                limits: opts.limits?.cancel
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

  export interface TaskFrameHeaderTaskIdFieldEvent {
    field: '$.header.taskId'
    value: string
  }

  export interface TaskFrameHeaderModelIdFieldEvent {
    field: '$.header.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskFrameHeaderItemCountFieldEvent {
    field: '$.header.itemCount'
    value: number
  }

  export interface TaskFrameHeaderSharedInputsNameFieldEvent {
    field: '$.header.sharedInputs[].name'
    value: string
    index: number
  }

  export interface TaskFrameHeaderSharedInputsDtypeFieldEvent {
    field: '$.header.sharedInputs[].dtype'
    value: number
    index: number
  }

  export interface TaskFrameHeaderSharedInputsDimsFieldEvent {
    field: '$.header.sharedInputs[].dims[]'
    index: number
    value: number
  }

  export interface TaskFrameHeaderSharedInputsDataFieldEvent {
    field: '$.header.sharedInputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface TaskFrameHeaderOutputNamesFieldEvent {
    field: '$.header.outputNames[]'
    index: number
    value: string
  }

  export interface TaskFrameHeaderPricePerMillionItemsFieldEvent {
    field: '$.header.pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskFrameHeaderDeadlineMsFieldEvent {
    field: '$.header.deadlineMs'
    value: number
  }

  export interface TaskFrameHeaderSettingsOrtVersionFieldEvent {
    field: '$.header.settings.ortVersion'
    value: string
  }

  export interface TaskFrameHeaderSettingsGraphOptimizationLevelFieldEvent {
    field: '$.header.settings.graphOptimizationLevel'
    value: number
  }

  export interface TaskFrameHeaderSettingsExecutionProviderFieldEvent {
    field: '$.header.settings.executionProvider'
    value: string
  }

  export interface TaskFrameHeaderSettingsPrecisionFieldEvent {
    field: '$.header.settings.precision'
    value: number
  }

  export interface TaskFrameHeaderSettingsIntraOpThreadsFieldEvent {
    field: '$.header.settings.intraOpThreads'
    value: number
  }

  export interface TaskFrameHeaderFirstIndexFieldEvent {
    field: '$.header.firstIndex'
    value: number
  }

  export interface TaskFrameItemIndexFieldEvent {
    field: '$.item.index'
    value: number
  }

  export interface TaskFrameItemInputsNameFieldEvent {
    field: '$.item.inputs[].name'
    value: string
    index: number
  }

  export interface TaskFrameItemInputsDtypeFieldEvent {
    field: '$.item.inputs[].dtype'
    value: number
    index: number
  }

  export interface TaskFrameItemInputsDimsFieldEvent {
    field: '$.item.inputs[].dims[]'
    index: number
    value: number
  }

  export interface TaskFrameItemInputsDataFieldEvent {
    field: '$.item.inputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface TaskFrameTrailerItemCountFieldEvent {
    field: '$.trailer.itemCount'
    value: number
  }

  export interface TaskFrameCancelTaskIdFieldEvent {
    field: '$.cancel.taskId'
    value: string
  }

  export interface TaskFrameCancelReasonFieldEvent {
    field: '$.cancel.reason'
    value: string
  }

  export function encode (obj: Partial<TaskFrame>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskFrame.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskFrame>): TaskFrame {
    return decodeMessage(buf, TaskFrame.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskFrame>): Generator<TaskFrameHeaderTaskIdFieldEvent | TaskFrameHeaderModelIdFieldEvent | TaskFrameHeaderItemCountFieldEvent | TaskFrameHeaderSharedInputsNameFieldEvent | TaskFrameHeaderSharedInputsDtypeFieldEvent | TaskFrameHeaderSharedInputsDimsFieldEvent | TaskFrameHeaderSharedInputsDataFieldEvent | TaskFrameHeaderOutputNamesFieldEvent | TaskFrameHeaderPricePerMillionItemsFieldEvent | TaskFrameHeaderDeadlineMsFieldEvent | TaskFrameHeaderSettingsOrtVersionFieldEvent | TaskFrameHeaderSettingsGraphOptimizationLevelFieldEvent | TaskFrameHeaderSettingsExecutionProviderFieldEvent | TaskFrameHeaderSettingsPrecisionFieldEvent | TaskFrameHeaderSettingsIntraOpThreadsFieldEvent | TaskFrameHeaderFirstIndexFieldEvent | TaskFrameItemIndexFieldEvent | TaskFrameItemInputsNameFieldEvent | TaskFrameItemInputsDtypeFieldEvent | TaskFrameItemInputsDimsFieldEvent | TaskFrameItemInputsDataFieldEvent | TaskFrameTrailerItemCountFieldEvent | TaskFrameCancelTaskIdFieldEvent | TaskFrameCancelReasonFieldEvent> {
    return streamMessage(buf, TaskFrame.codec(), opts)
  }
}

export interface TaskAccepted {
  taskId: string
}

export namespace TaskAccepted {
  let _codec: Codec<TaskAccepted>

  export const codec = (): Codec<TaskAccepted> => {
    if (_codec == null) {
      _codec = message<TaskAccepted>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.taskId != null && obj.taskId !== '')) {
          w.uint32(10)
          w.string(obj.taskId)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          taskId: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.taskId = reader.string()
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
                field: `${prefix}.taskId`,
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

  export interface TaskAcceptedTaskIdFieldEvent {
    field: '$.taskId'
    value: string
  }

  export function encode (obj: Partial<TaskAccepted>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskAccepted.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskAccepted>): TaskAccepted {
    return decodeMessage(buf, TaskAccepted.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskAccepted>): Generator<TaskAcceptedTaskIdFieldEvent> {
    return streamMessage(buf, TaskAccepted.codec(), opts)
  }
}

export interface ItemResult {
  index: number
  outputs: Tensor[]
}

export namespace ItemResult {
  let _codec: Codec<ItemResult>

  export const codec = (): Codec<ItemResult> => {
    if (_codec == null) {
      _codec = message<ItemResult>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.index != null && obj.index !== 0)) {
          w.uint32(8)
          w.uint32(obj.index)
        }

        if (obj.outputs != null && obj.outputs.length > 0) {
          for (const value of obj.outputs) {
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
          outputs: []
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
              if (opts.limits?.outputs != null && obj.outputs.length === opts.limits.outputs) {
                throw new MaxLengthError('Decode error - repeated field "outputs" had too many elements')
              }

              obj.outputs.push(Tensor.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.outputs$
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
          outputs: 0
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

  export interface ItemResultIndexFieldEvent {
    field: '$.index'
    value: number
  }

  export interface ItemResultOutputsNameFieldEvent {
    field: '$.outputs[].name'
    value: string
    index: number
  }

  export interface ItemResultOutputsDtypeFieldEvent {
    field: '$.outputs[].dtype'
    value: number
    index: number
  }

  export interface ItemResultOutputsDimsFieldEvent {
    field: '$.outputs[].dims[]'
    index: number
    value: number
  }

  export interface ItemResultOutputsDataFieldEvent {
    field: '$.outputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export function encode (obj: Partial<ItemResult>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ItemResult.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ItemResult>): ItemResult {
    return decodeMessage(buf, ItemResult.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ItemResult>): Generator<ItemResultIndexFieldEvent | ItemResultOutputsNameFieldEvent | ItemResultOutputsDtypeFieldEvent | ItemResultOutputsDimsFieldEvent | ItemResultOutputsDataFieldEvent> {
    return streamMessage(buf, ItemResult.codec(), opts)
  }
}

export interface TaskResult {
  taskId: string
  itemCount: number
  commitmentRoot: Uint8Array<ArrayBuffer>
  signature: Uint8Array<ArrayBuffer>
  settings?: ExecutionSettings
  computeMs: number
}

export namespace TaskResult {
  let _codec: Codec<TaskResult>

  export const codec = (): Codec<TaskResult> => {
    if (_codec == null) {
      _codec = message<TaskResult>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.taskId != null && obj.taskId !== '')) {
          w.uint32(10)
          w.string(obj.taskId)
        }

        if ((obj.itemCount != null && obj.itemCount !== 0)) {
          w.uint32(16)
          w.uint32(obj.itemCount)
        }

        if ((obj.commitmentRoot != null && obj.commitmentRoot.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.commitmentRoot)
        }

        if ((obj.signature != null && obj.signature.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.signature)
        }

        if (obj.settings != null) {
          w.uint32(42)
          ExecutionSettings.codec().encode(obj.settings, w)
        }

        if ((obj.computeMs != null && obj.computeMs !== 0)) {
          w.uint32(48)
          w.uint32(obj.computeMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          taskId: '',
          itemCount: 0,
          commitmentRoot: uint8ArrayAlloc(0),
          signature: uint8ArrayAlloc(0),
          computeMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.taskId = reader.string()
              break
            }
            case 2: {
              obj.itemCount = reader.uint32()
              break
            }
            case 3: {
              obj.commitmentRoot = reader.bytes()
              break
            }
            case 4: {
              obj.signature = reader.bytes()
              break
            }
            case 5: {
              obj.settings = ExecutionSettings.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.settings
              })
              break
            }
            case 6: {
              obj.computeMs = reader.uint32()
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
                field: `${prefix}.taskId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.itemCount`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.commitmentRoot`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.signature`,
                value: reader.bytes()
              }
              break
            }
            case 5: {
              yield * ExecutionSettings.codec().stream(reader, reader.uint32(), `${prefix}.settings`, {
                limits: opts.limits?.settings
              })

              break
            }
            case 6: {
              yield {
                field: `${prefix}.computeMs`,
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

  export interface TaskResultTaskIdFieldEvent {
    field: '$.taskId'
    value: string
  }

  export interface TaskResultItemCountFieldEvent {
    field: '$.itemCount'
    value: number
  }

  export interface TaskResultCommitmentRootFieldEvent {
    field: '$.commitmentRoot'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskResultSignatureFieldEvent {
    field: '$.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskResultSettingsOrtVersionFieldEvent {
    field: '$.settings.ortVersion'
    value: string
  }

  export interface TaskResultSettingsGraphOptimizationLevelFieldEvent {
    field: '$.settings.graphOptimizationLevel'
    value: number
  }

  export interface TaskResultSettingsExecutionProviderFieldEvent {
    field: '$.settings.executionProvider'
    value: string
  }

  export interface TaskResultSettingsPrecisionFieldEvent {
    field: '$.settings.precision'
    value: number
  }

  export interface TaskResultSettingsIntraOpThreadsFieldEvent {
    field: '$.settings.intraOpThreads'
    value: number
  }

  export interface TaskResultComputeMsFieldEvent {
    field: '$.computeMs'
    value: number
  }

  export function encode (obj: Partial<TaskResult>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskResult.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskResult>): TaskResult {
    return decodeMessage(buf, TaskResult.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskResult>): Generator<TaskResultTaskIdFieldEvent | TaskResultItemCountFieldEvent | TaskResultCommitmentRootFieldEvent | TaskResultSignatureFieldEvent | TaskResultSettingsOrtVersionFieldEvent | TaskResultSettingsGraphOptimizationLevelFieldEvent | TaskResultSettingsExecutionProviderFieldEvent | TaskResultSettingsPrecisionFieldEvent | TaskResultSettingsIntraOpThreadsFieldEvent | TaskResultComputeMsFieldEvent> {
    return streamMessage(buf, TaskResult.codec(), opts)
  }
}

export interface TaskReply {
  accepted?: TaskAccepted
  item?: ItemResult
  result?: TaskResult
  error?: ErrorInfo
}

export namespace TaskReply {
  let _codec: Codec<TaskReply>

  export const codec = (): Codec<TaskReply> => {
    if (_codec == null) {
      _codec = message<TaskReply>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.error != null) {
          obj.result = undefined
          obj.item = undefined
          obj.accepted = undefined
        }

        if (obj.result != null) {
          obj.error = undefined
          obj.item = undefined
          obj.accepted = undefined
        }

        if (obj.item != null) {
          obj.error = undefined
          obj.result = undefined
          obj.accepted = undefined
        }

        if (obj.accepted != null) {
          obj.error = undefined
          obj.result = undefined
          obj.item = undefined
        }

        if (obj.accepted != null) {
          w.uint32(10)
          TaskAccepted.codec().encode(obj.accepted, w)
        }

        if (obj.item != null) {
          w.uint32(18)
          ItemResult.codec().encode(obj.item, w)
        }

        if (obj.result != null) {
          w.uint32(26)
          TaskResult.codec().encode(obj.result, w)
        }

        if (obj.error != null) {
          w.uint32(34)
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
              obj.accepted = TaskAccepted.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.accepted
              })
              break
            }
            case 2: {
              obj.item = ItemResult.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.item
              })
              break
            }
            case 3: {
              obj.result = TaskResult.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.result
              })
              break
            }
            case 4: {
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
          delete obj.result
          delete obj.item
          delete obj.accepted
        }

        if (obj.result != null) {
          delete obj.error
          delete obj.item
          delete obj.accepted
        }

        if (obj.item != null) {
          delete obj.error
          delete obj.result
          delete obj.accepted
        }

        if (obj.accepted != null) {
          delete obj.error
          delete obj.result
          delete obj.item
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * TaskAccepted.codec().stream(reader, reader.uint32(), `${prefix}.accepted`, {
                limits: opts.limits?.accepted
              })

              break
            }
            case 2: {
              yield * ItemResult.codec().stream(reader, reader.uint32(), `${prefix}.item`, {
                limits: opts.limits?.item
              })

              break
            }
            case 3: {
              yield * TaskResult.codec().stream(reader, reader.uint32(), `${prefix}.result`, {
                limits: opts.limits?.result
              })

              break
            }
            case 4: {
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

  export interface TaskReplyAcceptedTaskIdFieldEvent {
    field: '$.accepted.taskId'
    value: string
  }

  export interface TaskReplyItemIndexFieldEvent {
    field: '$.item.index'
    value: number
  }

  export interface TaskReplyItemOutputsNameFieldEvent {
    field: '$.item.outputs[].name'
    value: string
    index: number
  }

  export interface TaskReplyItemOutputsDtypeFieldEvent {
    field: '$.item.outputs[].dtype'
    value: number
    index: number
  }

  export interface TaskReplyItemOutputsDimsFieldEvent {
    field: '$.item.outputs[].dims[]'
    index: number
    value: number
  }

  export interface TaskReplyItemOutputsDataFieldEvent {
    field: '$.item.outputs[].data'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface TaskReplyResultTaskIdFieldEvent {
    field: '$.result.taskId'
    value: string
  }

  export interface TaskReplyResultItemCountFieldEvent {
    field: '$.result.itemCount'
    value: number
  }

  export interface TaskReplyResultCommitmentRootFieldEvent {
    field: '$.result.commitmentRoot'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskReplyResultSignatureFieldEvent {
    field: '$.result.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface TaskReplyResultSettingsOrtVersionFieldEvent {
    field: '$.result.settings.ortVersion'
    value: string
  }

  export interface TaskReplyResultSettingsGraphOptimizationLevelFieldEvent {
    field: '$.result.settings.graphOptimizationLevel'
    value: number
  }

  export interface TaskReplyResultSettingsExecutionProviderFieldEvent {
    field: '$.result.settings.executionProvider'
    value: string
  }

  export interface TaskReplyResultSettingsPrecisionFieldEvent {
    field: '$.result.settings.precision'
    value: number
  }

  export interface TaskReplyResultSettingsIntraOpThreadsFieldEvent {
    field: '$.result.settings.intraOpThreads'
    value: number
  }

  export interface TaskReplyResultComputeMsFieldEvent {
    field: '$.result.computeMs'
    value: number
  }

  export interface TaskReplyErrorCodeFieldEvent {
    field: '$.error.code'
    value: string
  }

  export interface TaskReplyErrorMessageFieldEvent {
    field: '$.error.message'
    value: string
  }

  export interface TaskReplyErrorRetryAfterMsFieldEvent {
    field: '$.error.retryAfterMs'
    value: number
  }

  export function encode (obj: Partial<TaskReply>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, TaskReply.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskReply>): TaskReply {
    return decodeMessage(buf, TaskReply.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<TaskReply>): Generator<TaskReplyAcceptedTaskIdFieldEvent | TaskReplyItemIndexFieldEvent | TaskReplyItemOutputsNameFieldEvent | TaskReplyItemOutputsDtypeFieldEvent | TaskReplyItemOutputsDimsFieldEvent | TaskReplyItemOutputsDataFieldEvent | TaskReplyResultTaskIdFieldEvent | TaskReplyResultItemCountFieldEvent | TaskReplyResultCommitmentRootFieldEvent | TaskReplyResultSignatureFieldEvent | TaskReplyResultSettingsOrtVersionFieldEvent | TaskReplyResultSettingsGraphOptimizationLevelFieldEvent | TaskReplyResultSettingsExecutionProviderFieldEvent | TaskReplyResultSettingsPrecisionFieldEvent | TaskReplyResultSettingsIntraOpThreadsFieldEvent | TaskReplyResultComputeMsFieldEvent | TaskReplyErrorCodeFieldEvent | TaskReplyErrorMessageFieldEvent | TaskReplyErrorRetryAfterMsFieldEvent> {
    return streamMessage(buf, TaskReply.codec(), opts)
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
