// Payer and payee channel managers against a real anvil: budgets, vouchers, every forged or
// replayed voucher refused off-chain without a state change, redemption by policy.
import assert from 'node:assert/strict'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { privateKeyToAccount } from 'viem/accounts'
import { hasCode } from '../../protocol/errors.ts'
import { openSettlementDb, signVoucher, summarizeEarnings, tokenBalance, formatEarnings } from '../../settlement/index.ts'
import { toHighS } from '../contracts/helpers.ts'
import { startEnv, USD, type Env } from './helpers.ts'

describe('channel managers', () => {
  let env: Env
  before(async () => {
    env = await startEnv()
  })
  after(async () => {
    await env?.close()
  })

  test('the payer opens and tops up within its budget, and never signs beyond the deposit', async () => {
    const db = env.db('payer-budget.db')
    assert.equal(statSync(join(env.dir, 'payer-budget.db')).mode & 0o777, 0o600)
    const payer = env.payer(1, db, 30n * USD)
    const payee = env.devnet.accounts[2]!.address
    const ch = await payer.open(payee, 20n * USD, { challengePeriodS: 3600n })
    assert.equal(ch.deposit, 20n * USD)
    await assert.rejects(payer.open(payee, 11n * USD), (e) => hasCode(e, 'E_SPEND_CAP'))
    await assert.rejects(payer.topUp(ch.channelId, 11n * USD), (e) => hasCode(e, 'E_SPEND_CAP'))
    assert.equal((await payer.topUp(ch.channelId, 10n * USD)).deposit, 30n * USD)

    const v1 = await payer.signVoucher(ch.channelId, 5n * USD)
    assert.deepEqual(await payer.signVoucher(ch.channelId, 5n * USD), v1, 'same amount: same voucher')
    await assert.rejects(payer.signVoucher(ch.channelId, 4n * USD), (e) => hasCode(e, 'E_BAD_AMOUNT'))
    await assert.rejects(payer.signVoucher(ch.channelId, 30n * USD + 1n), (e) => hasCode(e, 'E_BAD_AMOUNT'))
    // Concurrent requests: each is checked against the one before; none lowers what was signed.
    const results = await Promise.allSettled([payer.signVoucher(ch.channelId, 9n * USD), payer.signVoucher(ch.channelId, 7n * USD)])
    assert.equal(results[0].status, 'fulfilled')
    assert.equal(results[1].status, 'rejected')
    assert.equal(payer.get(ch.channelId).signedAmount, 9n * USD)

    // What was signed survives a restart.
    db.close()
    const reopened = env.payer(1, openSettlementDb(join(env.dir, 'payer-budget.db')), 30n * USD)
    assert.equal(reopened.get(ch.channelId).signedAmount, 9n * USD)
    assert.equal(reopened.lastVoucher(ch.channelId)?.cumulativeAmount, 9n * USD)
    await assert.rejects(reopened.signVoucher(ch.channelId, 8n * USD), (e) => hasCode(e, 'E_BAD_AMOUNT'))
  })

  test('the payee refuses forged, replayed, high-s, excessive and stale vouchers, changing nothing', async () => {
    const payer = env.payer(3, env.db('payer-attacks.db'))
    const payee = env.payee(4, env.db('payee-attacks.db'))
    const a = await payer.open(payee.payee, 10n * USD, { challengePeriodS: 3600n })
    const b = await payer.open(payee.payee, 10n * USD, { challengePeriodS: 3600n })
    await payee.track(a.channelId)
    await payee.track(b.channelId)
    const domain = { chainId: env.devnet.chainId, verifyingContract: env.devnet.deployment.channels }
    const payerAccount = privateKeyToAccount(env.devnet.accounts[3]!.privateKey)
    const stranger = privateKeyToAccount(env.devnet.accounts[5]!.privateKey)

    const good = await payer.signVoucher(a.channelId, 2n * USD)
    const state = () => [payee.get(a.channelId), payee.get(b.channelId)]
    const before = state()
    const refused = async (voucher: Parameters<typeof payee.acceptVoucher>[0], code: 'E_BAD_SIGNATURE' | 'E_BAD_VOUCHER') => {
      await assert.rejects(payee.acceptVoucher(voucher), (e) => hasCode(e, code))
      assert.deepEqual(state(), before)
    }
    await refused(await signVoucher(stranger, domain, a.channelId, 2n * USD), 'E_BAD_SIGNATURE')
    await refused({ ...good, channelId: b.channelId }, 'E_BAD_SIGNATURE')
    await refused({ ...good, cumulativeAmount: 3n * USD }, 'E_BAD_SIGNATURE')
    // Replays from another chain or contract: refused on the claimed fields, and on the signature when the claim is forged.
    const otherChain = await signVoucher(payerAccount, { ...domain, chainId: 1 }, a.channelId, 2n * USD)
    await refused(otherChain, 'E_BAD_VOUCHER')
    await refused({ ...otherChain, chainId: BigInt(domain.chainId) }, 'E_BAD_SIGNATURE')
    await refused({ ...otherChain, chainId: undefined }, 'E_BAD_SIGNATURE')
    const otherContract = await signVoucher(payerAccount, { ...domain, verifyingContract: env.devnet.deployment.token }, a.channelId, 2n * USD)
    await refused(otherContract, 'E_BAD_VOUCHER')
    await refused({ ...otherContract, contract: domain.verifyingContract }, 'E_BAD_SIGNATURE')
    await refused({ ...good, signature: toHighS(good.signature) }, 'E_BAD_SIGNATURE')
    await refused({ ...good, signature: '0x1234' }, 'E_BAD_SIGNATURE')
    await refused(await signVoucher(payerAccount, domain, a.channelId, 10n * USD + 1n), 'E_BAD_VOUCHER')
    await refused({ ...good, channelId: `0x${'ab'.repeat(32)}` }, 'E_BAD_VOUCHER')

    assert.deepEqual(await payee.acceptVoucher(good), { increment: 2n * USD, best: 2n * USD })
    const best = payee.get(a.channelId)
    await assert.rejects(payee.acceptVoucher(good), (e) => hasCode(e, 'E_BAD_VOUCHER'), 'replay of the same voucher')
    const lower = await signVoucher(payerAccount, domain, a.channelId, 1n * USD)
    await assert.rejects(payee.acceptVoucher(lower), (e) => hasCode(e, 'E_BAD_VOUCHER'), 'lower after higher')
    assert.deepEqual(payee.get(a.channelId), best)

    // Above the deposit the payee knows, but the payer topped up: one re-read of the chain, accepted.
    await payer.topUp(a.channelId, 5n * USD)
    assert.equal((await payee.acceptVoucher(await payer.signVoucher(a.channelId, 12n * USD))).best, 12n * USD)
  })

  test('payee tracks only channels that pay it in its token with a long enough challenge period', async () => {
    const payer = env.payer(1, env.db('payer-track.db'))
    const payee = env.payee(6, env.db('payee-track.db'), { minChallengePeriodS: 7200n })
    const other = await payer.open(env.devnet.accounts[7]!.address, USD, { challengePeriodS: 7200n })
    await assert.rejects(payee.track(other.channelId), (e) => hasCode(e, 'E_BAD_VOUCHER'))
    const short = await payer.open(payee.payee, USD, { challengePeriodS: 3600n })
    await assert.rejects(payee.track(short.channelId), (e) => hasCode(e, 'E_BAD_VOUCHER'))
    assert.deepEqual(payee.list(), [])
  })

  test('withdraw by policy from a hot key to the payout address; no double withdraw; cooperative close; earnings', async () => {
    let nowMs = 1_000_000
    const payer = env.payer(5, env.db('payer-redeem.db'))
    // The payout address (account 6) never sends a transaction here: account 7 is the hot key.
    const payee = env.payee(6, env.db('payee-redeem.db'), {
      senderIndex: 7,
      withdrawPolicy: { minAmount: 5n * USD, maxAgeMs: 60_000 },
      now: () => nowMs,
    })
    const payout = payee.payee
    const start = await tokenBalance(env.devnet.publicClient, env.devnet.deployment.token, payout)
    const ch = await payer.open(payout, 10n * USD, { challengePeriodS: 3600n })
    await payee.track(ch.channelId)
    payee.recordDelivered(ch.channelId, 3n * USD)
    await payee.acceptVoucher(await payer.signVoucher(ch.channelId, 3n * USD))
    assert.deepEqual(await payee.withdrawDue(), [], 'below the threshold and young: nothing redeemed')
    nowMs += 61_000
    const [first] = await payee.withdrawDue()
    assert.equal(first?.amount, 3n * USD)
    assert.deepEqual(await payee.withdrawDue(), [], 'nothing left to redeem')
    assert.equal(await payee.withdraw(ch.channelId), undefined, 'no double withdraw')

    payee.recordDelivered(ch.channelId, 4n * USD)
    await payee.acceptVoucher(await payer.signVoucher(ch.channelId, 7n * USD))
    payee.recordDelivered(ch.channelId, 1n * USD)
    const e = summarizeEarnings(payee.list())
    assert.deepEqual(
      { delivered: e.delivered, vouchered: e.vouchered, withdrawn: e.withdrawn, pending: e.pending, unvouchered: e.unvouchered },
      { delivered: 8n * USD, vouchered: 7n * USD, withdrawn: 3n * USD, pending: 4n * USD, unvouchered: 1n * USD },
    )
    assert.equal(formatEarnings(e, 6, 'tUSD').pending, '4.00 tUSD')

    // Cooperative close needs the payout key itself.
    await assert.rejects(payee.close(ch.channelId), (err) => hasCode(err, 'E_CONFIG'))
    const owner = env.payee(6, env.db('payee-redeem.db'))
    const closed = await owner.close(ch.channelId)
    assert.equal(closed.amount, 4n * USD)
    assert.equal(await tokenBalance(env.devnet.publicClient, env.devnet.deployment.token, payout), start + 7n * USD)
    assert.equal((await payer.refresh(ch.channelId)).state, 'closed')
    await assert.rejects(owner.acceptVoucher(await payer.signVoucher(ch.channelId, 8n * USD).catch(() => payer.lastVoucher(ch.channelId)!)), (err) =>
      hasCode(err, 'E_BAD_VOUCHER'),
    )
    assert.equal(owner.withdrawals().length, 2)
  })
})
