import { MAX_FRAME_BYTES } from '../ids.ts'
import {
  CoordinatorToProvider as CoordinatorToProviderMessage,
  ProviderToCoordinator as ProviderToCoordinatorMessage,
} from '../messages/provider.ts'
import { decodeMoney, encodeMoney } from '../money.ts'
import { decodeWith, oneOf, requireString, safeNumber } from '../oneof.ts'
import { RigpoolError } from '../errors.ts'
import { signedAdvertFromMessage, type SignedAdvertBytes } from './advert.ts'
import { errorFromInfo, errorToInfo } from './error-info.ts'
import { decodeVoucher, encodeVoucher, type WireVoucher } from './voucher.ts'

export const PROVIDER_FRAME_LIMIT = MAX_FRAME_BYTES.provider

export type ProviderToCoordinator =
  | { kind: 'register'; advert: SignedAdvertBytes; agentVersion: string }
  | { kind: 'heartbeat'; seq: number; runningTasks: number; freeSlots: number }
  | { kind: 'pause'; reason: string; handBack: boolean; graceMs: number }
  | { kind: 'resume' }
  | { kind: 'drain'; reason: string }
  | { kind: 'handBack'; taskId: string; reason: string }
  | { kind: 'advert'; advert: SignedAdvertBytes }
  | { kind: 'voucherAck'; channelId: Uint8Array; acceptedAmount: bigint; error?: RigpoolError }

export type CoordinatorToProvider =
  | { kind: 'registered'; coordinatorEthAddress: string; heartbeatIntervalMs: number; heartbeatTimeoutMs: number; feeBps: number }
  | { kind: 'heartbeatAck'; seq: number }
  | { kind: 'error'; error: RigpoolError }
  | { kind: 'deregistered'; reason: string }
  | { kind: 'voucher'; taskId: string; voucher: WireVoucher }

const reasonOf = (s: string): string => s.slice(0, 500)

function feeBpsOf(bps: number): number {
  if (bps > 10_000) throw new RigpoolError('E_BAD_FRAME', `fee of ${bps} bps is above 100 %`)
  return bps
}

const safeSeq = (v: bigint): number => safeNumber(v, 'sequence number')

export function decodeProviderToCoordinator(bytes: Uint8Array): ProviderToCoordinator {
  const m = decodeWith(ProviderToCoordinatorMessage.decode, bytes, 'provider message')
  const k = oneOf(
    m,
    ['register', 'heartbeat', 'pause', 'resume', 'drain', 'handBack', 'advert', 'voucherAck'],
    'provider message',
  )
  switch (k.kind) {
    case 'register':
      return {
        kind: 'register',
        advert: signedAdvertFromMessage(k.value.advert),
        agentVersion: k.value.agentVersion.slice(0, 64),
      }
    case 'heartbeat':
      return { kind: 'heartbeat', seq: safeSeq(k.value.seq), runningTasks: k.value.runningTasks, freeSlots: k.value.freeSlots }
    case 'pause':
      return { kind: 'pause', reason: reasonOf(k.value.reason), handBack: k.value.handBack, graceMs: k.value.graceMs }
    case 'resume':
      return { kind: 'resume' }
    case 'drain':
      return { kind: 'drain', reason: reasonOf(k.value.reason) }
    case 'handBack':
      return { kind: 'handBack', taskId: requireString(k.value.taskId, 'task id'), reason: reasonOf(k.value.reason) }
    case 'advert':
      return { kind: 'advert', advert: signedAdvertFromMessage(k.value) }
    case 'voucherAck':
      return {
        kind: 'voucherAck',
        channelId: Uint8Array.from(k.value.channelId),
        acceptedAmount: decodeMoney(k.value.acceptedAmount),
        error: k.value.error === undefined ? undefined : errorFromInfo(k.value.error),
      }
  }
}

export function encodeProviderToCoordinator(msg: ProviderToCoordinator): Uint8Array {
  const E = ProviderToCoordinatorMessage.encode
  switch (msg.kind) {
    case 'register':
      return E({ register: { advert: msg.advert as never, agentVersion: msg.agentVersion } })
    case 'heartbeat':
      return E({ heartbeat: { seq: BigInt(msg.seq), runningTasks: msg.runningTasks, freeSlots: msg.freeSlots } })
    case 'pause':
      return E({ pause: { reason: msg.reason, handBack: msg.handBack, graceMs: msg.graceMs } })
    case 'resume':
      return E({ resume: {} })
    case 'drain':
      return E({ drain: { reason: msg.reason } })
    case 'handBack':
      return E({ handBack: { taskId: msg.taskId, reason: msg.reason } })
    case 'advert':
      return E({ advert: msg.advert as never })
    case 'voucherAck':
      return E({
        voucherAck: {
          channelId: msg.channelId as Uint8Array<ArrayBuffer>,
          acceptedAmount: encodeMoney(msg.acceptedAmount) as Uint8Array<ArrayBuffer>,
          error: msg.error === undefined ? undefined : errorToInfo(msg.error),
        },
      })
  }
}

export function decodeCoordinatorToProvider(bytes: Uint8Array): CoordinatorToProvider {
  const m = decodeWith(CoordinatorToProviderMessage.decode, bytes, 'coordinator message')
  const k = oneOf(m, ['registered', 'heartbeatAck', 'error', 'deregistered', 'voucher'], 'coordinator message')
  switch (k.kind) {
    case 'registered':
      return {
        kind: 'registered',
        coordinatorEthAddress: k.value.coordinatorEthAddress.slice(0, 64),
        heartbeatIntervalMs: k.value.heartbeatIntervalMs,
        heartbeatTimeoutMs: k.value.heartbeatTimeoutMs,
        feeBps: feeBpsOf(k.value.feeBps),
      }
    case 'heartbeatAck':
      return { kind: 'heartbeatAck', seq: safeSeq(k.value.seq) }
    case 'error':
      return { kind: 'error', error: errorFromInfo(k.value) }
    case 'deregistered':
      return { kind: 'deregistered', reason: reasonOf(k.value.reason) }
    case 'voucher':
      return { kind: 'voucher', taskId: requireString(k.value.taskId, 'task id'), voucher: decodeVoucher(k.value.voucher) }
  }
}

export function encodeCoordinatorToProvider(msg: CoordinatorToProvider): Uint8Array {
  const E = CoordinatorToProviderMessage.encode
  switch (msg.kind) {
    case 'registered':
      return E({ registered: msg as never })
    case 'heartbeatAck':
      return E({ heartbeatAck: { seq: BigInt(msg.seq) } })
    case 'error':
      return E({ error: errorToInfo(msg.error) })
    case 'deregistered':
      return E({ deregistered: { reason: msg.reason } })
    case 'voucher':
      return E({ voucher: { taskId: msg.taskId, voucher: encodeVoucher(msg.voucher) } })
  }
}
