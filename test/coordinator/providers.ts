// Real provider agents for coordinator tests: owner-first policy off (or driven by the test), no start benchmark.
import type { HardwareReport, OwnerSignal, ProviderAgent } from '../../provider-agent/index.ts'
import { startProvider } from '../../provider-agent/index.ts'
import { sleep } from '../../protocol/index.ts'

/** An owner signal the test flips: `owner.isActive = true` pauses the agent. */
export function ownerSwitch(): { isActive: boolean; signal: OwnerSignal } {
  const sw = {
    isActive: false,
    signal: undefined as unknown as OwnerSignal,
  }
  sw.signal = { name: 'test-owner', minIntervalMs: 0, read: async () => ({ isActive: sw.isActive, reason: 'owner is playing' }) }
  return sw
}

export interface TestProviderOptions {
  dataDir: string
  coordinator: string
  pricePerGpuHour: bigint
  hardware?: HardwareReport
  owner?: OwnerSignal
}

/** Starts a real provider agent (onnxruntime, one intra-op thread). */
export function testProvider(o: TestProviderOptions): Promise<ProviderAgent> {
  return startProvider({
    dataDir: o.dataDir,
    coordinator: o.coordinator,
    pricePerGpuHour: o.pricePerGpuHour,
    intraOpNumThreads: 1,
    benchmarkMs: 0,
    hardware: o.hardware,
    idle: o.owner === undefined ? false : { signals: [o.owner], pollMs: 100, resumeAfterIdleMs: 100, onPause: 'handBack' },
    drainGraceMs: 1_000,
  })
}

/** Waits until `check` holds (polling), or fails after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}
