// Honest staked providers on other configurations than the verifier's: never accused, and
// once past a short probation with a clean record, audited at q below 1 (and below the
// new-provider rate); the figures reach the client report and GET /v1/verification.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Address } from 'viem'
import { MarketClient } from '../../client-sdk/index.ts'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { startDevnet, type Devnet } from '../../settlement/index.ts'
import { smallMlp } from '../fixtures/models.ts'
import { stakeProvider } from '../verification/staking.ts'
import { tempDirs } from './helpers.ts'

const POLICY = { floor: 0.05, newRate: 0.5, probationItems: 32, halfLifeItems: 64, safety: 2 }

describe('honest providers under a short probation', () => {
  const dirs = tempDirs()
  let devnet: Devnet
  let coordinator: Coordinator
  let client: MarketClient
  const agents: ProviderAgent[] = []

  before(async () => {
    devnet = await startDevnet({ accounts: 2 })
    coordinator = await startCoordinator({
      dataDir: dirs.make(),
      heartbeatIntervalMs: 500,
      sizing: { maxTaskItems: 16, probeItems: 16 },
      chain: { rpcUrl: devnet.rpcUrl, deployment: devnet.deployment, requireChannel: false },
      verification: { policy: POLICY },
      http: { port: 0 },
    })
    for (const o of [{ opt: 'basic' as const, threads: 1 }, { opt: 'disabled' as const, threads: 2 }]) {
      const dataDir = dirs.make()
      agents.push(await startProvider({ dataDir, coordinator: coordinator.multiaddrs[0]!, pricePerGpuHour: 1_000_000n, intraOpNumThreads: o.threads, graphOptimizationLevel: o.opt, idle: false, benchmarkMs: 0 }))
      await stakeProvider(devnet, dataDir, coordinator.ethAddress as Address, 10_000_000n)
    }
    client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
  })

  after(async () => {
    await client?.close()
    for (const a of agents) await a.stop()
    await coordinator?.stop()
    await devnet?.stop()
    dirs.cleanup()
  })

  test('q falls below 1 with a clean record; nobody is accused; the report and /v1/verification show it', { timeout: 120_000 }, async () => {
    const mlp = smallMlp()
    const items = Array.from({ length: 320 }, (_, i) => mlp.input(i))
    const handle = await client.submit({ model: mlp.bytes, items, comparator: { kind: 'exact' }, delivery: 'verified', priceCapPerMillionItems: 10n ** 12n })
    let n = 0
    for await (const r of handle.results()) {
      assert.equal(r.corrected, undefined)
      n++
    }
    assert.equal(n, items.length)
    assert.equal(handle.finalState, 'completed')
    const report = await handle.report()
    assert.ok(report.itemsAudited > 0 && report.itemsAudited < items.length, `audited ${report.itemsAudited}`)
    assert.equal(report.itemsRerun, 0)
    assert.ok(report.audits.every((a) => a.verdict === 'accept'))

    const v = await coordinator.verificationReport()
    assert.equal(v.providers.length, 2)
    for (const p of v.providers) {
      assert.equal(p.cheats, 0)
      assert.equal(p.escalations, 0)
      assert.equal(p.isOnProbation, false)
      assert.equal(p.stake, 10_000_000n)
      assert.ok(p.q < POLICY.newRate && p.q >= POLICY.floor, `q ${p.q}`)
    }
    assert.ok(v.market.auditOverhead > 0 && v.market.auditOverhead < 1, `overhead ${v.market.auditOverhead}`)
    assert.ok(v.market.guarantee1000.f1 > 0.99)

    const http = (await (await fetch(`${coordinator.httpUrl}/v1/verification`)).json()) as { market: { itemsDelivered: number }; providers: Array<{ stake: string }> }
    assert.equal(http.market.itemsDelivered, items.length)
    assert.deepEqual(http.providers.map((p) => p.stake), ['10000000', '10000000'])
  })
})
