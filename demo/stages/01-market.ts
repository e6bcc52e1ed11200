import { join } from 'node:path'
import { startCoordinator } from '../../coordinator/index.ts'
import { startProvider } from '../../provider-agent/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import type { DemoStage } from '../context.ts'
import { ownerPlaysIdle } from './03-owner-plays.ts'

const PROVIDERS = [
  { name: 'rig-a', pricePerGpuHour: 200_000n },
  { name: 'rig-b', pricePerGpuHour: 250_000n },
]

/** A coordinator, two providers and a client on loopback libp2p (TCP + Noise + Yamux). */
export const marketStage: DemoStage = {
  title: 'Start a coordinator, two providers and a client on loopback',
  async run(ctx) {
    const coordinator = await startCoordinator({ dataDir: join(ctx.root, 'coordinator'), heartbeatIntervalMs: 1_000 })
    ctx.coordinator = coordinator
    ctx.cleanups.push(() => coordinator.stop())
    ctx.print(`coordinator ${coordinator.peerId} at ${coordinator.multiaddrs[0]}`)
    for (const p of PROVIDERS) {
      const agent = await startProvider({
        dataDir: join(ctx.root, p.name),
        coordinator: coordinator.multiaddrs[0]!,
        pricePerGpuHour: p.pricePerGpuHour,
        intraOpNumThreads: 1,
        idle: p.name === 'rig-a' ? ownerPlaysIdle : undefined,
      })
      ctx.providers.push({ name: p.name, agent, pricePerGpuHour: p.pricePerGpuHour })
      ctx.cleanups.push(() => agent.stop())
      ctx.print(`provider ${p.name} ${agent.peerId} (eth ${agent.ethAddress}) at ${p.pricePerGpuHour} base units per GPU-hour`)
    }
    ctx.client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
    const client = ctx.client
    ctx.cleanups.push(() => client.close())
  },
}
