// The payer starts a close while the payee is offline; the payee restarts, backfills from its
// last scanned block and still redeems within the challenge period (decided by chain time).
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { CloseWatcher, openSettlementDb, tokenBalance, type ScanResult } from '../../settlement/index.ts'
import { startEnv, USD, type Env } from './helpers.ts'

describe('close watcher', () => {
  let env: Env
  before(async () => {
    env = await startEnv()
  })
  after(async () => {
    await env?.close()
  })

  test('payee offline during startClose, restarts, backfills with getLogs and redeems in time', async () => {
    const payer = env.payer(1, env.db('payer.db'))
    const payeeDbPath = join(env.dir, 'payee.db')
    const payeeDb = openSettlementDb(payeeDbPath)
    const payee = env.payee(2, payeeDb)
    const token = env.devnet.deployment.token
    const startBalance = await tokenBalance(env.devnet.publicClient, token, payee.payee)

    const ch = await payer.open(payee.payee, 10n * USD, { challengePeriodS: 3600n })
    await payee.track(ch.channelId)
    await payee.acceptVoucher(await payer.signVoucher(ch.channelId, 6n * USD))
    const watcher = new CloseWatcher({ db: payeeDb, payee })
    const first = await watcher.scanOnce()
    assert.deepEqual(first.closesSeen, [])
    const cursor = watcher.lastScannedBlock()

    // The payee goes offline. The payer starts a close; blocks and chain time go by.
    payeeDb.close()
    await payer.startClose(ch.channelId)
    for (let i = 0; i < 5; i++) await env.devnet.advanceTime(60)
    await env.devnet.advanceTime(1800)

    // Restart: new handles on the same files; no event filter survived, only the cursor.
    const db2 = openSettlementDb(payeeDbPath)
    const payee2 = env.payee(2, db2)
    const scans: ScanResult[] = []
    const watcher2 = new CloseWatcher({ db: db2, payee: payee2, maxBlockRange: 3n, onScan: (r) => scans.push(r) })
    assert.equal(watcher2.lastScannedBlock(), cursor)
    const result = await watcher2.scanOnce()
    assert.equal(result.fromBlock, cursor + 1n)
    assert.deepEqual(result.closesSeen, [ch.channelId])
    assert.equal(result.redeemed.length, 1)
    assert.equal(result.redeemed[0]!.amount, 6n * USD)
    assert.deepEqual(result.missed, [])
    assert.equal(scans.length, 1)
    assert.equal(await tokenBalance(env.devnet.publicClient, token, payee.payee), startBalance + 6n * USD)

    // The payer finalizes after the period and gets the rest back; the watcher sees the close.
    await env.devnet.advanceTime(3600)
    await payer.finalizeClose(ch.channelId)
    const last = await watcher2.scanOnce()
    assert.deepEqual(last.redeemed, [])
    assert.equal(payee2.get(ch.channelId).state, 'closed')
    assert.equal(payee2.get(ch.channelId).withdrawn, 6n * USD)
  })

  test('a payee back after the challenge period ended (chain time) reports the channel as missed', async () => {
    const payer = env.payer(3, env.db('payer-late.db'))
    const db = env.db('payee-late.db')
    const payee = env.payee(4, db)
    const ch = await payer.open(payee.payee, 5n * USD, { challengePeriodS: 3600n })
    await payee.track(ch.channelId)
    await payee.acceptVoucher(await payer.signVoucher(ch.channelId, 2n * USD))
    const watcher = new CloseWatcher({ db, payee })
    await watcher.scanOnce()
    await payer.startClose(ch.channelId)
    await env.devnet.advanceTime(3601)
    const result = await watcher.scanOnce()
    assert.deepEqual(result.closesSeen, [ch.channelId])
    assert.deepEqual(result.missed, [ch.channelId])
    assert.equal(payee.get(ch.channelId).state, 'expired')
  })

  test('start() redeems in the background; stop() ends the loop', async () => {
    const payer = env.payer(5, env.db('payer-bg.db'))
    const db = env.db('payee-bg.db')
    const payee = env.payee(6, db)
    const ch = await payer.open(payee.payee, 5n * USD, { challengePeriodS: 3600n })
    await payee.track(ch.channelId)
    await payee.acceptVoucher(await payer.signVoucher(ch.channelId, 1n * USD))
    let resolveRedeemed: () => void = () => {}
    const redeemed = new Promise<void>((resolve) => (resolveRedeemed = resolve))
    const watcher = new CloseWatcher({ db, payee, pollMs: 50, onScan: (r) => r.redeemed.length > 0 && resolveRedeemed() })
    watcher.start()
    await payer.startClose(ch.channelId)
    await redeemed
    await watcher.stop()
    assert.equal(payee.get(ch.channelId).withdrawn, 1n * USD)
  })
})
