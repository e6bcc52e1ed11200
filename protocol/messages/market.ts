/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface OffersQuery {
  gpu: string
  minVramBytes: bigint
  executionProvider: string
  modelId: Uint8Array<ArrayBuffer>
  minReputation: number
  maxPricePerGpuHour: Uint8Array<ArrayBuffer>
  maxPricePerMillionItems: Uint8Array<ArrayBuffer>
  sort: number
  limit: number
}

export namespace OffersQuery {
  let _codec: Codec<OffersQuery>

  export const codec = (): Codec<OffersQuery> => {
    if (_codec == null) {
      _codec = message<OffersQuery>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.gpu != null && obj.gpu !== '')) {
          w.uint32(10)
          w.string(obj.gpu)
        }

        if ((obj.minVramBytes != null && obj.minVramBytes !== 0n)) {
          w.uint32(16)
          w.uint64(obj.minVramBytes)
        }

        if ((obj.executionProvider != null && obj.executionProvider !== '')) {
          w.uint32(26)
          w.string(obj.executionProvider)
        }

        if ((obj.modelId != null && obj.modelId.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.modelId)
        }

        if ((obj.minReputation != null && obj.minReputation !== 0)) {
          w.uint32(41)
          w.double(obj.minReputation)
        }

        if ((obj.maxPricePerGpuHour != null && obj.maxPricePerGpuHour.byteLength > 0)) {
          w.uint32(50)
          w.bytes(obj.maxPricePerGpuHour)
        }

        if ((obj.maxPricePerMillionItems != null && obj.maxPricePerMillionItems.byteLength > 0)) {
          w.uint32(58)
          w.bytes(obj.maxPricePerMillionItems)
        }

        if ((obj.sort != null && obj.sort !== 0)) {
          w.uint32(64)
          w.uint32(obj.sort)
        }

