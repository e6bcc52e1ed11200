import { peerIdFromMultihash, peerIdFromString } from '@libp2p/peer-id'
import * as Digest from 'multiformats/hashes/digest'
import { bytesToHex, getAddress, hexToBytes, isAddress, type Address } from 'viem'
import { RigpoolError } from '../errors.ts'
import { MAX_FRAME_BYTES } from '../ids.ts'
import { Advert as AdvertMessage, SignedAdvert as SignedAdvertMessage } from '../messages/advert.ts'
import { modelIdFromBytes, modelIdToBytes, type ModelId } from '../model-id.ts'
import { decodeMoney, encodeMoney } from '../money.ts'
import { decodeWith, safeNumber } from '../oneof.ts'
import { fromCode, PRECISIONS, PROVIDER_STATES, toCode, type Precision, type ProviderState } from '../settings.ts'
import { GRAPH_OPTIMIZATION_LEVELS, type GraphOptimizationLevel } from './settings.ts'

export const ADVERT_FRAME_LIMIT = MAX_FRAME_BYTES.advert

export interface GpuInfo {
  index: number
  vendor: string
  model: string
  vramBytes: number
  driver: string
  bus: string
}

export interface HardwareInfo {
  gpus: GpuInfo[]
  cpuModel: string
  cpuCores: number
  ramBytes: number
  os: string
  arch: string
}

export interface ModelOffer {
  modelId: ModelId
  itemsPerSecond: number
  batchSize: number
  pricePerMillionItems: bigint
}

/** A provider's capability and price advert (DESIGN.md §3, §6). */
export interface Advert {
  peerId: string
  ethAddress: Address
  payoutAddress: Address
  hardware: HardwareInfo
  executionProvider: string
  executionProviderLog: string[]
  precision: Precision
  ortVersion: string
  graphOptimizationLevel: GraphOptimizationLevel
  benchmarkGflops: number
  pricePerGpuHour: bigint
  models: ModelOffer[]
  freeSlots: number
  state: ProviderState
  issuedAtMs: number
  ttlMs: number
  seq: number
  maxTaskBytes: number
}

export interface SignedAdvertBytes {
  advert: Uint8Array
  signature: Uint8Array
}

function str(v: string, field: string, max = 256): string {
  if (v.length > max) throw new RigpoolError('E_BAD_ADVERT', `${field} longer than ${max}`)
  return v
}

const num = (v: bigint, field: string): number => safeNumber(v, field, 'E_BAD_ADVERT')

function address(bytes: Uint8Array, field: string): Address {
  if (bytes.byteLength !== 20) throw new RigpoolError('E_BAD_ADVERT', `${field} must be 20 bytes`)
  return getAddress(bytesToHex(bytes))
}

function finite(v: number, field: string): number {
  if (!Number.isFinite(v) || v < 0) throw new RigpoolError('E_BAD_ADVERT', `${field} must be a non-negative number`)
  return v
}

/** Decodes and validates advert bytes (not the signature: see advert-signature.ts). */
export function decodeAdvert(bytes: Uint8Array): Advert {
  const m = decodeWith(AdvertMessage.decode, bytes, 'advert')
  let peerId: string
  try {
    peerId = peerIdFromMultihash(Digest.decode(m.peerId)).toString()
  } catch (err) {
    throw new RigpoolError('E_BAD_ADVERT', 'advert has a malformed peer id', { cause: err })
  }
  const hw = m.hardware
  if (m.models.length > 1024 || (hw?.gpus.length ?? 0) > 64 || m.executionProviderLog.length > 16) {
    throw new RigpoolError('E_BAD_ADVERT', 'advert lists too many entries')
  }
  return {
    peerId,
    ethAddress: address(m.ethAddress, 'eth address'),
    payoutAddress: address(m.payoutAddress, 'payout address'),
    hardware: {
      gpus: (hw?.gpus ?? []).map((g) => ({
        index: g.index,
        vendor: str(g.vendor, 'gpu vendor'),
        model: str(g.model, 'gpu model'),
        vramBytes: num(g.vramBytes, 'vram'),
        driver: str(g.driver, 'gpu driver'),
        bus: str(g.bus, 'gpu bus'),
      })),
      cpuModel: str(hw?.cpuModel ?? '', 'cpu model'),
      cpuCores: hw?.cpuCores ?? 0,
      ramBytes: num(hw?.ramBytes ?? 0n, 'ram'),
      os: str(hw?.os ?? '', 'os'),
      arch: str(hw?.arch ?? '', 'arch', 32),
    },
    executionProvider: str(m.executionProvider, 'execution provider', 64),
    executionProviderLog: m.executionProviderLog.map((l) => str(l, 'execution provider log', 1000)),
    precision: fromCode(PRECISIONS, m.precision, 'precision'),
    ortVersion: str(m.ortVersion, 'ort version', 64),
    graphOptimizationLevel: fromCode(GRAPH_OPTIMIZATION_LEVELS, m.graphOptimizationLevel, 'optimisation level'),
    benchmarkGflops: finite(m.benchmarkGflops, 'benchmark'),
    pricePerGpuHour: decodeMoney(m.pricePerGpuHour),
    models: m.models.map((o) => ({
      modelId: modelIdFromBytes(o.modelId),
      itemsPerSecond: finite(o.itemsPerS, 'items per second'),
      batchSize: o.batchSize,
      pricePerMillionItems: decodeMoney(o.pricePerMillionItems),
    })),
    freeSlots: m.freeSlots,
    state: fromCode(PROVIDER_STATES, m.state, 'provider state'),
    issuedAtMs: num(m.issuedAtMs, 'issued at'),
    ttlMs: m.ttlMs,
    seq: num(m.seq, 'seq'),
    maxTaskBytes: num(m.maxTaskBytes, 'max task bytes'),
  }
}

