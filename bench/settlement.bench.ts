// Settlement figures: gas per contract call, voucher sign/verify rate on one core, and items
// settled per on-chain transaction for a 100,000-item job through the payer/payee managers.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { keccak256, toHex, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { testStablecoinAbi } from '../contracts/index.ts'
import {
  amountDue,
  channelsCall,
  createRigpoolWalletClient,
  exactCost,
  nextVoucherAmount,
  openSettlementDb,
  PayeeChannels,
  PayerChannels,
  recoverVoucherSigner,
  signVoucher,
  splitFee,
  startDevnet,
  TxSender,
  type Devnet,
} from '../settlement/index.ts'
import type { BenchReport } from './report.ts'

const USD = 1_000_000n

export async function run(_opts: { signal?: AbortSignal }): Promise<BenchReport> {
  const devnet = await startDevnet({ accounts: 8, signal: _opts.signal })
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-bench-settlement-'))
  try {
    const gas = await measureGas(devnet)
    const rates = await measureVoucherRates(devnet)
    const flow = await simulateJob(devnet, dir)
    return {
      figures: {
        gas,
        vouchers_signed_per_s: rates.signedPerS,
        vouchers_verified_per_s: rates.verifiedPerS,
        payer_manager_vouchers_per_s: rates.managerSignedPerS,
        payee_manager_vouchers_accepted_per_s: rates.managerAcceptedPerS,
        items_per_onchain_tx: flow.itemsPerTx,
        job: flow.summary,
      },
      settings: {
        chain: 'anvil 1.7.1 (automine), evmVersion cancun, solc 0.8.37 optimizer 1000 runs',
        gas_open: "a payer's first channel (its nonce slot written from zero)",
        voucher_rates: 'one core, viem local account (secp256k1 in JS); manager rates include the SQLite write (WAL, synchronous=FULL)',
        job: flow.settings,
      },
    }
  } finally {
    await devnet.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function measureGas(devnet: Devnet): Promise<Record<string, number>> {
  const d = devnet.deployment
  const party = (i: number) =>
    new TxSender(devnet.publicClient, createRigpoolWalletClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }, devnet.accounts[i]!.privateKey))
  const payer = party(1)
  const payee = party(2)
  const provider = party(3)
  const arbiter = party(4)
  const payerAccount = privateKeyToAccount(devnet.accounts[1]!.privateKey)
  const domain = { chainId: devnet.chainId, verifyingContract: d.channels }
  const approve = (s: TxSender) => s.send({ address: d.token, abi: testStablecoinAbi, functionName: 'approve', args: [d.channels, 10n ** 30n] })
  await approve(payer)
  await approve(provider)
  const gasOf = async (s: TxSender, fn: string, args: readonly unknown[]) => {
    const sent = await s.send(channelsCall(d, fn, args))
    return { gas: Number(sent.receipt.gasUsed), result: sent.result }
  }
  const open = await gasOf(payer, 'open', [payee.address, d.token, 100n * USD, 3600n])
  const id = open.result as Hex
  const topUp = await gasOf(payer, 'topUp', [id, 50n * USD])
  const v1 = await signVoucher(payerAccount, domain, id, 10n * USD)
  const withdraw = await gasOf(payee, 'withdraw', [id, v1.cumulativeAmount, v1.signature])
  const v2 = await signVoucher(payerAccount, domain, id, 20n * USD)
  const close = await gasOf(payee, 'close', [id, v2.cumulativeAmount, v2.signature])
  const second = (await gasOf(payer, 'open', [payee.address, d.token, 100n * USD, 3600n])).result as Hex
  const startClose = await gasOf(payer, 'startClose', [second])
  await devnet.advanceTime(3600)
  const finalizeClose = await gasOf(payer, 'finalizeClose', [second])
  const stake = await gasOf(provider, 'stake', [d.token, arbiter.address, 100n * USD])
  const slash = await gasOf(arbiter, 'slash', [provider.address, 10n * USD, keccak256(toHex('evidence'))])
  return {
    open: open.gas,
    topUp: topUp.gas,
    withdraw: withdraw.gas,
    close: close.gas,
    startClose: startClose.gas,
    finalizeClose: finalizeClose.gas,
    stake: stake.gas,
    slash: slash.gas,
  }
}

async function measureVoucherRates(devnet: Devnet) {
  const account = privateKeyToAccount(devnet.accounts[1]!.privateKey)
  const domain = { chainId: devnet.chainId, verifyingContract: devnet.deployment.channels }
  const channelId = keccak256(toHex('bench channel'))
  const vouchers = []
  let t0 = performance.now()
  for (let i = 1; performance.now() - t0 < 2000 || i <= 200; i++) vouchers.push(await signVoucher(account, domain, channelId, BigInt(i)))
  const signedPerS = Math.round(vouchers.length / ((performance.now() - t0) / 1000))
  t0 = performance.now()
  let verified = 0
  for (const v of vouchers) {
    if ((await recoverVoucherSigner(domain, v)) !== account.address) throw new Error('bench: wrong signer')
    verified++
    if (performance.now() - t0 > 2000 && verified >= 200) break
  }
  const verifiedPerS = Math.round(verified / ((performance.now() - t0) / 1000))
  return { signedPerS, verifiedPerS, ...(await measureManagerRates(devnet)) }
}