        if ((obj.limit != null && obj.limit !== 0)) {
          w.uint32(72)
          w.uint32(obj.limit)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          gpu: '',
          minVramBytes: 0n,
          executionProvider: '',
          modelId: uint8ArrayAlloc(0),
          minReputation: 0,
          maxPricePerGpuHour: uint8ArrayAlloc(0),
          maxPricePerMillionItems: uint8ArrayAlloc(0),
          sort: 0,
          limit: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.gpu = reader.string()
              break
            }
            case 2: {
              obj.minVramBytes = reader.uint64()
              break
            }
            case 3: {
              obj.executionProvider = reader.string()
              break
            }
            case 4: {
              obj.modelId = reader.bytes()
              break
            }
            case 5: {
              obj.minReputation = reader.double()
              break
            }
            case 6: {
              obj.maxPricePerGpuHour = reader.bytes()
              break
            }
            case 7: {
              obj.maxPricePerMillionItems = reader.bytes()
              break
            }
            case 8: {
              obj.sort = reader.uint32()
              break
            }
            case 9: {
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
                field: `${prefix}.gpu`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.minVramBytes`,
                value: reader.uint64()
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
                field: `${prefix}.modelId`,
                value: reader.bytes()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.minReputation`,
                value: reader.double()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.maxPricePerGpuHour`,
                value: reader.bytes()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.maxPricePerMillionItems`,
                value: reader.bytes()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.sort`,
                value: reader.uint32()
              }
              break
            }
            case 9: {
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

  export interface OffersQueryGpuFieldEvent {
    field: '$.gpu'
    value: string
  }

  export interface OffersQueryMinVramBytesFieldEvent {
    field: '$.minVramBytes'
    value: bigint
  }

  export interface OffersQueryExecutionProviderFieldEvent {
    field: '$.executionProvider'
    value: string
  }

  export interface OffersQueryModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface OffersQueryMinReputationFieldEvent {
    field: '$.minReputation'
    value: number
  }

  export interface OffersQueryMaxPricePerGpuHourFieldEvent {
    field: '$.maxPricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
  }

  export interface OffersQueryMaxPricePerMillionItemsFieldEvent {
    field: '$.maxPricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface OffersQuerySortFieldEvent {
    field: '$.sort'
    value: number
  }

  export interface OffersQueryLimitFieldEvent {
    field: '$.limit'
    value: number
  }

  export function encode (obj: Partial<OffersQuery>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, OffersQuery.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<OffersQuery>): OffersQuery {
    return decodeMessage(buf, OffersQuery.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<OffersQuery>): Generator<OffersQueryGpuFieldEvent | OffersQueryMinVramBytesFieldEvent | OffersQueryExecutionProviderFieldEvent | OffersQueryModelIdFieldEvent | OffersQueryMinReputationFieldEvent | OffersQueryMaxPricePerGpuHourFieldEvent | OffersQueryMaxPricePerMillionItemsFieldEvent | OffersQuerySortFieldEvent | OffersQueryLimitFieldEvent> {
    return streamMessage(buf, OffersQuery.codec(), opts)
  }
}

export interface Offer {
  peerId: string
  gpuModel: string
  gpuClass: string
  vramBytes: bigint
  executionProvider: string
  precision: number
  gflops: number
  pricePerGpuHour: Uint8Array<ArrayBuffer>
  pricePerMillionItems: Uint8Array<ArrayBuffer>
  itemsPerS: number
  reputation: number
  state: number
}

export namespace Offer {
  let _codec: Codec<Offer>

  export const codec = (): Codec<Offer> => {
    if (_codec == null) {
      _codec = message<Offer>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peerId != null && obj.peerId !== '')) {
          w.uint32(10)
          w.string(obj.peerId)
        }

        if ((obj.gpuModel != null && obj.gpuModel !== '')) {
          w.uint32(18)
          w.string(obj.gpuModel)
        }

        if ((obj.gpuClass != null && obj.gpuClass !== '')) {
          w.uint32(26)
          w.string(obj.gpuClass)
        }

        if ((obj.vramBytes != null && obj.vramBytes !== 0n)) {
          w.uint32(32)
          w.uint64(obj.vramBytes)
        }

        if ((obj.executionProvider != null && obj.executionProvider !== '')) {
          w.uint32(42)
          w.string(obj.executionProvider)
        }

        if ((obj.precision != null && obj.precision !== 0)) {
          w.uint32(48)
          w.uint32(obj.precision)
        }

        if ((obj.gflops != null && obj.gflops !== 0)) {
          w.uint32(57)
          w.double(obj.gflops)
        }

        if ((obj.pricePerGpuHour != null && obj.pricePerGpuHour.byteLength > 0)) {
          w.uint32(66)
          w.bytes(obj.pricePerGpuHour)
        }

        if ((obj.pricePerMillionItems != null && obj.pricePerMillionItems.byteLength > 0)) {
          w.uint32(74)
          w.bytes(obj.pricePerMillionItems)
        }

        if ((obj.itemsPerS != null && obj.itemsPerS !== 0)) {
          w.uint32(81)
          w.double(obj.itemsPerS)
        }

        if ((obj.reputation != null && obj.reputation !== 0)) {
          w.uint32(89)
          w.double(obj.reputation)
        }

        if ((obj.state != null && obj.state !== 0)) {
          w.uint32(96)
          w.uint32(obj.state)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peerId: '',
          gpuModel: '',
          gpuClass: '',
          vramBytes: 0n,
          executionProvider: '',
          precision: 0,
          gflops: 0,
          pricePerGpuHour: uint8ArrayAlloc(0),
          pricePerMillionItems: uint8ArrayAlloc(0),
          itemsPerS: 0,
          reputation: 0,
          state: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peerId = reader.string()
              break
            }
            case 2: {
              obj.gpuModel = reader.string()
              break
            }
            case 3: {
              obj.gpuClass = reader.string()
              break
            }
            case 4: {
              obj.vramBytes = reader.uint64()
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
              obj.gflops = reader.double()
              break
            }
            case 8: {
              obj.pricePerGpuHour = reader.bytes()
              break
            }
            case 9: {
              obj.pricePerMillionItems = reader.bytes()
              break
            }
            case 10: {
              obj.itemsPerS = reader.double()
              break
            }
            case 11: {
              obj.reputation = reader.double()
              break
            }
            case 12: {
              obj.state = reader.uint32()
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
                field: `${prefix}.peerId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.gpuModel`,
                value: reader.string()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.gpuClass`,
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
                field: `${prefix}.gflops`,
                value: reader.double()
              }
              break
            }
            case 8: {
              yield {
                field: `${prefix}.pricePerGpuHour`,
                value: reader.bytes()
              }
              break
            }
            case 9: {
              yield {
                field: `${prefix}.pricePerMillionItems`,
                value: reader.bytes()
              }
              break
            }
            case 10: {
              yield {
                field: `${prefix}.itemsPerS`,
                value: reader.double()
              }
              break
            }
            case 11: {
              yield {
                field: `${prefix}.reputation`,
                value: reader.double()
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

  export interface OfferPeerIdFieldEvent {
    field: '$.peerId'
    value: string
  }

  export interface OfferGpuModelFieldEvent {
    field: '$.gpuModel'
    value: string
  }

  export interface OfferGpuClassFieldEvent {
    field: '$.gpuClass'
    value: string
  }

  export interface OfferVramBytesFieldEvent {
    field: '$.vramBytes'
    value: bigint
  }

  export interface OfferExecutionProviderFieldEvent {
    field: '$.executionProvider'
    value: string
  }

  export interface OfferPrecisionFieldEvent {
    field: '$.precision'
    value: number
  }

  export interface OfferGflopsFieldEvent {
    field: '$.gflops'
    value: number
  }

  export interface OfferPricePerGpuHourFieldEvent {
    field: '$.pricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
  }

  export interface OfferPricePerMillionItemsFieldEvent {
    field: '$.pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface OfferItemsPerSFieldEvent {
    field: '$.itemsPerS'
    value: number
  }

  export interface OfferReputationFieldEvent {
    field: '$.reputation'
    value: number
  }

  export interface OfferStateFieldEvent {
    field: '$.state'
    value: number
  }

  export function encode (obj: Partial<Offer>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Offer.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Offer>): Offer {
    return decodeMessage(buf, Offer.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Offer>): Generator<OfferPeerIdFieldEvent | OfferGpuModelFieldEvent | OfferGpuClassFieldEvent | OfferVramBytesFieldEvent | OfferExecutionProviderFieldEvent | OfferPrecisionFieldEvent | OfferGflopsFieldEvent | OfferPricePerGpuHourFieldEvent | OfferPricePerMillionItemsFieldEvent | OfferItemsPerSFieldEvent | OfferReputationFieldEvent | OfferStateFieldEvent> {
    return streamMessage(buf, Offer.codec(), opts)
  }
}

export interface OffersResponse {
  offers: Offer[]
}

export namespace OffersResponse {
  let _codec: Codec<OffersResponse>

  export const codec = (): Codec<OffersResponse> => {
    if (_codec == null) {
      _codec = message<OffersResponse>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.offers != null && obj.offers.length > 0) {
          for (const value of obj.offers) {
            w.uint32(10)
            Offer.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          offers: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.offers != null && obj.offers.length === opts.limits.offers) {
                throw new MaxLengthError('Decode error - repeated field "offers" had too many elements')
              }

              obj.offers.push(Offer.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.offers$
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
          offers: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.offers != null && obj.offers === opts.limits.offers) {
                throw new MaxLengthError('Streaming decode error - repeated field "offers" had too many elements')
              }

              for (const evt of Offer.codec().stream(reader, reader.uint32(), `${prefix}.offers[]`, {
                limits: opts.limits?.offers$
              })) {
                yield {
                  ...evt,
                  index: obj.offers
                }
              }

              obj.offers++

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

  export interface OffersResponseOffersPeerIdFieldEvent {
    field: '$.offers[].peerId'
    value: string
    index: number
  }

  export interface OffersResponseOffersGpuModelFieldEvent {
    field: '$.offers[].gpuModel'
    value: string
    index: number
  }

  export interface OffersResponseOffersGpuClassFieldEvent {
    field: '$.offers[].gpuClass'
    value: string
    index: number
  }

  export interface OffersResponseOffersVramBytesFieldEvent {
    field: '$.offers[].vramBytes'
    value: bigint
    index: number
  }

  export interface OffersResponseOffersExecutionProviderFieldEvent {
    field: '$.offers[].executionProvider'
    value: string
    index: number
  }

  export interface OffersResponseOffersPrecisionFieldEvent {
    field: '$.offers[].precision'
    value: number
    index: number
  }

  export interface OffersResponseOffersGflopsFieldEvent {
    field: '$.offers[].gflops'
    value: number
    index: number
  }

  export interface OffersResponseOffersPricePerGpuHourFieldEvent {
    field: '$.offers[].pricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface OffersResponseOffersPricePerMillionItemsFieldEvent {
    field: '$.offers[].pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface OffersResponseOffersItemsPerSFieldEvent {
    field: '$.offers[].itemsPerS'
    value: number
    index: number
  }

  export interface OffersResponseOffersReputationFieldEvent {
    field: '$.offers[].reputation'
    value: number
    index: number
  }

  export interface OffersResponseOffersStateFieldEvent {
    field: '$.offers[].state'
    value: number
    index: number
  }

  export function encode (obj: Partial<OffersResponse>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, OffersResponse.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<OffersResponse>): OffersResponse {
    return decodeMessage(buf, OffersResponse.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<OffersResponse>): Generator<OffersResponseOffersPeerIdFieldEvent | OffersResponseOffersGpuModelFieldEvent | OffersResponseOffersGpuClassFieldEvent | OffersResponseOffersVramBytesFieldEvent | OffersResponseOffersExecutionProviderFieldEvent | OffersResponseOffersPrecisionFieldEvent | OffersResponseOffersGflopsFieldEvent | OffersResponseOffersPricePerGpuHourFieldEvent | OffersResponseOffersPricePerMillionItemsFieldEvent | OffersResponseOffersItemsPerSFieldEvent | OffersResponseOffersReputationFieldEvent | OffersResponseOffersStateFieldEvent> {
    return streamMessage(buf, OffersResponse.codec(), opts)
  }
}

export interface StatsQuery {
  gpuClass: string
}

export namespace StatsQuery {
  let _codec: Codec<StatsQuery>

  export const codec = (): Codec<StatsQuery> => {
    if (_codec == null) {
      _codec = message<StatsQuery>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.gpuClass != null && obj.gpuClass !== '')) {
          w.uint32(10)
          w.string(obj.gpuClass)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          gpuClass: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.gpuClass = reader.string()
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
                field: `${prefix}.gpuClass`,
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

  export interface StatsQueryGpuClassFieldEvent {
    field: '$.gpuClass'
    value: string
  }

  export function encode (obj: Partial<StatsQuery>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, StatsQuery.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<StatsQuery>): StatsQuery {
    return decodeMessage(buf, StatsQuery.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<StatsQuery>): Generator<StatsQueryGpuClassFieldEvent> {
    return streamMessage(buf, StatsQuery.codec(), opts)
  }
}

export interface GpuClassStats {
  gpuClass: string
  providersOnline: number
  medianPricePerGpuHour: Uint8Array<ArrayBuffer>
  p10PricePerGpuHour: Uint8Array<ArrayBuffer>
  p90PricePerGpuHour: Uint8Array<ArrayBuffer>
  medianGflops: number
  pricePerTflopHour: Uint8Array<ArrayBuffer>
}

export namespace GpuClassStats {
  let _codec: Codec<GpuClassStats>

  export const codec = (): Codec<GpuClassStats> => {
    if (_codec == null) {
      _codec = message<GpuClassStats>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.gpuClass != null && obj.gpuClass !== '')) {
          w.uint32(10)
          w.string(obj.gpuClass)
        }

        if ((obj.providersOnline != null && obj.providersOnline !== 0)) {
          w.uint32(16)
          w.uint32(obj.providersOnline)
        }

        if ((obj.medianPricePerGpuHour != null && obj.medianPricePerGpuHour.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.medianPricePerGpuHour)
        }

        if ((obj.p10PricePerGpuHour != null && obj.p10PricePerGpuHour.byteLength > 0)) {
          w.uint32(34)
          w.bytes(obj.p10PricePerGpuHour)
        }

        if ((obj.p90PricePerGpuHour != null && obj.p90PricePerGpuHour.byteLength > 0)) {
          w.uint32(42)
          w.bytes(obj.p90PricePerGpuHour)
        }

        if ((obj.medianGflops != null && obj.medianGflops !== 0)) {
          w.uint32(49)
          w.double(obj.medianGflops)
        }

        if ((obj.pricePerTflopHour != null && obj.pricePerTflopHour.byteLength > 0)) {
          w.uint32(58)
          w.bytes(obj.pricePerTflopHour)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          gpuClass: '',
          providersOnline: 0,
          medianPricePerGpuHour: uint8ArrayAlloc(0),
          p10PricePerGpuHour: uint8ArrayAlloc(0),
          p90PricePerGpuHour: uint8ArrayAlloc(0),
          medianGflops: 0,
          pricePerTflopHour: uint8ArrayAlloc(0)
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.gpuClass = reader.string()
              break
            }
            case 2: {
              obj.providersOnline = reader.uint32()
              break
            }
            case 3: {
              obj.medianPricePerGpuHour = reader.bytes()
              break
            }
            case 4: {
              obj.p10PricePerGpuHour = reader.bytes()
              break
            }
            case 5: {
              obj.p90PricePerGpuHour = reader.bytes()
              break
            }
            case 6: {
              obj.medianGflops = reader.double()
              break
            }
            case 7: {
              obj.pricePerTflopHour = reader.bytes()
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
                field: `${prefix}.gpuClass`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.providersOnline`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.medianPricePerGpuHour`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.p10PricePerGpuHour`,
                value: reader.bytes()
              }
              break
            }
            case 5: {
              yield {
                field: `${prefix}.p90PricePerGpuHour`,
                value: reader.bytes()
              }
              break
            }
            case 6: {
              yield {
                field: `${prefix}.medianGflops`,
                value: reader.double()
              }
              break
            }
            case 7: {
              yield {
                field: `${prefix}.pricePerTflopHour`,
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

  export interface GpuClassStatsGpuClassFieldEvent {
    field: '$.gpuClass'
    value: string
  }

  export interface GpuClassStatsProvidersOnlineFieldEvent {
    field: '$.providersOnline'
    value: number
  }

  export interface GpuClassStatsMedianPricePerGpuHourFieldEvent {
    field: '$.medianPricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
  }

  export interface GpuClassStatsP10PricePerGpuHourFieldEvent {
    field: '$.p10PricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
  }

  export interface GpuClassStatsP90PricePerGpuHourFieldEvent {
    field: '$.p90PricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
  }

  export interface GpuClassStatsMedianGflopsFieldEvent {
    field: '$.medianGflops'
    value: number
  }

  export interface GpuClassStatsPricePerTflopHourFieldEvent {
    field: '$.pricePerTflopHour'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<GpuClassStats>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, GpuClassStats.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<GpuClassStats>): GpuClassStats {
    return decodeMessage(buf, GpuClassStats.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<GpuClassStats>): Generator<GpuClassStatsGpuClassFieldEvent | GpuClassStatsProvidersOnlineFieldEvent | GpuClassStatsMedianPricePerGpuHourFieldEvent | GpuClassStatsP10PricePerGpuHourFieldEvent | GpuClassStatsP90PricePerGpuHourFieldEvent | GpuClassStatsMedianGflopsFieldEvent | GpuClassStatsPricePerTflopHourFieldEvent> {
    return streamMessage(buf, GpuClassStats.codec(), opts)
  }
}

export interface StatsResponse {
  classes: GpuClassStats[]
}

export namespace StatsResponse {
  let _codec: Codec<StatsResponse>

  export const codec = (): Codec<StatsResponse> => {
    if (_codec == null) {
      _codec = message<StatsResponse>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.classes != null && obj.classes.length > 0) {
          for (const value of obj.classes) {
            w.uint32(10)
            GpuClassStats.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          classes: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.classes != null && obj.classes.length === opts.limits.classes) {
                throw new MaxLengthError('Decode error - repeated field "classes" had too many elements')
              }

              obj.classes.push(GpuClassStats.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.classes$
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
          classes: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              if (opts.limits?.classes != null && obj.classes === opts.limits.classes) {
                throw new MaxLengthError('Streaming decode error - repeated field "classes" had too many elements')
              }

              for (const evt of GpuClassStats.codec().stream(reader, reader.uint32(), `${prefix}.classes[]`, {
                limits: opts.limits?.classes$
              })) {
                yield {
                  ...evt,
                  index: obj.classes
                }
              }

              obj.classes++

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

  export interface StatsResponseClassesGpuClassFieldEvent {
    field: '$.classes[].gpuClass'
    value: string
    index: number
  }

  export interface StatsResponseClassesProvidersOnlineFieldEvent {
    field: '$.classes[].providersOnline'
    value: number
    index: number
  }

  export interface StatsResponseClassesMedianPricePerGpuHourFieldEvent {
    field: '$.classes[].medianPricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface StatsResponseClassesP10PricePerGpuHourFieldEvent {
    field: '$.classes[].p10PricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface StatsResponseClassesP90PricePerGpuHourFieldEvent {
    field: '$.classes[].p90PricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface StatsResponseClassesMedianGflopsFieldEvent {
    field: '$.classes[].medianGflops'
    value: number
    index: number
  }

  export interface StatsResponseClassesPricePerTflopHourFieldEvent {
    field: '$.classes[].pricePerTflopHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export function encode (obj: Partial<StatsResponse>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, StatsResponse.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<StatsResponse>): StatsResponse {
    return decodeMessage(buf, StatsResponse.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<StatsResponse>): Generator<StatsResponseClassesGpuClassFieldEvent | StatsResponseClassesProvidersOnlineFieldEvent | StatsResponseClassesMedianPricePerGpuHourFieldEvent | StatsResponseClassesP10PricePerGpuHourFieldEvent | StatsResponseClassesP90PricePerGpuHourFieldEvent | StatsResponseClassesMedianGflopsFieldEvent | StatsResponseClassesPricePerTflopHourFieldEvent> {
    return streamMessage(buf, StatsResponse.codec(), opts)
  }
}

export interface QuoteRequest {
  modelId: Uint8Array<ArrayBuffer>
  itemCount: number
  deadlineMs: number
  spread: number
}

export namespace QuoteRequest {
  let _codec: Codec<QuoteRequest>

  export const codec = (): Codec<QuoteRequest> => {
    if (_codec == null) {
      _codec = message<QuoteRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.modelId != null && obj.modelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.modelId)
        }

        if ((obj.itemCount != null && obj.itemCount !== 0)) {
          w.uint32(16)
          w.uint32(obj.itemCount)
        }

        if ((obj.deadlineMs != null && obj.deadlineMs !== 0)) {
          w.uint32(24)
          w.uint32(obj.deadlineMs)
        }

        if ((obj.spread != null && obj.spread !== 0)) {
          w.uint32(32)
          w.uint32(obj.spread)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          modelId: uint8ArrayAlloc(0),
          itemCount: 0,
          deadlineMs: 0,
          spread: 0
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
              obj.itemCount = reader.uint32()
              break
            }
            case 3: {
              obj.deadlineMs = reader.uint32()
              break
            }
            case 4: {
              obj.spread = reader.uint32()
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
                field: `${prefix}.itemCount`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.deadlineMs`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.spread`,
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

  export interface QuoteRequestModelIdFieldEvent {
    field: '$.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QuoteRequestItemCountFieldEvent {
    field: '$.itemCount'
    value: number
  }

  export interface QuoteRequestDeadlineMsFieldEvent {
    field: '$.deadlineMs'
    value: number
  }

  export interface QuoteRequestSpreadFieldEvent {
    field: '$.spread'
    value: number
  }

  export function encode (obj: Partial<QuoteRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QuoteRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QuoteRequest>): QuoteRequest {
    return decodeMessage(buf, QuoteRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QuoteRequest>): Generator<QuoteRequestModelIdFieldEvent | QuoteRequestItemCountFieldEvent | QuoteRequestDeadlineMsFieldEvent | QuoteRequestSpreadFieldEvent> {
    return streamMessage(buf, QuoteRequest.codec(), opts)
  }
}

export interface QuotedProvider {
  peerId: string
  items: number
  pricePerMillionItems: Uint8Array<ArrayBuffer>
  itemsPerS: number
}

export namespace QuotedProvider {
  let _codec: Codec<QuotedProvider>

  export const codec = (): Codec<QuotedProvider> => {
    if (_codec == null) {
      _codec = message<QuotedProvider>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.peerId != null && obj.peerId !== '')) {
          w.uint32(10)
          w.string(obj.peerId)
        }

        if ((obj.items != null && obj.items !== 0)) {
          w.uint32(16)
          w.uint32(obj.items)
        }

        if ((obj.pricePerMillionItems != null && obj.pricePerMillionItems.byteLength > 0)) {
          w.uint32(26)
          w.bytes(obj.pricePerMillionItems)
        }

        if ((obj.itemsPerS != null && obj.itemsPerS !== 0)) {
          w.uint32(33)
          w.double(obj.itemsPerS)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          peerId: '',
          items: 0,
          pricePerMillionItems: uint8ArrayAlloc(0),
          itemsPerS: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.peerId = reader.string()
              break
            }
            case 2: {
              obj.items = reader.uint32()
              break
            }
            case 3: {
              obj.pricePerMillionItems = reader.bytes()
              break
            }
            case 4: {
              obj.itemsPerS = reader.double()
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
                field: `${prefix}.peerId`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.items`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.pricePerMillionItems`,
                value: reader.bytes()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.itemsPerS`,
                value: reader.double()
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

  export interface QuotedProviderPeerIdFieldEvent {
    field: '$.peerId'
    value: string
  }

  export interface QuotedProviderItemsFieldEvent {
    field: '$.items'
    value: number
  }

  export interface QuotedProviderPricePerMillionItemsFieldEvent {
    field: '$.pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QuotedProviderItemsPerSFieldEvent {
    field: '$.itemsPerS'
    value: number
  }

  export function encode (obj: Partial<QuotedProvider>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QuotedProvider.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QuotedProvider>): QuotedProvider {
    return decodeMessage(buf, QuotedProvider.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QuotedProvider>): Generator<QuotedProviderPeerIdFieldEvent | QuotedProviderItemsFieldEvent | QuotedProviderPricePerMillionItemsFieldEvent | QuotedProviderItemsPerSFieldEvent> {
    return streamMessage(buf, QuotedProvider.codec(), opts)
  }
}

export interface QuoteResponse {
  cost: Uint8Array<ArrayBuffer>
  completionMs: number
  p50LatencyMs: number
  providers: QuotedProvider[]
}

export namespace QuoteResponse {
  let _codec: Codec<QuoteResponse>

  export const codec = (): Codec<QuoteResponse> => {
    if (_codec == null) {
      _codec = message<QuoteResponse>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.cost != null && obj.cost.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.cost)
        }

        if ((obj.completionMs != null && obj.completionMs !== 0)) {
          w.uint32(16)
          w.uint32(obj.completionMs)
        }

        if ((obj.p50LatencyMs != null && obj.p50LatencyMs !== 0)) {
          w.uint32(25)
          w.double(obj.p50LatencyMs)
        }

        if (obj.providers != null && obj.providers.length > 0) {
          for (const value of obj.providers) {
            w.uint32(34)
            QuotedProvider.codec().encode(value, w)
          }
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          cost: uint8ArrayAlloc(0),
          completionMs: 0,
          p50LatencyMs: 0,
          providers: []
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.cost = reader.bytes()
              break
            }
            case 2: {
              obj.completionMs = reader.uint32()
              break
            }
            case 3: {
              obj.p50LatencyMs = reader.double()
              break
            }
            case 4: {
              if (opts.limits?.providers != null && obj.providers.length === opts.limits.providers) {
                throw new MaxLengthError('Decode error - repeated field "providers" had too many elements')
              }

              obj.providers.push(QuotedProvider.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.providers$
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
          providers: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield {
                field: `${prefix}.cost`,
                value: reader.bytes()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.completionMs`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.p50LatencyMs`,
                value: reader.double()
              }
              break
            }
            case 4: {
              if (opts.limits?.providers != null && obj.providers === opts.limits.providers) {
                throw new MaxLengthError('Streaming decode error - repeated field "providers" had too many elements')
              }

              for (const evt of QuotedProvider.codec().stream(reader, reader.uint32(), `${prefix}.providers[]`, {
                limits: opts.limits?.providers$
              })) {
                yield {
                  ...evt,
                  index: obj.providers
                }
              }

              obj.providers++

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

  export interface QuoteResponseCostFieldEvent {
    field: '$.cost'
    value: Uint8Array<ArrayBuffer>
  }

  export interface QuoteResponseCompletionMsFieldEvent {
    field: '$.completionMs'
    value: number
  }

  export interface QuoteResponseP50LatencyMsFieldEvent {
    field: '$.p50LatencyMs'
    value: number
  }

  export interface QuoteResponseProvidersPeerIdFieldEvent {
    field: '$.providers[].peerId'
    value: string
    index: number
  }

  export interface QuoteResponseProvidersItemsFieldEvent {
    field: '$.providers[].items'
    value: number
    index: number
  }

  export interface QuoteResponseProvidersPricePerMillionItemsFieldEvent {
    field: '$.providers[].pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface QuoteResponseProvidersItemsPerSFieldEvent {
    field: '$.providers[].itemsPerS'
    value: number
    index: number
  }

  export function encode (obj: Partial<QuoteResponse>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, QuoteResponse.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QuoteResponse>): QuoteResponse {
    return decodeMessage(buf, QuoteResponse.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<QuoteResponse>): Generator<QuoteResponseCostFieldEvent | QuoteResponseCompletionMsFieldEvent | QuoteResponseP50LatencyMsFieldEvent | QuoteResponseProvidersPeerIdFieldEvent | QuoteResponseProvidersItemsFieldEvent | QuoteResponseProvidersPricePerMillionItemsFieldEvent | QuoteResponseProvidersItemsPerSFieldEvent> {
    return streamMessage(buf, QuoteResponse.codec(), opts)
  }
}

export interface MarketRequest {
  offers?: OffersQuery
  stats?: StatsQuery
  quote?: QuoteRequest
}

export namespace MarketRequest {
  let _codec: Codec<MarketRequest>

  export const codec = (): Codec<MarketRequest> => {
    if (_codec == null) {
      _codec = message<MarketRequest>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.quote != null) {
          obj.stats = undefined
          obj.offers = undefined
        }

        if (obj.stats != null) {
          obj.quote = undefined
          obj.offers = undefined
        }

        if (obj.offers != null) {
          obj.quote = undefined
          obj.stats = undefined
        }

        if (obj.offers != null) {
          w.uint32(10)
          OffersQuery.codec().encode(obj.offers, w)
        }

        if (obj.stats != null) {
          w.uint32(18)
          StatsQuery.codec().encode(obj.stats, w)
        }

        if (obj.quote != null) {
          w.uint32(26)
          QuoteRequest.codec().encode(obj.quote, w)
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
              obj.offers = OffersQuery.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.offers
              })
              break
            }
            case 2: {
              obj.stats = StatsQuery.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.stats
              })
              break
            }
            case 3: {
              obj.quote = QuoteRequest.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.quote
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.quote != null) {
          delete obj.stats
          delete obj.offers
        }

        if (obj.stats != null) {
          delete obj.quote
          delete obj.offers
        }

        if (obj.offers != null) {
          delete obj.quote
          delete obj.stats
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * OffersQuery.codec().stream(reader, reader.uint32(), `${prefix}.offers`, {
                limits: opts.limits?.offers
              })

              break
            }
            case 2: {
              yield * StatsQuery.codec().stream(reader, reader.uint32(), `${prefix}.stats`, {
                limits: opts.limits?.stats
              })

              break
            }
            case 3: {
              yield * QuoteRequest.codec().stream(reader, reader.uint32(), `${prefix}.quote`, {
                limits: opts.limits?.quote
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

  export interface MarketRequestOffersGpuFieldEvent {
    field: '$.offers.gpu'
    value: string
  }

  export interface MarketRequestOffersMinVramBytesFieldEvent {
    field: '$.offers.minVramBytes'
    value: bigint
  }

  export interface MarketRequestOffersExecutionProviderFieldEvent {
    field: '$.offers.executionProvider'
    value: string
  }

  export interface MarketRequestOffersModelIdFieldEvent {
    field: '$.offers.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface MarketRequestOffersMinReputationFieldEvent {
    field: '$.offers.minReputation'
    value: number
  }

  export interface MarketRequestOffersMaxPricePerGpuHourFieldEvent {
    field: '$.offers.maxPricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
  }

  export interface MarketRequestOffersMaxPricePerMillionItemsFieldEvent {
    field: '$.offers.maxPricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
  }

  export interface MarketRequestOffersSortFieldEvent {
    field: '$.offers.sort'
    value: number
  }

  export interface MarketRequestOffersLimitFieldEvent {
    field: '$.offers.limit'
    value: number
  }

  export interface MarketRequestStatsGpuClassFieldEvent {
    field: '$.stats.gpuClass'
    value: string
  }

  export interface MarketRequestQuoteModelIdFieldEvent {
    field: '$.quote.modelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface MarketRequestQuoteItemCountFieldEvent {
    field: '$.quote.itemCount'
    value: number
  }

  export interface MarketRequestQuoteDeadlineMsFieldEvent {
    field: '$.quote.deadlineMs'
    value: number
  }

  export interface MarketRequestQuoteSpreadFieldEvent {
    field: '$.quote.spread'
    value: number
  }

  export function encode (obj: Partial<MarketRequest>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, MarketRequest.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<MarketRequest>): MarketRequest {
    return decodeMessage(buf, MarketRequest.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<MarketRequest>): Generator<MarketRequestOffersGpuFieldEvent | MarketRequestOffersMinVramBytesFieldEvent | MarketRequestOffersExecutionProviderFieldEvent | MarketRequestOffersModelIdFieldEvent | MarketRequestOffersMinReputationFieldEvent | MarketRequestOffersMaxPricePerGpuHourFieldEvent | MarketRequestOffersMaxPricePerMillionItemsFieldEvent | MarketRequestOffersSortFieldEvent | MarketRequestOffersLimitFieldEvent | MarketRequestStatsGpuClassFieldEvent | MarketRequestQuoteModelIdFieldEvent | MarketRequestQuoteItemCountFieldEvent | MarketRequestQuoteDeadlineMsFieldEvent | MarketRequestQuoteSpreadFieldEvent> {
    return streamMessage(buf, MarketRequest.codec(), opts)
  }
}

export interface MarketResponse {
  offers?: OffersResponse
  stats?: StatsResponse
  quote?: QuoteResponse
  error?: ErrorInfo
}

export namespace MarketResponse {
  let _codec: Codec<MarketResponse>

  export const codec = (): Codec<MarketResponse> => {
    if (_codec == null) {
      _codec = message<MarketResponse>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.error != null) {
          obj.quote = undefined
          obj.stats = undefined
          obj.offers = undefined
        }

        if (obj.quote != null) {
          obj.error = undefined
          obj.stats = undefined
          obj.offers = undefined
        }

        if (obj.stats != null) {
          obj.error = undefined
          obj.quote = undefined
          obj.offers = undefined
        }

        if (obj.offers != null) {
          obj.error = undefined
          obj.quote = undefined
          obj.stats = undefined
        }

        if (obj.offers != null) {
          w.uint32(10)
          OffersResponse.codec().encode(obj.offers, w)
        }

        if (obj.stats != null) {
          w.uint32(18)
          StatsResponse.codec().encode(obj.stats, w)
        }

        if (obj.quote != null) {
          w.uint32(26)
          QuoteResponse.codec().encode(obj.quote, w)
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
              obj.offers = OffersResponse.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.offers
              })
              break
            }
            case 2: {
              obj.stats = StatsResponse.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.stats
              })
              break
            }
            case 3: {
              obj.quote = QuoteResponse.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.quote
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
          delete obj.quote
          delete obj.stats
          delete obj.offers
        }

        if (obj.quote != null) {
          delete obj.error
          delete obj.stats
          delete obj.offers
        }

        if (obj.stats != null) {
          delete obj.error
          delete obj.quote
          delete obj.offers
        }

        if (obj.offers != null) {
          delete obj.error
          delete obj.quote
          delete obj.stats
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * OffersResponse.codec().stream(reader, reader.uint32(), `${prefix}.offers`, {
                limits: opts.limits?.offers
              })

              break
            }
            case 2: {
              yield * StatsResponse.codec().stream(reader, reader.uint32(), `${prefix}.stats`, {
                limits: opts.limits?.stats
              })

              break
            }
            case 3: {
              yield * QuoteResponse.codec().stream(reader, reader.uint32(), `${prefix}.quote`, {
                limits: opts.limits?.quote
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

  export interface MarketResponseOffersOffersPeerIdFieldEvent {
    field: '$.offers.offers[].peerId'
    value: string
    index: number
  }

  export interface MarketResponseOffersOffersGpuModelFieldEvent {
    field: '$.offers.offers[].gpuModel'
    value: string
    index: number
  }

  export interface MarketResponseOffersOffersGpuClassFieldEvent {
    field: '$.offers.offers[].gpuClass'
    value: string
    index: number
  }

  export interface MarketResponseOffersOffersVramBytesFieldEvent {
    field: '$.offers.offers[].vramBytes'
    value: bigint
    index: number
  }

  export interface MarketResponseOffersOffersExecutionProviderFieldEvent {
    field: '$.offers.offers[].executionProvider'
    value: string
    index: number
  }

  export interface MarketResponseOffersOffersPrecisionFieldEvent {
    field: '$.offers.offers[].precision'
    value: number
    index: number
  }

  export interface MarketResponseOffersOffersGflopsFieldEvent {
    field: '$.offers.offers[].gflops'
    value: number
    index: number
  }

  export interface MarketResponseOffersOffersPricePerGpuHourFieldEvent {
    field: '$.offers.offers[].pricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface MarketResponseOffersOffersPricePerMillionItemsFieldEvent {
    field: '$.offers.offers[].pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface MarketResponseOffersOffersItemsPerSFieldEvent {
    field: '$.offers.offers[].itemsPerS'
    value: number
    index: number
  }

  export interface MarketResponseOffersOffersReputationFieldEvent {
    field: '$.offers.offers[].reputation'
    value: number
    index: number
  }

  export interface MarketResponseOffersOffersStateFieldEvent {
    field: '$.offers.offers[].state'
    value: number
    index: number
  }

  export interface MarketResponseStatsClassesGpuClassFieldEvent {
    field: '$.stats.classes[].gpuClass'
    value: string
    index: number
  }

  export interface MarketResponseStatsClassesProvidersOnlineFieldEvent {
    field: '$.stats.classes[].providersOnline'
    value: number
    index: number
  }

  export interface MarketResponseStatsClassesMedianPricePerGpuHourFieldEvent {
    field: '$.stats.classes[].medianPricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface MarketResponseStatsClassesP10PricePerGpuHourFieldEvent {
    field: '$.stats.classes[].p10PricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface MarketResponseStatsClassesP90PricePerGpuHourFieldEvent {
    field: '$.stats.classes[].p90PricePerGpuHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface MarketResponseStatsClassesMedianGflopsFieldEvent {
    field: '$.stats.classes[].medianGflops'
    value: number
    index: number
  }

  export interface MarketResponseStatsClassesPricePerTflopHourFieldEvent {
    field: '$.stats.classes[].pricePerTflopHour'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface MarketResponseQuoteCostFieldEvent {
    field: '$.quote.cost'
    value: Uint8Array<ArrayBuffer>
  }

  export interface MarketResponseQuoteCompletionMsFieldEvent {
    field: '$.quote.completionMs'
    value: number
  }

  export interface MarketResponseQuoteP50LatencyMsFieldEvent {
    field: '$.quote.p50LatencyMs'
    value: number
  }

  export interface MarketResponseQuoteProvidersPeerIdFieldEvent {
    field: '$.quote.providers[].peerId'
    value: string
    index: number
  }

  export interface MarketResponseQuoteProvidersItemsFieldEvent {
    field: '$.quote.providers[].items'
    value: number
    index: number
  }

  export interface MarketResponseQuoteProvidersPricePerMillionItemsFieldEvent {
    field: '$.quote.providers[].pricePerMillionItems'
    value: Uint8Array<ArrayBuffer>
    index: number
  }

  export interface MarketResponseQuoteProvidersItemsPerSFieldEvent {
    field: '$.quote.providers[].itemsPerS'
    value: number
    index: number
  }

  export interface MarketResponseErrorCodeFieldEvent {
    field: '$.error.code'
    value: string
  }

  export interface MarketResponseErrorMessageFieldEvent {
    field: '$.error.message'
    value: string
  }

  export interface MarketResponseErrorRetryAfterMsFieldEvent {
    field: '$.error.retryAfterMs'
    value: number
  }

  export function encode (obj: Partial<MarketResponse>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, MarketResponse.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<MarketResponse>): MarketResponse {
    return decodeMessage(buf, MarketResponse.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<MarketResponse>): Generator<MarketResponseOffersOffersPeerIdFieldEvent | MarketResponseOffersOffersGpuModelFieldEvent | MarketResponseOffersOffersGpuClassFieldEvent | MarketResponseOffersOffersVramBytesFieldEvent | MarketResponseOffersOffersExecutionProviderFieldEvent | MarketResponseOffersOffersPrecisionFieldEvent | MarketResponseOffersOffersGflopsFieldEvent | MarketResponseOffersOffersPricePerGpuHourFieldEvent | MarketResponseOffersOffersPricePerMillionItemsFieldEvent | MarketResponseOffersOffersItemsPerSFieldEvent | MarketResponseOffersOffersReputationFieldEvent | MarketResponseOffersOffersStateFieldEvent | MarketResponseStatsClassesGpuClassFieldEvent | MarketResponseStatsClassesProvidersOnlineFieldEvent | MarketResponseStatsClassesMedianPricePerGpuHourFieldEvent | MarketResponseStatsClassesP10PricePerGpuHourFieldEvent | MarketResponseStatsClassesP90PricePerGpuHourFieldEvent | MarketResponseStatsClassesMedianGflopsFieldEvent | MarketResponseStatsClassesPricePerTflopHourFieldEvent | MarketResponseQuoteCostFieldEvent | MarketResponseQuoteCompletionMsFieldEvent | MarketResponseQuoteP50LatencyMsFieldEvent | MarketResponseQuoteProvidersPeerIdFieldEvent | MarketResponseQuoteProvidersItemsFieldEvent | MarketResponseQuoteProvidersPricePerMillionItemsFieldEvent | MarketResponseQuoteProvidersItemsPerSFieldEvent | MarketResponseErrorCodeFieldEvent | MarketResponseErrorMessageFieldEvent | MarketResponseErrorRetryAfterMsFieldEvent> {
    return streamMessage(buf, MarketResponse.codec(), opts)
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
