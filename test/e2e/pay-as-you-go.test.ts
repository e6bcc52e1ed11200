// Pay-as-you-go end to end: a real anvil devnet, a real coordinator and providers over
// libp2p, real onnxruntime. The client pays the coordinator per credit step; the coordinator
// pays each provider per accepted task less its fee; everything is withdrawable on chain.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { RigpoolError } from '../../protocol/index.ts'
import { amountDue, splitFee, startDevnet, tokenBalance, type Devnet } from '../../settlement/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/mlp-model.ts'
import { floatItems, tempDirs } from './helpers.ts'

const FEE_BPS = 700
const CREDIT_STEP = 5_000n

/** Puts a dev account's key where a node looks for its key (its data dir's eth.key). */
function withKey(dir: string, key: string): string {
  writeFileSync(join(dir, 'eth.key'), key + '\n', { mode: 0o600 })
  return dir
}

describe('pay-as-you-go: client → coordinator → providers, settled on anvil', () => {
  const dirs = tempDirs()
  let devnet: Devnet
  let coordinator: Coordinator
  let providers: ProviderAgent[]
  let client: MarketClient
  const model = mlpModel({ inputSize: 32, hiddenSizes: [64], outputSize: 8, seed: 11 })
  const chain = (): { rpcUrl: string; deployment: Devnet['deployment'] } => ({ rpcUrl: devnet.rpcUrl, deployment: devnet.deployment })

  before(async () => {
    devnet = await startDevnet({ accounts: 6 })
    coordinator = await startCoordinator({
      dataDir: withKey(dirs.make(), devnet.accounts[1]!.privateKey),
      heartbeatIntervalMs: 500,
      chain: { ...chain(), feeBps: FEE_BPS, creditStep: CREDIT_STEP, providerDeposit: 5_000_000n, paymentWaitMs: 30_000 },
    })
    const addr = coordinator.multiaddrs[0]!
    providers = await Promise.all(
      [2, 3].map((i, n) =>
        startProvider({
          dataDir: withKey(dirs.make(), devnet.accounts[i]!.privateKey),
          coordinator: addr,
          pricePerGpuHour: 36_000_000n * BigInt(n + 1),
          intraOpNumThreads: 1,
          benchmarkMs: 200,
          idle: false,
          chain: { ...chain(), stake: 1_000_000n },
        }),
      ),
    )
    client = await MarketClient.connect({ coordinator: addr, dataDir: dirs.make(), payments: { ...chain(), privateKey: devnet.accounts[4]!.privateKey, deposit: 2_000_000n, budget: 1_000_000_000n } })
  })

  after(async () => {
    await client?.close()
    for (const p of providers ?? []) await p.stop()
    await coordinator?.stop()
    await devnet?.stop()
    dirs.cleanup()
  })

  test('the client pays items × price rounded up once, per credit step; providers get theirs less the fee; all of it withdraws', async (t) => {
    const payer = client.wallet!.settlement.payer
    let vouchersSigned = 0
    const sign = payer.signVoucher.bind(payer)
    payer.signVoucher = (id, amount) => {
      vouchersSigned++
      return sign(id, amount)
    }
    const items = floatItems(3_000, 32, 5).map((x) => ({ [model.inputName]: x }))
    const handle = await client.submit({ model: model.bytes, items, priceCapPerMillionItems: 10n ** 11n, spendCap: 100_000_000n })
    let n = 0
    for await (const r of handle.results()) {
      assert.equal(r.index, n++)
    }
    assert.equal(n, items.length)
    assert.equal(handle.finalState, 'completed')

    // What the coordinator accepted, task by task, at each task's price.
    const tasks = coordinator.store.db
      .prepare("SELECT provider, count, price_per_million AS price FROM tasks WHERE job_id = ? AND state = 'accepted'")
      .all(handle.id) as Array<{ provider: string; count: number; price: string }>
    assert.equal(tasks.reduce((s, t) => s + t.count, 0), items.length)
    const exactTotal = tasks.reduce((s, t) => s + BigInt(t.count) * BigInt(t.price), 0n)
    const expectedClient = amountDue(exactTotal)
    assert.ok(expectedClient > CREDIT_STEP * 3n, `the job should span several credit steps (costs ${expectedClient})`)

    // Client side: one voucher per credit step (not per item), the last for exactly the total.
    const channelId = payer.findOpen(coordinator.payments!.settlement.address)!.channelId
    assert.equal(payer.get(channelId).signedAmount, expectedClient)
    assert.ok(vouchersSigned >= 3 && vouchersSigned <= Number(expectedClient / CREDIT_STEP) + 2, `${vouchersSigned} vouchers for ${expectedClient}`)
    const status = await handle.status()
    assert.equal(status.spent, expectedClient)
    const payee = coordinator.payments!.settlement.payee
    assert.equal(payee.get(channelId).bestAmount, expectedClient)

    // Providers: vouchers for their accepted items × their price, less the fee.
    await coordinator.payments!.payouts.settled()
    let providersPaid = 0
    for (const p of providers) {
      const exact = tasks.filter((t) => t.provider === p.peerId).reduce((s, t) => s + BigInt(t.count) * BigInt(t.price), 0n)
      if (exact === 0n) continue
      providersPaid++
      const expected = amountDue(splitFee(exact, BigInt(FEE_BPS)).net)
      const deadline = Date.now() + 10_000
      let held = 0n
      while (Date.now() < deadline) {
        held = p.payments!.settlement.payee.list().reduce((s, c) => s + c.bestAmount, 0n)
        if (held === expected) break
        await new Promise((r) => setTimeout(r, 100))
      }
      assert.equal(held, expected, `provider ${p.peerId} holds vouchers for ${held}, owed ${expected}`)
      const earnings = p.payments!.settlement.earnings()
      assert.equal(earnings.vouchered, expected)
      assert.ok(earnings.delivered >= expected - 1n && earnings.delivered <= expected + 1n, `delivered ${earnings.delivered} vs ${expected}`)

      // All of it withdraws on chain, to the provider's payout address.
      const ch = p.payments!.settlement.payee.list()[0]!
      const before = await tokenBalance(devnet.publicClient, devnet.deployment.token, p.payments!.payout)
      const w = await p.payments!.settlement.payee.withdraw(ch.channelId)
      assert.equal(w?.amount, expected)
      const afterBal = await tokenBalance(devnet.publicClient, devnet.deployment.token, p.payments!.payout)
      assert.equal(afterBal - before, expected)
    }

    assert.ok(providersPaid >= 1)
    t.diagnostic(`client paid ${expectedClient} in ${vouchersSigned} vouchers over ${tasks.length} tasks; ${providersPaid} providers paid`)

    // The coordinator redeems the client's vouchers.
    const coordAddr = coordinator.payments!.settlement.address
    const before = await tokenBalance(devnet.publicClient, devnet.deployment.token, coordAddr)
    const w = await payee.withdraw(channelId as `0x${string}`)
    assert.equal(w?.amount, expectedClient)
    assert.equal((await tokenBalance(devnet.publicClient, devnet.deployment.token, coordAddr)) - before, expectedClient)
  })

  test('refused: a job with no channel, a voucher not signed by the channel payer, another client using this channel', async () => {
    const addr = coordinator.multiaddrs[0]!
    const items = floatItems(4, 32, 9).map((x) => ({ [model.inputName]: x }))
    const unpaid = await MarketClient.connect({ coordinator: addr, dataDir: dirs.make() })
    try {
      await assert.rejects(
        unpaid.submit({ model: model.bytes, items, priceCapPerMillionItems: 10n ** 11n }),
        (e: unknown) => e instanceof RigpoolError && e.code === 'E_PAYMENT_REQUIRED',
      )
    } finally {
      await unpaid.close()
    }
    const channelId = client.wallet!.settlement.payer.findOpen(coordinator.payments!.settlement.address)!.channelId
    const paidBefore = coordinator.payments!.settlement.payee.get(channelId).bestAmount
    // A stranger's client, with its own key, signs a voucher on our client's channel.
    const stranger = await MarketClient.connect({ coordinator: addr, dataDir: dirs.make(), payments: { ...chain(), privateKey: devnet.accounts[5]!.privateKey } })
    try {
      const { signVoucher } = await import('../../settlement/index.ts')
      const { privateKeyToAccount } = await import('viem/accounts')
      const forged = await signVoucher(privateKeyToAccount(devnet.accounts[5]!.privateKey), { chainId: devnet.chainId, verifyingContract: devnet.deployment.channels }, channelId, paidBefore + 1_000n)
      await assert.rejects(
        stranger.link.request({ kind: 'voucher', voucher: { ...forged, chainId: forged.chainId!, contract: forged.contract! } }),
        (e: unknown) => e instanceof RigpoolError && e.code === 'E_CHANNEL_NOT_YOURS',
      )
      // Our own client's link, a forged signature: refused, and nothing changed.
      await assert.rejects(
        client.link.request({ kind: 'voucher', voucher: { ...forged, chainId: forged.chainId!, contract: forged.contract! } }),
        (e: unknown) => e instanceof RigpoolError && e.code === 'E_BAD_SIGNATURE',
      )
      assert.equal(coordinator.payments!.settlement.payee.get(channelId).bestAmount, paidBefore)
    } finally {
      await stranger.close()
    }
  })
})
