/* eslint-disable require-yield */

import { decodeMessage, encodeMessage, MaxLengthError, message, streamMessage } from 'protons-runtime'
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc'
import type { Codec, DecodeOptions } from 'protons-runtime'
import type { Uint8ArrayList } from 'uint8arraylist'

export interface Register {
  advert?: SignedAdvert
  agentVersion: string
}

export namespace Register {
  let _codec: Codec<Register>

  export const codec = (): Codec<Register> => {
    if (_codec == null) {
      _codec = message<Register>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if (obj.advert != null) {
          w.uint32(10)
          SignedAdvert.codec().encode(obj.advert, w)
        }

        if ((obj.agentVersion != null && obj.agentVersion !== '')) {
          w.uint32(18)
          w.string(obj.agentVersion)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          agentVersion: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.advert = SignedAdvert.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.advert
              })
              break
            }
            case 2: {
              obj.agentVersion = reader.string()
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
              yield * SignedAdvert.codec().stream(reader, reader.uint32(), `${prefix}.advert`, {
                limits: opts.limits?.advert
              })

              break
            }
            case 2: {
              yield {
                field: `${prefix}.agentVersion`,
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

  export interface RegisterAdvertAdvertFieldEvent {
    field: '$.advert.advert'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RegisterAdvertSignatureFieldEvent {
    field: '$.advert.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface RegisterAgentVersionFieldEvent {
    field: '$.agentVersion'
    value: string
  }

  export function encode (obj: Partial<Register>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Register.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Register>): Register {
    return decodeMessage(buf, Register.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Register>): Generator<RegisterAdvertAdvertFieldEvent | RegisterAdvertSignatureFieldEvent | RegisterAgentVersionFieldEvent> {
    return streamMessage(buf, Register.codec(), opts)
  }
}

export interface Heartbeat {
  seq: bigint
  runningTasks: number
  freeSlots: number
}

export namespace Heartbeat {
  let _codec: Codec<Heartbeat>

  export const codec = (): Codec<Heartbeat> => {
    if (_codec == null) {
      _codec = message<Heartbeat>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(8)
          w.uint64(obj.seq)
        }

        if ((obj.runningTasks != null && obj.runningTasks !== 0)) {
          w.uint32(16)
          w.uint32(obj.runningTasks)
        }

        if ((obj.freeSlots != null && obj.freeSlots !== 0)) {
          w.uint32(24)
          w.uint32(obj.freeSlots)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          seq: 0n,
          runningTasks: 0,
          freeSlots: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.seq = reader.uint64()
              break
            }
            case 2: {
              obj.runningTasks = reader.uint32()
              break
            }
            case 3: {
              obj.freeSlots = reader.uint32()
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
                field: `${prefix}.seq`,
                value: reader.uint64()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.runningTasks`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.freeSlots`,
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

  export interface HeartbeatSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export interface HeartbeatRunningTasksFieldEvent {
    field: '$.runningTasks'
    value: number
  }

  export interface HeartbeatFreeSlotsFieldEvent {
    field: '$.freeSlots'
    value: number
  }

  export function encode (obj: Partial<Heartbeat>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Heartbeat.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Heartbeat>): Heartbeat {
    return decodeMessage(buf, Heartbeat.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Heartbeat>): Generator<HeartbeatSeqFieldEvent | HeartbeatRunningTasksFieldEvent | HeartbeatFreeSlotsFieldEvent> {
    return streamMessage(buf, Heartbeat.codec(), opts)
  }
}

export interface Pause {
  reason: string
  handBack: boolean
  graceMs: number
}

export namespace Pause {
  let _codec: Codec<Pause>

  export const codec = (): Codec<Pause> => {
    if (_codec == null) {
      _codec = message<Pause>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.reason != null && obj.reason !== '')) {
          w.uint32(10)
          w.string(obj.reason)
        }

        if ((obj.handBack != null && obj.handBack !== false)) {
          w.uint32(16)
          w.bool(obj.handBack)
        }

        if ((obj.graceMs != null && obj.graceMs !== 0)) {
          w.uint32(24)
          w.uint32(obj.graceMs)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          reason: '',
          handBack: false,
          graceMs: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.reason = reader.string()
              break
            }
            case 2: {
              obj.handBack = reader.bool()
              break
            }
            case 3: {
              obj.graceMs = reader.uint32()
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
                field: `${prefix}.reason`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.handBack`,
                value: reader.bool()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.graceMs`,
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

  export interface PauseReasonFieldEvent {
    field: '$.reason'
    value: string
  }

  export interface PauseHandBackFieldEvent {
    field: '$.handBack'
    value: boolean
  }

  export interface PauseGraceMsFieldEvent {
    field: '$.graceMs'
    value: number
  }

  export function encode (obj: Partial<Pause>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Pause.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Pause>): Pause {
    return decodeMessage(buf, Pause.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Pause>): Generator<PauseReasonFieldEvent | PauseHandBackFieldEvent | PauseGraceMsFieldEvent> {
    return streamMessage(buf, Pause.codec(), opts)
  }
}

export interface Resume {}

export namespace Resume {
  let _codec: Codec<Resume>

  export const codec = (): Codec<Resume> => {
    if (_codec == null) {
      _codec = message<Resume>((obj, w, opts = {}) => {
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

  export function encode (obj: Partial<Resume>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Resume.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Resume>): Resume {
    return decodeMessage(buf, Resume.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Resume>): Generator<{}> {
    return streamMessage(buf, Resume.codec(), opts)
  }
}

export interface Drain {
  reason: string
}

export namespace Drain {
  let _codec: Codec<Drain>

  export const codec = (): Codec<Drain> => {
    if (_codec == null) {
      _codec = message<Drain>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.reason != null && obj.reason !== '')) {
          w.uint32(10)
          w.string(obj.reason)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          reason: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
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

  export interface DrainReasonFieldEvent {
    field: '$.reason'
    value: string
  }

  export function encode (obj: Partial<Drain>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Drain.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Drain>): Drain {
    return decodeMessage(buf, Drain.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Drain>): Generator<DrainReasonFieldEvent> {
    return streamMessage(buf, Drain.codec(), opts)
  }
}

export interface HandBack {
  taskId: string
  reason: string
}

export namespace HandBack {
  let _codec: Codec<HandBack>

  export const codec = (): Codec<HandBack> => {
    if (_codec == null) {
      _codec = message<HandBack>((obj, w, opts = {}) => {
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

  export interface HandBackTaskIdFieldEvent {
    field: '$.taskId'
    value: string
  }

  export interface HandBackReasonFieldEvent {
    field: '$.reason'
    value: string
  }

  export function encode (obj: Partial<HandBack>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, HandBack.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HandBack>): HandBack {
    return decodeMessage(buf, HandBack.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HandBack>): Generator<HandBackTaskIdFieldEvent | HandBackReasonFieldEvent> {
    return streamMessage(buf, HandBack.codec(), opts)
  }
}

export interface VoucherAck {
  channelId: Uint8Array<ArrayBuffer>
  acceptedAmount: Uint8Array<ArrayBuffer>
  error?: ErrorInfo
}

export namespace VoucherAck {
  let _codec: Codec<VoucherAck>

  export const codec = (): Codec<VoucherAck> => {
    if (_codec == null) {
      _codec = message<VoucherAck>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.channelId != null && obj.channelId.byteLength > 0)) {
          w.uint32(10)
          w.bytes(obj.channelId)
        }

        if ((obj.acceptedAmount != null && obj.acceptedAmount.byteLength > 0)) {
          w.uint32(18)
          w.bytes(obj.acceptedAmount)
        }

        if (obj.error != null) {
          w.uint32(26)
          ErrorInfo.codec().encode(obj.error, w)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          channelId: uint8ArrayAlloc(0),
          acceptedAmount: uint8ArrayAlloc(0)
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
              obj.acceptedAmount = reader.bytes()
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
                field: `${prefix}.acceptedAmount`,
                value: reader.bytes()
              }
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

  export interface VoucherAckChannelIdFieldEvent {
    field: '$.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface VoucherAckAcceptedAmountFieldEvent {
    field: '$.acceptedAmount'
    value: Uint8Array<ArrayBuffer>
  }

  export interface VoucherAckErrorCodeFieldEvent {
    field: '$.error.code'
    value: string
  }

  export interface VoucherAckErrorMessageFieldEvent {
    field: '$.error.message'
    value: string
  }

  export interface VoucherAckErrorRetryAfterMsFieldEvent {
    field: '$.error.retryAfterMs'
    value: number
  }

  export function encode (obj: Partial<VoucherAck>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, VoucherAck.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoucherAck>): VoucherAck {
    return decodeMessage(buf, VoucherAck.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<VoucherAck>): Generator<VoucherAckChannelIdFieldEvent | VoucherAckAcceptedAmountFieldEvent | VoucherAckErrorCodeFieldEvent | VoucherAckErrorMessageFieldEvent | VoucherAckErrorRetryAfterMsFieldEvent> {
    return streamMessage(buf, VoucherAck.codec(), opts)
  }
}

export interface ProviderToCoordinator {
  register?: Register
  heartbeat?: Heartbeat
  pause?: Pause
  resume?: Resume
  drain?: Drain
  handBack?: HandBack
  advert?: SignedAdvert
  voucherAck?: VoucherAck
}

export namespace ProviderToCoordinator {
  let _codec: Codec<ProviderToCoordinator>

  export const codec = (): Codec<ProviderToCoordinator> => {
    if (_codec == null) {
      _codec = message<ProviderToCoordinator>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.voucherAck != null) {
          obj.advert = undefined
          obj.handBack = undefined
          obj.drain = undefined
          obj.resume = undefined
          obj.pause = undefined
          obj.heartbeat = undefined
          obj.register = undefined
        }

        if (obj.advert != null) {
          obj.voucherAck = undefined
          obj.handBack = undefined
          obj.drain = undefined
          obj.resume = undefined
          obj.pause = undefined
          obj.heartbeat = undefined
          obj.register = undefined
        }

        if (obj.handBack != null) {
          obj.voucherAck = undefined
          obj.advert = undefined
          obj.drain = undefined
          obj.resume = undefined
          obj.pause = undefined
          obj.heartbeat = undefined
          obj.register = undefined
        }

        if (obj.drain != null) {
          obj.voucherAck = undefined
          obj.advert = undefined
          obj.handBack = undefined
          obj.resume = undefined
          obj.pause = undefined
          obj.heartbeat = undefined
          obj.register = undefined
        }

        if (obj.resume != null) {
          obj.voucherAck = undefined
          obj.advert = undefined
          obj.handBack = undefined
          obj.drain = undefined
          obj.pause = undefined
          obj.heartbeat = undefined
          obj.register = undefined
        }

        if (obj.pause != null) {
          obj.voucherAck = undefined
          obj.advert = undefined
          obj.handBack = undefined
          obj.drain = undefined
          obj.resume = undefined
          obj.heartbeat = undefined
          obj.register = undefined
        }

        if (obj.heartbeat != null) {
          obj.voucherAck = undefined
          obj.advert = undefined
          obj.handBack = undefined
          obj.drain = undefined
          obj.resume = undefined
          obj.pause = undefined
          obj.register = undefined
        }

        if (obj.register != null) {
          obj.voucherAck = undefined
          obj.advert = undefined
          obj.handBack = undefined
          obj.drain = undefined
          obj.resume = undefined
          obj.pause = undefined
          obj.heartbeat = undefined
        }

        if (obj.register != null) {
          w.uint32(10)
          Register.codec().encode(obj.register, w)
        }

        if (obj.heartbeat != null) {
          w.uint32(18)
          Heartbeat.codec().encode(obj.heartbeat, w)
        }

        if (obj.pause != null) {
          w.uint32(26)
          Pause.codec().encode(obj.pause, w)
        }

        if (obj.resume != null) {
          w.uint32(34)
          Resume.codec().encode(obj.resume, w)
        }

        if (obj.drain != null) {
          w.uint32(42)
          Drain.codec().encode(obj.drain, w)
        }

        if (obj.handBack != null) {
          w.uint32(50)
          HandBack.codec().encode(obj.handBack, w)
        }

        if (obj.advert != null) {
          w.uint32(58)
          SignedAdvert.codec().encode(obj.advert, w)
        }

        if (obj.voucherAck != null) {
          w.uint32(66)
          VoucherAck.codec().encode(obj.voucherAck, w)
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
              obj.register = Register.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.register
              })
              break
            }
            case 2: {
              obj.heartbeat = Heartbeat.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.heartbeat
              })
              break
            }
            case 3: {
              obj.pause = Pause.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.pause
              })
              break
            }
            case 4: {
              obj.resume = Resume.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.resume
              })
              break
            }
            case 5: {
              obj.drain = Drain.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.drain
              })
              break
            }
            case 6: {
              obj.handBack = HandBack.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.handBack
              })
              break
            }
            case 7: {
              obj.advert = SignedAdvert.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.advert
              })
              break
            }
            case 8: {
              obj.voucherAck = VoucherAck.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.voucherAck
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.voucherAck != null) {
          delete obj.advert
          delete obj.handBack
          delete obj.drain
          delete obj.resume
          delete obj.pause
          delete obj.heartbeat
          delete obj.register
        }

        if (obj.advert != null) {
          delete obj.voucherAck
          delete obj.handBack
          delete obj.drain
          delete obj.resume
          delete obj.pause
          delete obj.heartbeat
          delete obj.register
        }

        if (obj.handBack != null) {
          delete obj.voucherAck
          delete obj.advert
          delete obj.drain
          delete obj.resume
          delete obj.pause
          delete obj.heartbeat
          delete obj.register
        }

        if (obj.drain != null) {
          delete obj.voucherAck
          delete obj.advert
          delete obj.handBack
          delete obj.resume
          delete obj.pause
          delete obj.heartbeat
          delete obj.register
        }

        if (obj.resume != null) {
          delete obj.voucherAck
          delete obj.advert
          delete obj.handBack
          delete obj.drain
          delete obj.pause
          delete obj.heartbeat
          delete obj.register
        }

        if (obj.pause != null) {
          delete obj.voucherAck
          delete obj.advert
          delete obj.handBack
          delete obj.drain
          delete obj.resume
          delete obj.heartbeat
          delete obj.register
        }

        if (obj.heartbeat != null) {
          delete obj.voucherAck
          delete obj.advert
          delete obj.handBack
          delete obj.drain
          delete obj.resume
          delete obj.pause
          delete obj.register
        }

        if (obj.register != null) {
          delete obj.voucherAck
          delete obj.advert
          delete obj.handBack
          delete obj.drain
          delete obj.resume
          delete obj.pause
          delete obj.heartbeat
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * Register.codec().stream(reader, reader.uint32(), `${prefix}.register`, {
                limits: opts.limits?.register
              })

              break
            }
            case 2: {
              yield * Heartbeat.codec().stream(reader, reader.uint32(), `${prefix}.heartbeat`, {
                limits: opts.limits?.heartbeat
              })

              break
            }
            case 3: {
              yield * Pause.codec().stream(reader, reader.uint32(), `${prefix}.pause`, {
                limits: opts.limits?.pause
              })

              break
            }
            case 4: {
              yield * Resume.codec().stream(reader, reader.uint32(), `${prefix}.resume`, {
                limits: opts.limits?.resume
              })

              break
            }
            case 5: {
              yield * Drain.codec().stream(reader, reader.uint32(), `${prefix}.drain`, {
                limits: opts.limits?.drain
              })

              break
            }
            case 6: {
              yield * HandBack.codec().stream(reader, reader.uint32(), `${prefix}.handBack`, {
                limits: opts.limits?.handBack
              })

              break
            }
            case 7: {
              yield * SignedAdvert.codec().stream(reader, reader.uint32(), `${prefix}.advert`, {
                limits: opts.limits?.advert
              })

              break
            }
            case 8: {
              yield * VoucherAck.codec().stream(reader, reader.uint32(), `${prefix}.voucherAck`, {
                limits: opts.limits?.voucherAck
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

  export interface ProviderToCoordinatorRegisterAdvertAdvertFieldEvent {
    field: '$.register.advert.advert'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderToCoordinatorRegisterAdvertSignatureFieldEvent {
    field: '$.register.advert.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderToCoordinatorRegisterAgentVersionFieldEvent {
    field: '$.register.agentVersion'
    value: string
  }

  export interface ProviderToCoordinatorHeartbeatSeqFieldEvent {
    field: '$.heartbeat.seq'
    value: bigint
  }

  export interface ProviderToCoordinatorHeartbeatRunningTasksFieldEvent {
    field: '$.heartbeat.runningTasks'
    value: number
  }

  export interface ProviderToCoordinatorHeartbeatFreeSlotsFieldEvent {
    field: '$.heartbeat.freeSlots'
    value: number
  }

  export interface ProviderToCoordinatorPauseReasonFieldEvent {
    field: '$.pause.reason'
    value: string
  }

  export interface ProviderToCoordinatorPauseHandBackFieldEvent {
    field: '$.pause.handBack'
    value: boolean
  }

  export interface ProviderToCoordinatorPauseGraceMsFieldEvent {
    field: '$.pause.graceMs'
    value: number
  }

  export interface ProviderToCoordinatorDrainReasonFieldEvent {
    field: '$.drain.reason'
    value: string
  }

  export interface ProviderToCoordinatorHandBackTaskIdFieldEvent {
    field: '$.handBack.taskId'
    value: string
  }

  export interface ProviderToCoordinatorHandBackReasonFieldEvent {
    field: '$.handBack.reason'
    value: string
  }

  export interface ProviderToCoordinatorAdvertAdvertFieldEvent {
    field: '$.advert.advert'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderToCoordinatorAdvertSignatureFieldEvent {
    field: '$.advert.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderToCoordinatorVoucherAckChannelIdFieldEvent {
    field: '$.voucherAck.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderToCoordinatorVoucherAckAcceptedAmountFieldEvent {
    field: '$.voucherAck.acceptedAmount'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderToCoordinatorVoucherAckErrorCodeFieldEvent {
    field: '$.voucherAck.error.code'
    value: string
  }

  export interface ProviderToCoordinatorVoucherAckErrorMessageFieldEvent {
    field: '$.voucherAck.error.message'
    value: string
  }

  export interface ProviderToCoordinatorVoucherAckErrorRetryAfterMsFieldEvent {
    field: '$.voucherAck.error.retryAfterMs'
    value: number
  }

  export function encode (obj: Partial<ProviderToCoordinator>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ProviderToCoordinator.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProviderToCoordinator>): ProviderToCoordinator {
    return decodeMessage(buf, ProviderToCoordinator.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProviderToCoordinator>): Generator<ProviderToCoordinatorRegisterAdvertAdvertFieldEvent | ProviderToCoordinatorRegisterAdvertSignatureFieldEvent | ProviderToCoordinatorRegisterAgentVersionFieldEvent | ProviderToCoordinatorHeartbeatSeqFieldEvent | ProviderToCoordinatorHeartbeatRunningTasksFieldEvent | ProviderToCoordinatorHeartbeatFreeSlotsFieldEvent | ProviderToCoordinatorPauseReasonFieldEvent | ProviderToCoordinatorPauseHandBackFieldEvent | ProviderToCoordinatorPauseGraceMsFieldEvent | ProviderToCoordinatorDrainReasonFieldEvent | ProviderToCoordinatorHandBackTaskIdFieldEvent | ProviderToCoordinatorHandBackReasonFieldEvent | ProviderToCoordinatorAdvertAdvertFieldEvent | ProviderToCoordinatorAdvertSignatureFieldEvent | ProviderToCoordinatorVoucherAckChannelIdFieldEvent | ProviderToCoordinatorVoucherAckAcceptedAmountFieldEvent | ProviderToCoordinatorVoucherAckErrorCodeFieldEvent | ProviderToCoordinatorVoucherAckErrorMessageFieldEvent | ProviderToCoordinatorVoucherAckErrorRetryAfterMsFieldEvent> {
    return streamMessage(buf, ProviderToCoordinator.codec(), opts)
  }
}

export interface Registered {
  coordinatorEthAddress: string
  heartbeatIntervalMs: number
  heartbeatTimeoutMs: number
  feeBps: number
}

export namespace Registered {
  let _codec: Codec<Registered>

  export const codec = (): Codec<Registered> => {
    if (_codec == null) {
      _codec = message<Registered>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.coordinatorEthAddress != null && obj.coordinatorEthAddress !== '')) {
          w.uint32(10)
          w.string(obj.coordinatorEthAddress)
        }

        if ((obj.heartbeatIntervalMs != null && obj.heartbeatIntervalMs !== 0)) {
          w.uint32(16)
          w.uint32(obj.heartbeatIntervalMs)
        }

        if ((obj.heartbeatTimeoutMs != null && obj.heartbeatTimeoutMs !== 0)) {
          w.uint32(24)
          w.uint32(obj.heartbeatTimeoutMs)
        }

        if ((obj.feeBps != null && obj.feeBps !== 0)) {
          w.uint32(32)
          w.uint32(obj.feeBps)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          coordinatorEthAddress: '',
          heartbeatIntervalMs: 0,
          heartbeatTimeoutMs: 0,
          feeBps: 0
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.coordinatorEthAddress = reader.string()
              break
            }
            case 2: {
              obj.heartbeatIntervalMs = reader.uint32()
              break
            }
            case 3: {
              obj.heartbeatTimeoutMs = reader.uint32()
              break
            }
            case 4: {
              obj.feeBps = reader.uint32()
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
                field: `${prefix}.coordinatorEthAddress`,
                value: reader.string()
              }
              break
            }
            case 2: {
              yield {
                field: `${prefix}.heartbeatIntervalMs`,
                value: reader.uint32()
              }
              break
            }
            case 3: {
              yield {
                field: `${prefix}.heartbeatTimeoutMs`,
                value: reader.uint32()
              }
              break
            }
            case 4: {
              yield {
                field: `${prefix}.feeBps`,
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

  export interface RegisteredCoordinatorEthAddressFieldEvent {
    field: '$.coordinatorEthAddress'
    value: string
  }

  export interface RegisteredHeartbeatIntervalMsFieldEvent {
    field: '$.heartbeatIntervalMs'
    value: number
  }

  export interface RegisteredHeartbeatTimeoutMsFieldEvent {
    field: '$.heartbeatTimeoutMs'
    value: number
  }

  export interface RegisteredFeeBpsFieldEvent {
    field: '$.feeBps'
    value: number
  }

  export function encode (obj: Partial<Registered>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Registered.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Registered>): Registered {
    return decodeMessage(buf, Registered.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Registered>): Generator<RegisteredCoordinatorEthAddressFieldEvent | RegisteredHeartbeatIntervalMsFieldEvent | RegisteredHeartbeatTimeoutMsFieldEvent | RegisteredFeeBpsFieldEvent> {
    return streamMessage(buf, Registered.codec(), opts)
  }
}

export interface HeartbeatAck {
  seq: bigint
}

export namespace HeartbeatAck {
  let _codec: Codec<HeartbeatAck>

  export const codec = (): Codec<HeartbeatAck> => {
    if (_codec == null) {
      _codec = message<HeartbeatAck>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.seq != null && obj.seq !== 0n)) {
          w.uint32(8)
          w.uint64(obj.seq)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          seq: 0n
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              obj.seq = reader.uint64()
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
                field: `${prefix}.seq`,
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

  export interface HeartbeatAckSeqFieldEvent {
    field: '$.seq'
    value: bigint
  }

  export function encode (obj: Partial<HeartbeatAck>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, HeartbeatAck.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HeartbeatAck>): HeartbeatAck {
    return decodeMessage(buf, HeartbeatAck.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HeartbeatAck>): Generator<HeartbeatAckSeqFieldEvent> {
    return streamMessage(buf, HeartbeatAck.codec(), opts)
  }
}

export interface Deregistered {
  reason: string
}

export namespace Deregistered {
  let _codec: Codec<Deregistered>

  export const codec = (): Codec<Deregistered> => {
    if (_codec == null) {
      _codec = message<Deregistered>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.reason != null && obj.reason !== '')) {
          w.uint32(10)
          w.string(obj.reason)
        }

        if (opts.lengthDelimited !== false) {
          w.ldelim()
        }
      }, (reader, length, opts = {}) => {
        const obj: any = {
          reason: ''
        }

        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
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

  export interface DeregisteredReasonFieldEvent {
    field: '$.reason'
    value: string
  }

  export function encode (obj: Partial<Deregistered>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, Deregistered.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Deregistered>): Deregistered {
    return decodeMessage(buf, Deregistered.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<Deregistered>): Generator<DeregisteredReasonFieldEvent> {
    return streamMessage(buf, Deregistered.codec(), opts)
  }
}

export interface ProviderVoucher {
  taskId: string
  voucher?: Voucher
}

export namespace ProviderVoucher {
  let _codec: Codec<ProviderVoucher>

  export const codec = (): Codec<ProviderVoucher> => {
    if (_codec == null) {
      _codec = message<ProviderVoucher>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        if ((obj.taskId != null && obj.taskId !== '')) {
          w.uint32(10)
          w.string(obj.taskId)
        }

        if (obj.voucher != null) {
          w.uint32(18)
          Voucher.codec().encode(obj.voucher, w)
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
            case 2: {
              obj.voucher = Voucher.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.voucher
              })
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
              yield * Voucher.codec().stream(reader, reader.uint32(), `${prefix}.voucher`, {
                limits: opts.limits?.voucher
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

  export interface ProviderVoucherTaskIdFieldEvent {
    field: '$.taskId'
    value: string
  }

  export interface ProviderVoucherVoucherChannelIdFieldEvent {
    field: '$.voucher.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderVoucherVoucherCumulativeAmountFieldEvent {
    field: '$.voucher.cumulativeAmount'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderVoucherVoucherSignatureFieldEvent {
    field: '$.voucher.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface ProviderVoucherVoucherChainIdFieldEvent {
    field: '$.voucher.chainId'
    value: bigint
  }

  export interface ProviderVoucherVoucherContractFieldEvent {
    field: '$.voucher.contract'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<ProviderVoucher>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, ProviderVoucher.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProviderVoucher>): ProviderVoucher {
    return decodeMessage(buf, ProviderVoucher.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ProviderVoucher>): Generator<ProviderVoucherTaskIdFieldEvent | ProviderVoucherVoucherChannelIdFieldEvent | ProviderVoucherVoucherCumulativeAmountFieldEvent | ProviderVoucherVoucherSignatureFieldEvent | ProviderVoucherVoucherChainIdFieldEvent | ProviderVoucherVoucherContractFieldEvent> {
    return streamMessage(buf, ProviderVoucher.codec(), opts)
  }
}

export interface CoordinatorToProvider {
  registered?: Registered
  heartbeatAck?: HeartbeatAck
  error?: ErrorInfo
  deregistered?: Deregistered
  voucher?: ProviderVoucher
}

export namespace CoordinatorToProvider {
  let _codec: Codec<CoordinatorToProvider>

  export const codec = (): Codec<CoordinatorToProvider> => {
    if (_codec == null) {
      _codec = message<CoordinatorToProvider>((obj, w, opts = {}) => {
        if (opts.lengthDelimited !== false) {
          w.fork()
        }

        obj = { ...obj }

        if (obj.voucher != null) {
          obj.deregistered = undefined
          obj.error = undefined
          obj.heartbeatAck = undefined
          obj.registered = undefined
        }

        if (obj.deregistered != null) {
          obj.voucher = undefined
          obj.error = undefined
          obj.heartbeatAck = undefined
          obj.registered = undefined
        }

        if (obj.error != null) {
          obj.voucher = undefined
          obj.deregistered = undefined
          obj.heartbeatAck = undefined
          obj.registered = undefined
        }

        if (obj.heartbeatAck != null) {
          obj.voucher = undefined
          obj.deregistered = undefined
          obj.error = undefined
          obj.registered = undefined
        }

        if (obj.registered != null) {
          obj.voucher = undefined
          obj.deregistered = undefined
          obj.error = undefined
          obj.heartbeatAck = undefined
        }

        if (obj.registered != null) {
          w.uint32(10)
          Registered.codec().encode(obj.registered, w)
        }

        if (obj.heartbeatAck != null) {
          w.uint32(18)
          HeartbeatAck.codec().encode(obj.heartbeatAck, w)
        }

        if (obj.error != null) {
          w.uint32(26)
          ErrorInfo.codec().encode(obj.error, w)
        }

        if (obj.deregistered != null) {
          w.uint32(34)
          Deregistered.codec().encode(obj.deregistered, w)
        }

        if (obj.voucher != null) {
          w.uint32(42)
          ProviderVoucher.codec().encode(obj.voucher, w)
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
              obj.registered = Registered.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.registered
              })
              break
            }
            case 2: {
              obj.heartbeatAck = HeartbeatAck.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.heartbeatAck
              })
              break
            }
            case 3: {
              obj.error = ErrorInfo.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.error
              })
              break
            }
            case 4: {
              obj.deregistered = Deregistered.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.deregistered
              })
              break
            }
            case 5: {
              obj.voucher = ProviderVoucher.codec().decode(reader, reader.uint32(), {
                limits: opts.limits?.voucher
              })
              break
            }
            default: {
              reader.skipType(tag & 7)
              break
            }
          }
        }

        if (obj.voucher != null) {
          delete obj.deregistered
          delete obj.error
          delete obj.heartbeatAck
          delete obj.registered
        }

        if (obj.deregistered != null) {
          delete obj.voucher
          delete obj.error
          delete obj.heartbeatAck
          delete obj.registered
        }

        if (obj.error != null) {
          delete obj.voucher
          delete obj.deregistered
          delete obj.heartbeatAck
          delete obj.registered
        }

        if (obj.heartbeatAck != null) {
          delete obj.voucher
          delete obj.deregistered
          delete obj.error
          delete obj.registered
        }

        if (obj.registered != null) {
          delete obj.voucher
          delete obj.deregistered
          delete obj.error
          delete obj.heartbeatAck
        }

        return obj
      }, function * (reader, length, prefix, opts = {}) {
        const end = length == null ? reader.len : reader.pos + length

        while (reader.pos < end) {
          const tag = reader.uint32()

          switch (tag >>> 3) {
            case 1: {
              yield * Registered.codec().stream(reader, reader.uint32(), `${prefix}.registered`, {
                limits: opts.limits?.registered
              })

              break
            }
            case 2: {
              yield * HeartbeatAck.codec().stream(reader, reader.uint32(), `${prefix}.heartbeatAck`, {
                limits: opts.limits?.heartbeatAck
              })

              break
            }
            case 3: {
              yield * ErrorInfo.codec().stream(reader, reader.uint32(), `${prefix}.error`, {
                limits: opts.limits?.error
              })

              break
            }
            case 4: {
              yield * Deregistered.codec().stream(reader, reader.uint32(), `${prefix}.deregistered`, {
                limits: opts.limits?.deregistered
              })

              break
            }
            case 5: {
              yield * ProviderVoucher.codec().stream(reader, reader.uint32(), `${prefix}.voucher`, {
                limits: opts.limits?.voucher
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

  export interface CoordinatorToProviderRegisteredCoordinatorEthAddressFieldEvent {
    field: '$.registered.coordinatorEthAddress'
    value: string
  }

  export interface CoordinatorToProviderRegisteredHeartbeatIntervalMsFieldEvent {
    field: '$.registered.heartbeatIntervalMs'
    value: number
  }

  export interface CoordinatorToProviderRegisteredHeartbeatTimeoutMsFieldEvent {
    field: '$.registered.heartbeatTimeoutMs'
    value: number
  }

  export interface CoordinatorToProviderRegisteredFeeBpsFieldEvent {
    field: '$.registered.feeBps'
    value: number
  }

  export interface CoordinatorToProviderHeartbeatAckSeqFieldEvent {
    field: '$.heartbeatAck.seq'
    value: bigint
  }

  export interface CoordinatorToProviderErrorCodeFieldEvent {
    field: '$.error.code'
    value: string
  }

  export interface CoordinatorToProviderErrorMessageFieldEvent {
    field: '$.error.message'
    value: string
  }

  export interface CoordinatorToProviderErrorRetryAfterMsFieldEvent {
    field: '$.error.retryAfterMs'
    value: number
  }

  export interface CoordinatorToProviderDeregisteredReasonFieldEvent {
    field: '$.deregistered.reason'
    value: string
  }

  export interface CoordinatorToProviderVoucherTaskIdFieldEvent {
    field: '$.voucher.taskId'
    value: string
  }

  export interface CoordinatorToProviderVoucherVoucherChannelIdFieldEvent {
    field: '$.voucher.voucher.channelId'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordinatorToProviderVoucherVoucherCumulativeAmountFieldEvent {
    field: '$.voucher.voucher.cumulativeAmount'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordinatorToProviderVoucherVoucherSignatureFieldEvent {
    field: '$.voucher.voucher.signature'
    value: Uint8Array<ArrayBuffer>
  }

  export interface CoordinatorToProviderVoucherVoucherChainIdFieldEvent {
    field: '$.voucher.voucher.chainId'
    value: bigint
  }

  export interface CoordinatorToProviderVoucherVoucherContractFieldEvent {
    field: '$.voucher.voucher.contract'
    value: Uint8Array<ArrayBuffer>
  }

  export function encode (obj: Partial<CoordinatorToProvider>): Uint8Array<ArrayBuffer> {
    return encodeMessage(obj, CoordinatorToProvider.codec())
  }

  export function decode (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordinatorToProvider>): CoordinatorToProvider {
    return decodeMessage(buf, CoordinatorToProvider.codec(), opts)
  }

  export function stream (buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<CoordinatorToProvider>): Generator<CoordinatorToProviderRegisteredCoordinatorEthAddressFieldEvent | CoordinatorToProviderRegisteredHeartbeatIntervalMsFieldEvent | CoordinatorToProviderRegisteredHeartbeatTimeoutMsFieldEvent | CoordinatorToProviderRegisteredFeeBpsFieldEvent | CoordinatorToProviderHeartbeatAckSeqFieldEvent | CoordinatorToProviderErrorCodeFieldEvent | CoordinatorToProviderErrorMessageFieldEvent | CoordinatorToProviderErrorRetryAfterMsFieldEvent | CoordinatorToProviderDeregisteredReasonFieldEvent | CoordinatorToProviderVoucherTaskIdFieldEvent | CoordinatorToProviderVoucherVoucherChannelIdFieldEvent | CoordinatorToProviderVoucherVoucherCumulativeAmountFieldEvent | CoordinatorToProviderVoucherVoucherSignatureFieldEvent | CoordinatorToProviderVoucherVoucherChainIdFieldEvent | CoordinatorToProviderVoucherVoucherContractFieldEvent> {
    return streamMessage(buf, CoordinatorToProvider.codec(), opts)
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
