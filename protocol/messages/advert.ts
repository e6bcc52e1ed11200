import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface Gpu {
  index: number
  vendor: string
  model: string
  vramBytes: bigint
  driver: string
  bus: string
}

export namespace Gpu {
  let _codec: Codec<Gpu>

  export const codec = (): Codec<Gpu> => {
    if (_codec == null) {
      _codec = message<Gpu>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.index != null && obj.index !== 0)) {
          w.uint32(8)
          w.uint32(obj.index)
        }

        if ((obj.vendor != null && obj.vendor !== '')) {
          w.uint32(18)
          w.string(obj.vendor)
        }

        if ((obj.model != null && obj.model !== '')) {
          w.uint32(26)
          w.string(obj.model)
        }

        if ((obj.vramBytes != null && obj.vramBytes !== 0n)) {
          w.uint32(32)
          w.uint64(obj.vramBytes)
        }

        if ((obj.driver != null && obj.driver !== '')) {
          w.uint32(42)
          w.string(obj.driver)
        }

        if ((obj.bus != null && obj.bus !== '')) {
          w.uint32(50)
          w.string(obj.bus)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          index: 0,
          vendor: '',
          model: '',
          vramBytes: 0n,
          driver: '',
          bus: ''
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
              obj.vendor = reader.string()
              break
            }
            case 3: {
              obj.model = reader.string()
              break
            }
            case 4: {
              obj.vramBytes = reader.uint64()
              break
            }
            case 5: {
              obj.driver = reader.string()
              break
            }
            case 6: {
              obj.bus = reader.string()
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
                value: reader.uint32()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.vendor`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.model`,
                value: reader.string()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.vramBytes`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.driver`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.bus`,
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

  export interface GpuIndexFieldEvent {
    field: '$.index'
    value: number
  }

  export interface GpuVendorFieldEvent {
    field: '$.vendor'
    value: string
  }

  export interface GpuModelFieldEvent {
    field: '$.model'
    value: string
  }

  export interface GpuVramBytesFieldEvent {
    field: '$.vramBytes'
    value: bigint
  }

  export interface GpuDriverFieldEvent {
    field: '$.driver'
    value: string
  }

  export interface GpuBusFieldEvent {
    field: '$.bus'
    value: string
  }

  export function encode (obj: Partial<Gpu>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Gpu.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Gpu>): Gpu {
    return decodeMessage(buf, Gpu.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Gpu>): Generator<GpuIndexFieldEvent | GpuVendorFieldEvent | GpuModelFieldEvent | GpuVramBytesFieldEvent | GpuDriverFieldEvent | GpuBusFieldEvent> {
    return streamMessage(buf, Gpu.codec(), opts)
  }
}

export interface Hardware {
  gpus: Gpu[]
  cpuModel: string
  cpuCores: number
  ramBytes: bigint
  os: string
  arch: string
}

export namespace Hardware {
  let _codec: Codec<Hardware>

  export const codec = (): Codec<Hardware> => {
    if (_codec == null) {
      _codec = message<Hardware>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.gpus != null && obj.gpus.length > 0) {
          for (const value of obj.gpus) {
            w.uint32(10)
            Gpu.codec().encode(value, w)
          }
        }

        if ((obj.cpuModel != null && obj.cpuModel !== '')) {
          w.uint32(18)
          w.string(obj.cpuModel)
        }

        if ((obj.cpuCores != null && obj.cpuCores !== 0)) {
          w.uint32(24)
          w.uint32(obj.cpuCores)
        }

        if ((obj.ramBytes != null && obj.ramBytes !== 0n)) {
          w.uint32(32)
          w.uint64(obj.ramBytes)
        }

        if ((obj.os != null && obj.os !== '')) {
          w.uint32(42)
          w.string(obj.os)
        }

        if ((obj.arch != null && obj.arch !== '')) {
          w.uint32(50)
          w.string(obj.arch)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          gpus: [],
          cpuModel: '',
          cpuCores: 0,
          ramBytes: 0n,
          os: '',
          arch: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.gpus != null && obj.gpus.length === opts.limits.gpus) {
                throw new MaxLengthError('Decode error - repeated field "gpus" had too many elements')
              }

              obj.gpus.push(Gpu.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.gpus$
              }))
              break
            }
            case 2: {
              obj.cpuModel = reader.string()
              break
            }
            case 3: {
              obj.cpuCores = reader.uint32()
              break
            }
            case 4: {
              obj.ramBytes = reader.uint64()
              break
            }
            case 5: {
              obj.os = reader.string()
              break
            }
            case 6: {
              obj.arch = reader.string()
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
          gpus: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.gpus != null && obj.gpus === opts.limits.gpus) {
                throw new MaxLengthError('Streaming decode error - repeated field "gpus" had too many elements')
              }

              for (const evt of Gpu.codec().stream(reader, reader.uint32(), `${prefix}.gpus[]`, {
                limits: opts.limits?.gpus$
              })) {
                yield {
                  ...evt,
                  index: obj.gpus
                }
              }

              obj.gpus++

              break
            }
            case 2: {
              yield {
                field: `${prefix}.cpuModel`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.cpuCores`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.ramBytes`,
                value: reader.uint64()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.os`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.arch`,
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

  export interface HardwareGpusIndexFieldEvent {
    field: '$.gpus[].index'
    value: number
    index: number
  }

  export interface HardwareGpusVendorFieldEvent {
    field: '$.gpus[].vendor'
    value: string
    index: number
  }

  export interface HardwareGpusModelFieldEvent {
    field: '$.gpus[].model'
    value: string
    index: number
  }

  export interface HardwareGpusVramBytesFieldEvent {
    field: '$.gpus[].vramBytes'
    value: bigint
    index: number
  }

  export interface HardwareGpusDriverFieldEvent {
    field: '$.gpus[].driver'
    value: string
    index: number
  }

  export interface HardwareGpusBusFieldEvent {
    field: '$.gpus[].bus'
    value: string
    index: number
  }

  export interface HardwareCpuModelFieldEvent {
    field: '$.cpuModel'
    value: string
  }

  export interface HardwareCpuCoresFieldEvent {
    field: '$.cpuCores'
    value: number
  }

  export interface HardwareRamBytesFieldEvent {
    field: '$.ramBytes'
    value: bigint
  }

  export interface HardwareOsFieldEvent {
    field: '$.os'
    value: string
  }

  export interface HardwareArchFieldEvent {
    field: '$.arch'
    value: string
  }

  export function encode (obj: Partial<Hardware>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Hardware.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Hardware>): Hardware {
    return decodeMessage(buf, Hardware.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Hardware>): Generator<HardwareGpusIndexFieldEvent | HardwareGpusVendorFieldEvent | HardwareGpusModelFieldEvent | HardwareGpusVramBytesFieldEvent | HardwareGpusDriverFieldEvent | HardwareGpusBusFieldEvent | HardwareCpuModelFieldEvent | HardwareCpuCoresFieldEvent | HardwareRamBytesFieldEvent | HardwareOsFieldEvent | HardwareArchFieldEvent> {
    return streamMessage(buf, Hardware.codec(), opts)
  }
}

export interface ModelOffer {
  modelId: Uint8Array<ArrayBuffer>
  itemsPerS: number
  batchSize: number
  pricePerMillionItems: Uint8Array<ArrayBuffer>
}

export namespace ModelOffer {
  let _codec: Codec<ModelOffer>

  export const codec = (): Codec<ModelOffer> => {
    if (_codec == null) {
      _codec = message<ModelOffer>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.modelId != null && obj.modelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.modelId)
        }

        if ((obj.itemsPerS != null && obj.itemsPerS !== 0)) {
          w.uint32(17)
          w.double(obj.itemsPerS)
        }

        if ((obj.batchSize != null && obj.batchSize !== 0)) {
          w.uint32(24)
          w.uint32(obj.batchSize)
        }

        if ((obj.pricePerMillionItems != null && obj.pricePerMillionItems.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.pricePerMillionItems)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          modelId: uint8ArrayAlloc(0),
          itemsPerS: 0,
          batchSize: 0,
          pricePerMillionItems: uint8ArrayAlloc(0)
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
              obj.itemsPerS = reader.double()
              break
            }
            case 3: {
              obj.batchSize = reader.uint32()
              break
            }
            case 4: {
              obj.pricePerMillionItems = reader.bytes()
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
                field: `${prefix}.itemsPerS`,
                value: reader.double()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.batchSize`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.pricePerMillionItems`,
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

  export interface ModelOfferModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ModelOfferItemsPerSFieldEvent {
    field: '$.itemsPerS'
    value: number
  }

  export interface ModelOfferBatchSizeFieldEvent {
    field: '$.batchSize'
    value: number
  }

  export interface ModelOfferPricePerMillionItemsFieldEvent {
    field: '$.pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<ModelOffer>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ModelOffer.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelOffer>): ModelOffer {
    return decodeMessage(buf, ModelOffer.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ModelOffer>): Generator<ModelOfferModelIdFieldEvent | ModelOfferItemsPerSFieldEvent | ModelOfferBatchSizeFieldEvent | ModelOfferPricePerMillionItemsFieldEvent> {
    return streamMessage(buf, ModelOffer.codec(), opts)
  }
}

export interface Advert {
  peerId: Uint8Array<ArrayBuffer>
  ethAddress: Uint8Array<ArrayBuffer>
  payoutAddress: Uint8Array<ArrayBuffer>
  hardware?: Hardware
  executionProvider: string
  precision: number
  ortVersion: string
  benchmarkGflops: number
  pricePerGpuHour: Uint8Array<ArrayBuffer>
  models: ModelOffer[]
  freeSlots: number
  state: number
  issuedAtMs: bigint
  ttlMs: number
  seq: bigint
  maxTaskBytes: bigint
  executionProviderLog: string[]
  graphOptimizationLevel: number
}

export namespace Advert {
  let _codec: Codec<Advert>

  export const codec = (): Codec<Advert> => {
    if (_codec == null) {
      _codec = message<Advert>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peerId != null && obj.peerId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.peerId)
        }

        if ((obj.ethAddress != null && obj.ethAddress.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.ethAddress)
        }

        if ((obj.payoutAddress != null && obj.payoutAddress.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.payoutAddress)
        }

        if (obj.hardware != null) {
          w.uint32(34)
          Hardware.codec().encode(obj.hardware, w)
        }

        if ((obj.executionProvider != null && obj.executionProvider !== '')) {
          w.uint32(42)
          w.string(obj.executionProvider)
        }

        if ((obj.precision != null && obj.precision !== 0)) {
          w.uint32(48)
          w.uint32(obj.precision)
        }

        if ((obj.ortVersion != null && obj.ortVersion !== '')) {
          w.uint32(58)
          w.string(obj.ortVersion)
        }

        if ((obj.benchmarkGflops != null && obj.benchmarkGflops !== 0)) {
          w.uint32(65)
          w.double(obj.benchmarkGflops)
        }

        if ((obj.pricePerGpuHour != null && obj.pricePerGpuHour.byteLength > 0)) {
          w.uint32(74)
          w.bytes(obj.pricePerGpuHour)
        }

        if (obj.models != null && obj.models.length > 0) {
          for (const value of obj.models) {
            w.uint32(82)
            ModelOffer.codec().encode(value, w)
          }
        }

        if ((obj.freeSlots != null && obj.freeSlots !== 0)) {
          w.uint32(88)
          w.uint32(obj.freeSlots)
        }

        if ((obj.state != null && obj.state !== 0)) {
          w.uint32(96)
          w.uint32(obj.state)
        }

        if ((obj.issuedAtMs != null && obj.issuedAtMs !== 0n)) {
          w.uint32(104)
          w.uint64(obj.issuedAtMs)
        }

        if ((obj.ttlMs != null && obj.ttlMs !== 0)) {
          w.uint32(112)
          w.uint32(obj.ttlMs)
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(120)
          w.uint64(obj.seq)
        }

        if ((obj.maxTaskBytes != null && obj.maxTaskBytes !== 0n)) {
          w.uint32(128)
          w.uint64(obj.maxTaskBytes)
        }

        if (obj.executionProviderLog != null && obj.executionProviderLog.length > 0) {
          for (const value of obj.executionProviderLog) {
            w.uint32(138)
            w.string(value)
          }
        }

        if ((obj.graphOptimizationLevel != null && obj.graphOptimizationLevel !== 0)) {
          w.uint32(144)
          w.uint32(obj.graphOptimizationLevel)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peerId: uint8ArrayAlloc(0),
          ethAddress: uint8ArrayAlloc(0),
          payoutAddress: uint8ArrayAlloc(0),
          executionProvider: '',
          precision: 0,
          ortVersion: '',
          benchmarkGflops: 0,
          pricePerGpuHour: uint8ArrayAlloc(0),
          models: [],
          freeSlots: 0,
          state: 0,
          issuedAtMs: 0n,
          ttlMs: 0,
          seq: 0n,
          maxTaskBytes: 0n,
          executionProviderLog: [],
          graphOptimizationLevel: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peerId = reader.bytes()
              break
            }
            case 2: {
              obj.ethAddress = reader.bytes()
              break
            }
            case 3: {
              obj.payoutAddress = reader.bytes()
              break
            }
            case 4: {
              obj.hardware = Hardware.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.hardware
              })
              break
            }
            case 5: {
              obj.executionProvider = reader.string()
              break
            }
            case 6: {
              obj.precision = reader.uint32()
              break
            }
            case 7: {
              obj.ortVersion = reader.string()
              break
            }
            case 8: {
              obj.benchmarkGflops = reader.double()
              break
            }
            case 9: {
              obj.pricePerGpuHour = reader.bytes()
              break
            }
            case 10: {
              if (opts.limits?.models != null && obj.models.length === opts.limits.models) {
                throw new MaxLengthError('Decode error - repeated field "models" had too many elements')
              }

              obj.models.push(ModelOffer.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.models$
              }))
              break
            }
            case 11: {
              obj.freeSlots = reader.uint32()
              break
            }
            case 12: {
              obj.state = reader.uint32()
              break
            }
            case 13: {
              obj.issuedAtMs = reader.uint64()
              break
            }
            case 14: {
              obj.ttlMs = reader.uint32()
              break
            }
            case 15: {
              obj.seq = reader.uint64()
              break
            }
            case 16: {
              obj.maxTaskBytes = reader.uint64()
              break
            }
            case 17: {
              if (opts.limits?.executionProviderLog != null && obj.executionProviderLog.length === opts.limits.executionProviderLog) {
                throw new MaxLengthError('Decode error - repeated field "executionProviderLog" had too many elements')
              }

              obj.executionProviderLog.push(reader.string())
              break
            }
            case 18: {
              obj.graphOptimizationLevel = reader.uint32()
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
          models: 0,
          executionProviderLog: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.peerId`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.ethAddress`,
                value: reader.bytes()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.payoutAddress`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield * Hardware.codec().stream(reader, reader.uint32(), `${prefix}.hardware`, {
                limits: opts.limits?.hardware
              })

              break
            }
            case 5: {
              yield {
                field: `${prefix}.executionProvider`,
                value: reader.string()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.precision`,
                value: reader.uint32()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.ortVersion`,
                value: reader.string()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.benchmarkGflops`,
                value: reader.double()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.pricePerGpuHour`,
                value: reader.bytes()
              }
              break
            }
            case 10: {
              if (opts.limits?.models != null && obj.models === opts.limits.models) {
                throw new MaxLengthError('Streaming decode error - repeated field "models" had too many elements')
              }

              for (const evt of ModelOffer.codec().stream(reader, reader.uint32(), `${prefix}.models[]`, {
                limits: opts.limits?.models$
              })) {
                yield {
                  ...evt,
                  index: obj.models
                }
              }

              obj.models++

              break
            }
            case 11: {
              yield {
                field: `${prefix}.freeSlots`,
                value: reader.uint32()
              }
              break
            }
            case 12: {
              yield {
                field: `${prefix}.state`,
                value: reader.uint32()
              }
              break
            }
            case 13: {
              yield {
                field: `${prefix}.issuedAtMs`,
                value: reader.uint64()
              }
              break
            }
            case 14: {
              yield {
                field: `${prefix}.ttlMs`,
                value: reader.uint32()
              }
              break
            }
            case 15: {
              yield {
                field: `${prefix}.seq`,
                value: reader.uint64()
              }
              break
            }
            case 16: {
              yield {
                field: `${prefix}.maxTaskBytes`,
                value: reader.uint64()
              }
              break
            }
            case 17: {
              if (opts.limits?.executionProviderLog != null && obj.executionProviderLog === opts.limits.executionProviderLog) {
                throw new MaxLengthError('Streaming decode error - repeated field "executionProviderLog" had too many elements')
              }

              yield {
                field: `${prefix}.executionProviderLog[]`,
                index: obj.executionProviderLog,
                value: reader.string()
              }

              obj.executionProviderLog++

              break
            }
            case 18: {
              yield {
                field: `${prefix}.graphOptimizationLevel`,
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

  export interface AdvertPeerIdFieldEvent {
    field: '$.peerId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface AdvertEthAddressFieldEvent {
    field: '$.ethAddress'
    value: Uint8Array<ArrayBuffer>
  }

  export interface AdvertPayoutAddressFieldEvent {
    field: '$.payoutAddress'
    value: Uint8Array<ArrayBuffer>
  }

  export interface AdvertHardwareGpusIndexFieldEvent {
    field: '$.hardware.gpus[].index'
    value: number
    index: number
  }

  export interface AdvertHardwareGpusVendorFieldEvent {
    field: '$.hardware.gpus[].vendor'
    value: string
    index: number
  }

  export interface AdvertHardwareGpusModelFieldEvent {
    field: '$.hardware.gpus[].model'
    value: string
    index: number
  }

  export interface AdvertHardwareGpusVramBytesFieldEvent {
    field: '$.hardware.gpus[].vramBytes'
    value: bigint
    index: number
  }

  export interface AdvertHardwareGpusDriverFieldEvent {
    field: '$.hardware.gpus[].driver'
    value: string
    index: number
  }

  export interface AdvertHardwareGpusBusFieldEvent {
    field: '$.hardware.gpus[].bus'
    value: string
    index: number
  }

  export interface AdvertHardwareCpuModelFieldEvent {
    field: '$.hardware.cpuModel'
    value: string
  }

  export interface AdvertHardwareCpuCoresFieldEvent {
    field: '$.hardware.cpuCores'
    value: number
  }

  export interface AdvertHardwareRamBytesFieldEvent {
    field: '$.hardware.ramBytes'
    value: bigint
  }

  export interface AdvertHardwareOsFieldEvent {
    field: '$.hardware.os'
    value: string
  }

  export interface AdvertHardwareArchFieldEvent {
    field: '$.hardware.arch'
    value: string
  }

  export interface AdvertExecutionProviderFieldEvent {
    field: '$.executionProvider'
    value: string
  }

  export interface AdvertPrecisionFieldEvent {
    field: '$.precision'
    value: number
  }

  export interface AdvertOrtVersionFieldEvent {
    field: '$.ortVersion'
    value: string
  }

  export interface AdvertBenchmarkGflopsFieldEvent {
    field: '$.benchmarkGflops'
    value: number
  }

  export interface AdvertPricePerGpuHourFieldEvent {
    field: '$.pricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
  }

  export interface AdvertModelsModelIdFieldEvent {
    field: '$.models[].modelId'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface AdvertModelsItemsPerSFieldEvent {
    field: '$.models[].itemsPerS'
    value: number
    index: number
  }

  export interface AdvertModelsBatchSizeFieldEvent {
    field: '$.models[].batchSize'
    value: number
    index: number
  }

  export interface AdvertModelsPricePerMillionItemsFieldEvent {
    field: '$.models[].pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface AdvertFreeSlotsFieldEvent {
    field: '$.freeSlots'
    value: number
  }

  export interface AdvertStateFieldEvent {
    field: '$.state'
    value: number
  }

  export interface AdvertIssuedAtMsFieldEvent {
    field: '$.issuedAtMs'
    value: bigint
  }

  export interface AdvertTtlMsFieldEvent {
    field: '$.ttlMs'
    value: number
  }

  export interface AdvertSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface AdvertMaxTaskBytesFieldEvent {
    field: '$.maxTaskBytes'
    value: bigint
  }

  export interface AdvertExecutionProviderLogFieldEvent {
    field: '$.executionProviderLog[]'
    index: number
    value: string
  }

  export interface AdvertGraphOptimizationLevelFieldEvent {
    field: '$.graphOptimizationLevel'
    value: number
  }

  export function encode (obj: Partial<Advert>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Advert.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Advert>): Advert {
    return decodeMessage(buf, Advert.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Advert>): Generator<AdvertPeerIdFieldEvent | AdvertEthAddressFieldEvent | AdvertPayoutAddressFieldEvent | AdvertHardwareGpusIndexFieldEvent | AdvertHardwareGpusVendorFieldEvent | AdvertHardwareGpusModelFieldEvent | AdvertHardwareGpusVramBytesFieldEvent | AdvertHardwareGpusDriverFieldEvent | AdvertHardwareGpusBusFieldEvent | AdvertHardwareCpuModelFieldEvent | AdvertHardwareCpuCoresFieldEvent | AdvertHardwareRamBytesFieldEvent | AdvertHardwareOsFieldEvent | AdvertHardwareArchFieldEvent | AdvertExecutionProviderFieldEvent | AdvertPrecisionFieldEvent | AdvertOrtVersionFieldEvent | AdvertBenchmarkGflopsFieldEvent | AdvertPricePerGpuHourFieldEvent | AdvertModelsModelIdFieldEvent | AdvertModelsItemsPerSFieldEvent | AdvertModelsBatchSizeFieldEvent | AdvertModelsPricePerMillionItemsFieldEvent | AdvertFreeSlotsFieldEvent | AdvertStateFieldEvent | AdvertIssuedAtMsFieldEvent | AdvertTtlMsFieldEvent | AdvertSeqFieldEvent | AdvertMaxTaskBytesFieldEvent | AdvertExecutionProviderLogFieldEvent | AdvertGraphOptimizationLevelFieldEvent> {
    return streamMessage(buf, Advert.codec(), opts)
  }
}

export interface SignedAdvert {
  advert: Uint8Array<ArrayBuffer>
  signature: Uint8Array<ArrayBuffer>
}

export namespace SignedAdvert {
  let _codec: Codec<SignedAdvert>

  export const codec = (): Codec<SignedAdvert> => {
    if (_codec == null) {
      _codec = message<SignedAdvert>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.advert != null && obj.advert.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.advert)
        }

        if ((obj.signature != null && obj.signature.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.signature)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          advert: uint8ArrayAlloc(0),
          signature: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.advert = reader.bytes()
              break
            }
            case 2: {
              obj.signature = reader.bytes()
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
                field: `${prefix}.advert`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.signature`,
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

  export interface SignedAdvertAdvertFieldEvent {
    field: '$.advert'
    value: Uint8Array<ArrayBuffer>
  }

  export interface SignedAdvertSignatureFieldEvent {
    field: '$.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<SignedAdvert>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, SignedAdvert.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SignedAdvert>): SignedAdvert {
    return decodeMessage(buf, SignedAdvert.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<SignedAdvert>): Generator<SignedAdvertAdvertFieldEvent | SignedAdvertSignatureFieldEvent> {
    return streamMessage(buf, SignedAdvert.codec(), opts)
  }
}