async function measureManagerRates(devnet: Devnet) {
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-bench-rates-'))
  try {
    const payerDb = openSettlementDb(join(dir, 'payer.db'))
    const payeeDb = openSettlementDb(join(dir, 'payee.db'))
    const sender = new TxSender(devnet.publicClient, createRigpoolWalletClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }, devnet.accounts[5]!.privateKey))
    const payer = new PayerChannels({ db: payerDb, deployment: devnet.deployment, sender, signer: privateKeyToAccount(devnet.accounts[5]!.privateKey), budget: 1000n * USD })
    const payee = new PayeeChannels({ db: payeeDb, deployment: devnet.deployment, publicClient: devnet.publicClient, payee: devnet.accounts[6]!.address })
    const ch = await payer.open(payee.payee, 1000n * USD, { challengePeriodS: 3600n })
    await payee.track(ch.channelId)
    const vouchers = []
    let t0 = performance.now()
    for (let i = 1n; i <= 500n; i++) vouchers.push(await payer.signVoucher(ch.channelId, i))
    const managerSignedPerS = Math.round(vouchers.length / ((performance.now() - t0) / 1000))
    t0 = performance.now()
    for (const v of vouchers) await payee.acceptVoucher(v)
    const managerAcceptedPerS = Math.round(vouchers.length / ((performance.now() - t0) / 1000))
    payerDb.close()
    payeeDb.close()
    return { managerSignedPerS, managerAcceptedPerS }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A 100,000-item job: the client pays the coordinator per credit step, the coordinator pays three
 * providers per accepted task less its fee; at the end one withdraw per channel settles every voucher.
 */
async function simulateJob(devnet: Devnet, dir: string) {
  const items = 100_000n
  const taskItems = 500n
  const clientPricePerMillion = 2_000_000n // 2 tUSD per million items
  const feeBps = 1_000n
  const creditStep = 20_000n // 0.02 tUSD: the most either side risks
  const d = devnet.deployment
  const wallet = (i: number) => createRigpoolWalletClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }, devnet.accounts[i]!.privateKey)
  const senderOf = (i: number) => new TxSender(devnet.publicClient, wallet(i))
  const payerOf = (i: number, name: string) =>
    new PayerChannels({ db: openSettlementDb(join(dir, name)), deployment: d, sender: senderOf(i), signer: privateKeyToAccount(devnet.accounts[i]!.privateKey), budget: 100n * USD })
  const payeeOf = (i: number, name: string) =>
    new PayeeChannels({ db: openSettlementDb(join(dir, name)), deployment: d, publicClient: devnet.publicClient, payee: devnet.accounts[i]!.address, sender: senderOf(i) })

  const startBlock = await devnet.publicClient.getBlockNumber()
  const client = payerOf(1, 'client.db')
  const coordinatorIn = payeeOf(2, 'coordinator.db')
  const coordinatorOut = payerOf(2, 'coordinator-out.db')
  const providers = [3, 4, 5].map((i) => payeeOf(i, `provider-${i}.db`))

  const clientChannel = await client.open(coordinatorIn.payee, 1n * USD, { challengePeriodS: 86_400n })
  await coordinatorIn.track(clientChannel.channelId)
  const providerChannels: Hex[] = []
  for (const p of providers) {
    const ch = await coordinatorOut.open(p.payee, 1n * USD, { challengePeriodS: 86_400n })
    await p.track(ch.channelId)
    providerChannels.push(ch.channelId)
  }

  let clientExact = 0n
  const providerExact = [0n, 0n, 0n]
  let clientVouchers = 0
  let providerVouchers = 0
  const tasks = Number(items / taskItems)
  for (let t = 0; t < tasks; t++) {
    const k = t % providers.length
    const exact = exactCost(taskItems, clientPricePerMillion)
    providerExact[k]! += splitFee(exact, feeBps).net
    const pAmount = amountDue(providerExact[k]!)
    await providers[k]!.acceptVoucher(await coordinatorOut.signVoucher(providerChannels[k]!, pAmount))
    providerVouchers++
    clientExact += exact
    const next = nextVoucherAmount(clientExact, client.get(clientChannel.channelId).signedAmount, creditStep, t === tasks - 1)
    if (next !== undefined) {
      await coordinatorIn.acceptVoucher(await client.signVoucher(clientChannel.channelId, next))
      clientVouchers++
    }
  }
  const settlementTxs = [await coordinatorIn.withdraw(clientChannel.channelId)]
  for (const [k, p] of providers.entries()) settlementTxs.push(await p.withdraw(providerChannels[k]!))

  const endBlock = await devnet.publicClient.getBlockNumber()
  let onchainTxs = 0
  for (let b = startBlock + 1n; b <= endBlock; b++) onchainTxs += (await devnet.publicClient.getBlock({ blockNumber: b })).transactions.length
  const clientPaid = coordinatorIn.get(clientChannel.channelId).withdrawn
  if (clientPaid !== amountDue(items * clientPricePerMillion)) throw new Error('bench: client paid the wrong amount')
  return {
    itemsPerTx: Math.round(Number(items) / onchainTxs),
    summary: {
      items: Number(items),
      onchain_txs: onchainTxs,
      settlement_txs: settlementTxs.length,
      items_per_settlement_tx: Math.round(Number(items) / settlementTxs.length),
      client_vouchers: clientVouchers,
      provider_vouchers: providerVouchers,
      client_paid: clientPaid,
      providers_paid: providers.map((p, k) => p.get(providerChannels[k]!).withdrawn.toString()),
    },
    settings: { taskItems: Number(taskItems), clientPricePerMillion: clientPricePerMillion.toString(), feeBps: Number(feeBps), creditStep: creditStep.toString(), providers: providers.length, onchain_txs_counted: 'approve + open per channel, one withdraw per channel' },
  }
}