export function encodeAdvert(a: Advert): Uint8Array {
  return AdvertMessage.encode({
    peerId: peerIdFromString(a.peerId).toMultihash().bytes as Uint8Array<ArrayBuffer>,
    ethAddress: hexToBytes(a.ethAddress) as Uint8Array<ArrayBuffer>,
    payoutAddress: hexToBytes(a.payoutAddress) as Uint8Array<ArrayBuffer>,
    hardware: {
      gpus: a.hardware.gpus.map((g) => ({ ...g, vramBytes: BigInt(g.vramBytes) })),
      cpuModel: a.hardware.cpuModel,
      cpuCores: a.hardware.cpuCores,
      ramBytes: BigInt(a.hardware.ramBytes),
      os: a.hardware.os,
      arch: a.hardware.arch,
    },
    executionProvider: a.executionProvider,
    executionProviderLog: a.executionProviderLog,
    precision: toCode(PRECISIONS, a.precision),
    ortVersion: a.ortVersion,
    graphOptimizationLevel: toCode(GRAPH_OPTIMIZATION_LEVELS, a.graphOptimizationLevel),
    benchmarkGflops: a.benchmarkGflops,
    pricePerGpuHour: encodeMoney(a.pricePerGpuHour) as Uint8Array<ArrayBuffer>,
    models: a.models.map((o) => ({
      modelId: modelIdToBytes(o.modelId) as Uint8Array<ArrayBuffer>,
      itemsPerS: o.itemsPerSecond,
      batchSize: o.batchSize,
      pricePerMillionItems: encodeMoney(o.pricePerMillionItems) as Uint8Array<ArrayBuffer>,
    })),
    freeSlots: a.freeSlots,
    state: toCode(PROVIDER_STATES, a.state),
    issuedAtMs: BigInt(a.issuedAtMs),
    ttlMs: a.ttlMs,
    seq: BigInt(a.seq),
    maxTaskBytes: BigInt(a.maxTaskBytes),
  })
}

export function decodeSignedAdvert(bytes: Uint8Array): SignedAdvertBytes {
  return signedAdvertFromMessage(decodeWith(SignedAdvertMessage.decode, bytes, 'signed advert'))
}

/** Validates an already-decoded SignedAdvert message (nested in a session frame). */
export function signedAdvertFromMessage(m: SignedAdvertMessage | undefined): SignedAdvertBytes {
  if (m === undefined) throw new RigpoolError('E_BAD_ADVERT', 'advert missing')
  if (m.advert.byteLength > ADVERT_FRAME_LIMIT) throw new RigpoolError('E_BAD_ADVERT', 'advert too large')
  if (m.signature.byteLength !== 65) throw new RigpoolError('E_BAD_ADVERT', 'advert signature must be 65 bytes')
  return { advert: Uint8Array.from(m.advert), signature: Uint8Array.from(m.signature) }
}

export function encodeSignedAdvert(s: SignedAdvertBytes): Uint8Array {
  return SignedAdvertMessage.encode({
    advert: s.advert as Uint8Array<ArrayBuffer>,
    signature: s.signature as Uint8Array<ArrayBuffer>,
  })
}

export { isAddress }
