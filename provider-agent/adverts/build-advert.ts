import { arch, cpus, platform, release, totalmem } from 'node:os'
import type { Address } from 'viem'
import type { Advert, ExecutionSettings, HardwareInfo, ModelOffer, ProviderState } from '../../protocol/index.ts'

/** The host as far as the OS reports it without probing GPUs. */
export function basicHardware(): HardwareInfo {
  const cpu = cpus()
  return {
    gpus: [],
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cpuCores: cpu.length,
    ramBytes: totalmem(),
    os: `${platform()} ${release()}`,
    arch: arch(),
  }
}

export interface AdvertInput {
  peerId: string
  ethAddress: Address
  payoutAddress: Address
  hardware: HardwareInfo
  settings: ExecutionSettings
  executionProviderLog: string[]
  benchmarkGflops: number
  pricePerGpuHour: bigint
  models: ModelOffer[]
  freeSlots: number
  state: ProviderState
  seq: number
  ttlMs: number
  maxTaskBytes: number
  nowMs: number
}

/** Assembles the advert a provider signs and publishes. */
export function buildAdvert(input: AdvertInput): Advert {
  return {
    peerId: input.peerId,
    ethAddress: input.ethAddress,
    payoutAddress: input.payoutAddress,
    hardware: input.hardware,
    executionProvider: input.settings.executionProvider ?? 'cpu',
    executionProviderLog: input.executionProviderLog,
    precision: input.settings.precision ?? 'unknown',
    ortVersion: input.settings.ortVersion ?? '',
    graphOptimizationLevel: input.settings.graphOptimizationLevel ?? 'all',
    benchmarkGflops: input.benchmarkGflops,
    pricePerGpuHour: input.pricePerGpuHour,
    models: input.models,
    freeSlots: input.freeSlots,
    state: input.state,
    issuedAtMs: input.nowMs,
    ttlMs: input.ttlMs,
    seq: input.seq,
    maxTaskBytes: input.maxTaskBytes,
  }
}
