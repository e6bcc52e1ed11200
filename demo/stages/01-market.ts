import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startCoordinator } from '../../coordinator/index.ts'
import { startProvider } from '../../provider-agent/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { formatTokenAmount, startDevnet } from '../../settlement/index.ts'
import type { DemoStage } from '../context.ts'
import { ownerPlaysIdle } from './03-owner-plays.ts'

const PROVIDERS = [
  { name: 'rig-a', pricePerGpuHour: 200_000n, account: 2 },
  { name: 'rig-b', pricePerGpuHour: 250_000n, account: 3 },
]
const COORDINATOR_ACCOUNT = 1
const CLIENT_ACCOUNT = 4
/** What each provider stakes under the coordinator (10 tUSD). */
export const DEMO_STAKE = 10_000_000n

/** A node's data dir holding one of the devnet's public dev keys (the devnet only). */
function dataDirWithKey(dir: string, privateKey: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  writeFileSync(join(dir, 'eth.key'), privateKey + '\n', { mode: 0o600 })
  return dir
}

/** The devnet, a coordinator, two staked providers and a paying client on loopback libp2p (TCP + Noise + Yamux). */
export const marketStage: DemoStage = {
  title: 'Start the devnet, a coordinator, two providers and a client on loopback',
  async run(ctx) {
    const devnet = await startDevnet({ dataDir: join(ctx.root, 'devnet'), port: 0 })
    ctx.devnet = devnet
    ctx.cleanups.push(() => devnet.stop())
    const chain = { rpcUrl: devnet.rpcUrl, deployment: devnet.deployment }
    ctx.print(`devnet ${devnet.rpcUrl} (chain ${devnet.chainId}): channels ${devnet.deployment.channels}, tUSD ${devnet.deployment.token}`)
    const coordinator = await startCoordinator({
      dataDir: dataDirWithKey(join(ctx.root, 'coordinator'), devnet.accounts[COORDINATOR_ACCOUNT]!.privateKey),
      heartbeatIntervalMs: 1_000,
      // A small credit step so the demo's small jobs pay in several vouchers.
      chain: { ...chain, feeBps: 500, creditStep: 500n, providerDeposit: 5_000_000n },
    })
    ctx.coordinator = coordinator
    ctx.cleanups.push(() => coordinator.stop())
    ctx.print(`coordinator ${coordinator.peerId} at ${coordinator.multiaddrs[0]} (eth ${coordinator.payments!.settlement.address}, fee 5 %)`)
    for (const p of PROVIDERS) {
      const agent = await startProvider({
        dataDir: dataDirWithKey(join(ctx.root, p.name), devnet.accounts[p.account]!.privateKey),
        coordinator: coordinator.multiaddrs[0]!,
        pricePerGpuHour: p.pricePerGpuHour,
        intraOpNumThreads: 1,
        idle: p.name === 'rig-a' ? ownerPlaysIdle : undefined,
        chain: { ...chain, stake: DEMO_STAKE },
      })
      await agent.payments!.stakeSettled()
      ctx.providers.push({ name: p.name, agent, pricePerGpuHour: p.pricePerGpuHour })
      ctx.cleanups.push(() => agent.stop())
      ctx.print(`provider ${p.name} ${agent.peerId} (eth ${agent.ethAddress}) at ${p.pricePerGpuHour} base units per GPU-hour, staked ${formatTokenAmount(DEMO_STAKE, 6)} tUSD`)
    }
    ctx.client = await MarketClient.connect({
      coordinator: coordinator.multiaddrs[0]!,
      dataDir: dataDirWithKey(join(ctx.root, 'client'), devnet.accounts[CLIENT_ACCOUNT]!.privateKey),
      payments: { ...chain, deposit: 5_000_000n },
    })
    const client = ctx.client
    ctx.cleanups.push(() => client.close())
    ctx.print(`client (eth ${client.wallet!.settlement.address}) pays as results arrive, one voucher per 500 base units`)
  },
}
