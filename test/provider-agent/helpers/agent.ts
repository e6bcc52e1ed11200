import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { peerIdFromString } from '@libp2p/peer-id'
import type { PeerId } from '@libp2p/interface'
import { startProvider, type ProviderAgent, type ProviderConfig } from '../../../provider-agent/index.ts'
import { FakeCoordinator } from './fake-coordinator.ts'

/** Temp dirs removed by cleanup(). */
export function tempDirs(): { make(): string; cleanup(): void } {
  const dirs: string[] = []
  return {
    make: () => {
      const d = mkdtempSync(join(tmpdir(), 'rigpool-'))
      dirs.push(d)
      return d
    },
    cleanup: () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
  }
}

/** A provider against a fake coordinator, quick to start: no benchmark, small self-check model, one thread. */
export async function startTestAgent(
  coordinator: FakeCoordinator,
  dataDir: string,
  config: Partial<ProviderConfig> = {},
): Promise<{ agent: ProviderAgent; peer: PeerId }> {
  const agent = await startProvider({
    dataDir,
    coordinator: coordinator.multiaddr,
    pricePerGpuHour: 3_600_000n,
    listen: ['/ip4/127.0.0.1/tcp/0'],
    intraOpNumThreads: 1,
    benchmarkMs: 0,
    selfCheckModel: { inputSize: 64, hiddenSizes: [128], outputSize: 16, seed: 3 },
    idle: false,
    ...config,
  })
  return { agent, peer: peerIdFromString(agent.peerId) }
}
