// One provider cheats (int8 weights substituted for the job's model, through the agent's test
// seam): it is caught by spot-recomputation, its stake slashed on the devnet with the evidence
// hash, its items re-run by honest providers, and the client's report shows it all.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compareTolerance, DEFAULT_TOLERANCE, type CaughtEvent, type SlashedEvent } from '../../coordinator/verification/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { fromOrtTensor, RigpoolError, type NamedTensors } from '../../protocol/index.ts'
import { formatTokenAmount } from '../../settlement/index.ts'
import { cheatingRunner, int8Model, runnerExecutor, substitute } from '../../test/adversaries/index.ts'
import type { DemoStage } from '../context.ts'
import { ocrClassifier, textLineImages } from '../workload.ts'
import { DEMO_STAKE } from './01-market.ts'

const ITEMS = 400
const CHEATER_ACCOUNT = 5

/** A staked cheater caught, slashed and re-run; the job's verification report. */
export const cheaterStage: DemoStage = {
  title: 'A staked provider cheats with an int8 model: caught, slashed on chain, its items re-run',
  async run(ctx) {
    const { coordinator, client, devnet } = ctx
    if (coordinator === undefined || client === undefined || devnet === undefined) throw new RigpoolError('E_CONFIG', 'market stage did not run')
    const model = ocrClassifier()
    const cheap = await runnerExecutor(int8Model(model.bytes))
    ctx.cleanups.push(() => cheap.stop())
    // A third rig joins with the same stake as the others, then substitutes int8 weights.
    const dataDir = join(ctx.root, 'rig-cheat')
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    writeFileSync(join(dataDir, 'eth.key'), devnet.accounts[CHEATER_ACCOUNT]!.privateKey + '\n', { mode: 0o600 })
    const cheaterAgent = await startProvider({
      dataDir,
      coordinator: coordinator.multiaddrs[0]!,
      pricePerGpuHour: 150_000n,
      intraOpNumThreads: 1,
      idle: false,
      benchmarkMs: 0,
      wrapRunner: cheatingRunner(substitute(cheap.execute)),
      chain: { rpcUrl: devnet.rpcUrl, deployment: devnet.deployment, stake: DEMO_STAKE },
    })
    ctx.cleanups.push(() => cheaterAgent.stop())
    await cheaterAgent.payments!.stakeSettled()
    ctx.print(`rig-cheat: eth ${cheaterAgent.ethAddress} staked ${formatTokenAmount(DEMO_STAKE)} tUSD (arbiter: the coordinator), the cheapest rig — runs int8 weights in place of the job model`)
    const agents = new Map<string, ProviderAgent>([...ctx.providers.map((p): [string, ProviderAgent] => [p.name, p.agent]), ['rig-cheat', cheaterAgent]])
    const cheater = cheaterAgent
    const caught: CaughtEvent[] = []
    const slashed: SlashedEvent[] = []
    coordinator.verifier.events.on('caught', (e) => caught.push(e))
    coordinator.verifier.events.on('slashed', (e) => slashed.push(e))

    const images = textLineImages(ITEMS, 7)
    const started = performance.now()
    const job = await client.submit({ model: model.bytes, items: images.map((x) => ({ [model.inputName]: x })), priceCapPerMillionItems: 10n ** 9n, delivery: 'verified' })
    const outputs: NamedTensors[] = []
    for await (const r of job.results()) outputs[r.index] = r.tensors
    ctx.itemsRun += ITEMS
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
