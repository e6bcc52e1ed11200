// A coordinator stopped while audits are undecided resumes them at the next start: results
// of a verified job are revealed only after their decision, and every audit ends decided.
import assert from 'node:assert/strict'
import { after, describe, test } from 'node:test'
import { MarketClient } from '../../client-sdk/index.ts'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { standardMlp } from '../fixtures/models.ts'
import { tempDirs } from './helpers.ts'

describe('undecided audits across a coordinator restart', () => {
  const dirs = tempDirs()
  let coordinator: Coordinator | undefined
  let provider: ProviderAgent | undefined
  let client: MarketClient | undefined

  after(async () => {
    await client?.close()
    await provider?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  test('audits pending at the stop are run after the restart; the verified job completes with every item audited', { timeout: 180_000 }, async () => {
    const dataDir = dirs.make()
    // No chain: stake 0, so q = 1 and every item is recomputed; audits lag behind delivery.
    const config = { dataDir, heartbeatIntervalMs: 500, sizing: { maxTaskItems: 32, probeItems: 32 } }
    coordinator = await startCoordinator(config)
    const listen = coordinator.multiaddrs[0]!.replace(/\/p2p\/.*$/, '')
    provider = await startProvider({ dataDir: dirs.make(), coordinator: coordinator.multiaddrs[0]!, pricePerGpuHour: 1_000_000n, intraOpNumThreads: 1, idle: false, benchmarkMs: 0 })
    client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
    const mlp = standardMlp()
    const items = Array.from({ length: 480 }, (_, i) => mlp.input(i))
    const handle = await client.submit({ model: mlp.bytes, items, delivery: 'verified', priceCapPerMillionItems: 10n ** 12n })
    const jobId = handle.id

    const deadline = Date.now() + 60_000
    while (coordinator.store.audits.undecided().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    const undecided = coordinator.store.audits.undecided().map((a) => a.taskId)
    assert.ok(undecided.length > 0, 'an audit was pending')
    const first = coordinator
    for (const taskId of undecided) {
      const task = first.store.tasks.get(taskId)!
      // Verified delivery: an audited task's results stay hidden until its decision.
      const shown = first.store.results.from(jobId, task.first, 1)
      if (task.state === 'delivered') assert.ok(shown.length === 0 || shown[0]!.index >= task.first + task.count, 'hidden until decided')
    }
    await client.close()
    client = undefined
    await coordinator.stop()

    coordinator = await startCoordinator({ ...config, listen: [listen] })
    assert.ok(coordinator.recovered.audits >= 1, `resumed ${coordinator.recovered.audits}`)
    client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
    const again = await client.job(jobId)
    let n = again.cursor
    for await (const r of again.results()) {
      assert.equal(r.index, n)
      n++
    }
    assert.equal(n, items.length)
    assert.equal(again.finalState, 'completed')
    assert.equal(coordinator.store.audits.undecided().length, 0)
    for (const taskId of undecided) assert.ok(['clean', 'void'].includes(coordinator.store.audits.get(taskId)!.state), taskId)
    const report = await again.report()
    assert.equal(report.itemsAudited, items.length, 'q = 1 without a stake: every item audited')
    assert.ok(report.audits.every((a) => a.verdict === 'accept'))
  })
})
