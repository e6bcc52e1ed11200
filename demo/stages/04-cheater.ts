// One provider cheats (int8 weights substituted for the job's model, through the agent's test
// seam): it is caught by spot-recomputation, its stake slashed on the devnet with the evidence
// hash, its items re-run by honest providers, and the client's report shows it all.
import { join } from 'node:path'
import type { Address } from 'viem'
import { startCoordinator } from '../../coordinator/index.ts'
import { compareTolerance, DEFAULT_TOLERANCE, type CaughtEvent, type SlashedEvent } from '../../coordinator/verification/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { startProvider } from '../../provider-agent/index.ts'
import { fromOrtTensor, RigpoolError, type NamedTensors } from '../../protocol/index.ts'
import { formatTokenAmount, startDevnet } from '../../settlement/index.ts'
import { cheatingRunner, int8Model, runnerExecutor, substitute } from '../../test/adversaries/index.ts'
import { fundEth, stakeProvider } from '../../test/verification/staking.ts'
import type { DemoStage } from '../context.ts'
import { ocrClassifier, textLineImages } from '../workload.ts'

const ITEMS = 400
const STAKE = 100_000_000n // 100 tUSD (6 decimals)

/** A staked cheater caught, slashed and re-run; the job's verification report. */
export const cheaterStage: DemoStage = {
  title: 'A staked provider cheats with an int8 model: caught, slashed on chain, its items re-run',
  async run(ctx) {
    if (ctx.devnet === undefined) {
      const devnet = await startDevnet({ port: 0, accounts: 2 })
      ctx.devnet = devnet
      ctx.cleanups.push(() => devnet.stop())
      ctx.print(`devnet ${devnet.rpcUrl} (chain ${devnet.chainId}), RigpoolChannels at ${devnet.deployment.channels}`)
    }
    const devnet = ctx.devnet
    // A coordinator that arbitrates stakes on the devnet (01-market's has no chain yet).
    const coordinator = await startCoordinator({
      dataDir: join(ctx.root, 'coordinator-verify'),
      heartbeatIntervalMs: 1_000,
      chain: { rpcUrl: devnet.rpcUrl, deployment: devnet.deployment },
      verification: { policy: { probationItems: 200 } },
    })
    ctx.cleanups.push(() => coordinator.stop())
    await fundEth(devnet, coordinator.ethAddress as Address)
    const model = ocrClassifier()
    const cheap = await runnerExecutor(int8Model(model.bytes))
    ctx.cleanups.push(() => cheap.stop())
    const rigs = [
      { name: 'honest-1', opt: 'all' as const, threads: 1 },
      { name: 'honest-2', opt: 'basic' as const, threads: 2 },
      { name: 'cheater', opt: 'all' as const, threads: 1, wrap: cheatingRunner(substitute(cheap.execute)) },
    ]
    const agents = new Map<string, Awaited<ReturnType<typeof startProvider>>>()
    for (const r of rigs) {
      const dataDir = join(ctx.root, `verify-${r.name}`)
      const agent = await startProvider({ dataDir, coordinator: coordinator.multiaddrs[0]!, pricePerGpuHour: 200_000n, intraOpNumThreads: r.threads, graphOptimizationLevel: r.opt, idle: false, benchmarkMs: 0, wrapRunner: r.wrap })
      ctx.cleanups.push(() => agent.stop())
      await stakeProvider(devnet, dataDir, coordinator.ethAddress as Address, STAKE)
      agents.set(r.name, agent)
      ctx.print(`${r.name}: eth ${agent.ethAddress} staked ${formatTokenAmount(STAKE)} tUSD (arbiter: the coordinator)${r.wrap === undefined ? '' : ' — runs int8 weights in place of the job model'}`)
    }
    const cheater = agents.get('cheater')!
    const caught: CaughtEvent[] = []
    const slashed: SlashedEvent[] = []
    coordinator.verifier.events.on('caught', (e) => caught.push(e))
    coordinator.verifier.events.on('slashed', (e) => slashed.push(e))

    const client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
    ctx.cleanups.push(() => client.close())
    const images = textLineImages(ITEMS, 7)
    const started = performance.now()
    const job = await client.submit({ model: model.bytes, items: images.map((x) => ({ [model.inputName]: x })), priceCapPerMillionItems: 10n ** 9n, delivery: 'verified' })
    const outputs: NamedTensors[] = []
    for await (const r of job.results()) outputs[r.index] = r.tensors
    ctx.print(`job ${job.id}: ${job.finalState} in ${((performance.now() - started) / 1000).toFixed(1)} s (verified delivery)`)

    const deadline = Date.now() + 30_000
    while (slashed.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    const c = caught[0]
    const s = slashed[0]
    if (c === undefined || s === undefined) throw new RigpoolError('E_INTERNAL', 'the cheater was not caught and slashed')
    ctx.print(`caught: ${c.providerId.slice(0, 16)}… (eth ${c.ethAddress}) on task ${c.taskId.slice(0, 8)}; banned; ${c.itemsRerun} items queued to re-run elsewhere`)
    ctx.print(`slashed: ${formatTokenAmount(s.amount)} tUSD, tx ${s.txHash}`)
    ctx.print(`evidence hash ${s.evidenceHash} (in the Slashed event; anyone can re-run the item)`)

    const honest = await runnerExecutor(model.bytes)
    ctx.cleanups.push(() => honest.stop())
    const expected = await honest.execute({ taskId: '', modelId: '', firstIndex: 0, inputs: images.map((x) => ({ [model.inputName]: fromOrtTensor(x) })) })
    const good = expected.filter((e, i) => outputs[i] !== undefined && compareTolerance(DEFAULT_TOLERANCE, e, outputs[i]!).verdict === 'accept').length
    ctx.print(`client outputs matching onnxruntime run here: ${good}/${ITEMS}`)

    const report = await job.report()
    ctx.print(`report: ${report.itemsAudited} of ${report.itemsTotal} items audited, ${report.itemsRerun} re-run, providers ${report.providers.length}`)
    const byProvider = new Map<string, { accept: number; escalate: number; reject: number; worst: number }>()
    for (const a of report.audits) {
      const row = byProvider.get(a.provider) ?? { accept: 0, escalate: 0, reject: 0, worst: 0 }
      row[a.verdict]++
      row.worst = Math.max(row.worst, a.score)
      byProvider.set(a.provider, row)
    }
    const nameOf = (peerId: string): string => [...agents].find(([, a]) => a.peerId === peerId)?.[0] ?? peerId.slice(0, 12)
    for (const [p, r] of byProvider) ctx.print(`  ${nameOf(p).padEnd(9)} audited ${r.accept + r.escalate + r.reject}: ${r.accept} accept, ${r.escalate} escalate, ${r.reject} reject; worst score ${r.worst.toExponential(2)}`)
    const v = await coordinator.verificationReport()
    for (const p of v.providers) {
      const name = p.peerId === undefined ? [...agents].find(([, a]) => a.ethAddress.toLowerCase() === p.provider)?.[0] ?? p.provider : nameOf(p.peerId)
      ctx.print(`  ${name.padEnd(9)} q ${p.q.toFixed(3)}${p.isBanned ? ' (banned)' : ''}, stake ${formatTokenAmount(p.stake)} tUSD, overhead ${(p.auditOverhead * 100).toFixed(1)} %, cheater on every item caught within ${p.caughtWithin999.f1} items (99.9 %)`)
    }
    ctx.print(`market: audit overhead ${(v.market.auditOverhead * 100).toFixed(1)} % of ${v.market.itemsDelivered} delivered items; ${v.market.banned} banned`)
    if (!coordinator.verifier.isBanned(cheater.ethAddress) || good !== ITEMS) throw new RigpoolError('E_INTERNAL', 'verification stage: wrong outcome')
  },
}
