// Settlement figures: gas per contract call, voucher sign/verify rate on one core, and items
// settled per on-chain transaction for a 100,000-item job through the real flow.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { keccak256, toHex, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { testStablecoinAbi } from '../contracts/index.ts'
import {
  channelsCall,
  createRigpoolWalletClient,
  openSettlementDb,
  PayeeChannels,
  PayerChannels,
  recoverVoucherSigner,
  signVoucher,
  startDevnet,
  TxSender,
  type Devnet,
} from '../settlement/index.ts'
import { execFile } from 'node:child_process'
import { startCoordinator } from '../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../provider-agent/index.ts'
import type { BenchReport } from './report.ts'

const USD = 1_000_000n

export async function run(_opts: { signal?: AbortSignal }): Promise<BenchReport> {
  const devnet = await startDevnet({ accounts: 13, signal: _opts.signal })
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-bench-settlement-'))
  try {
    const gas = await measureGas(devnet)
    const rates = await measureVoucherRates(devnet)
    const flow = await realJob(devnet, dir)
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
 * A 100,000-item job through the real flow: a coordinator and three staked providers over
 * libp2p running a small MLP on onnxruntime, a client paying by voucher per credit step, the
 * coordinator paying each provider per accepted task less its fee; at the end every payee
 * redeems once. Every transaction mined from the first stake to the last redemption counts.
 */
async function realJob(devnet: Devnet, dir: string) {
  const items = Number(process.env.BENCH_ITEMS ?? 100_000)
  const feeBps = 1_000
  const creditStep = 20_000n
  const chain = { rpcUrl: devnet.rpcUrl, deployment: devnet.deployment }
  const keyed = (name: string, account: number): string => {
    const d = join(dir, name)
    mkdirSync(d, { recursive: true, mode: 0o700 })
    writeFileSync(join(d, 'eth.key'), devnet.accounts[account]!.privateKey + '\n', { mode: 0o600 })
    return d
  }
  const startBlock = await devnet.publicClient.getBlockNumber()
  // Three providers share this process (and 2 cores) with the coordinator: a relaxed heartbeat.
  const coordinator = await startCoordinator({ dataDir: keyed('coordinator', 8), heartbeatIntervalMs: 10_000, chain: { ...chain, feeBps, creditStep, providerDeposit: 50n * USD } })
  const providers: ProviderAgent[] = []
  try {
    for (const i of [9, 10, 11]) {
      const agent = await startProvider({ dataDir: keyed(`provider-${i}`, i), coordinator: coordinator.multiaddrs[0]!, pricePerGpuHour: 100_000n, intraOpNumThreads: 1, benchmarkMs: 200, idle: false, chain: { ...chain, stake: 10n * USD } })
      await agent.payments!.stakeSettled()
      providers.push(agent)
    }
    const configFile = join(dir, 'client.json')
    writeFileSync(
      configFile,
      JSON.stringify({ coordinator: coordinator.multiaddrs[0]!, dataDir: keyed('client', 12), rpcUrl: devnet.rpcUrl, deployment: devnet.deployment, items, deposit: String(10n * USD), budget: String(100n * USD), priceCap: String(10n ** 10n), spendCap: String(50n * USD) }),
    )
    const out = await runNode(['--import', './scripts/register.mjs', 'bench/helpers/paying-client.ts', configFile])
    const seen = JSON.parse(out.trim().split('\n').at(-1)!) as { jobId: string; received: number; state: string; seconds: number; channelId: `0x${string}`; signed: string }
    if (seen.received !== items || seen.state !== 'completed') throw new Error(`bench: the job ended ${seen.state} with ${seen.received} results`)
    await coordinator.payments!.payouts.settled()
    const redemptions = []
    for (const p of providers) {
      const payee = p.payments!.settlement.payee
      for (let waited = 0; waited < 100 && payee.list().length === 0; waited++) await new Promise((r) => setTimeout(r, 100))
      for (const ch of payee.list()) {
        const owed = coordinator.payments!.settlement.payer.get(ch.channelId).signedAmount
        for (let waited = 0; waited < 100 && payee.get(ch.channelId).bestAmount < owed; waited++) await new Promise((r) => setTimeout(r, 100))
        const r = await payee.withdraw(ch.channelId)
        if (r !== undefined) redemptions.push(r)
      }
    }
    const fromClient = await coordinator.payments!.settlement.payee.withdraw(seen.channelId)
    if (fromClient !== undefined) redemptions.push(fromClient)
    const endBlock = await devnet.publicClient.getBlockNumber()
    let onchainTxs = 0
    for (let b = startBlock + 1n; b <= endBlock; b++) onchainTxs += (await devnet.publicClient.getBlock({ blockNumber: b })).transactions.length
    const tasks = coordinator.store.db.prepare("SELECT COUNT(*) AS n FROM tasks WHERE job_id = ? AND state = 'accepted'").get(seen.jobId) as { n: number }
    const clientPaid = BigInt(seen.signed)
    return {
      itemsPerTx: Math.round(items / onchainTxs),
      summary: {
        items,
        seconds: Number(seen.seconds.toFixed(1)),
        items_per_s: Math.round(items / seen.seconds),
        tasks: tasks.n,
        onchain_txs: onchainTxs,
        redemptions: redemptions.length,
        client_paid: clientPaid.toString(),
        providers_paid: redemptions.slice(0, -1).map((r) => r.amount.toString()),
        coordinator_redeemed: fromClient?.amount.toString() ?? '0',
      },
      settings: {
        flow: 'real: coordinator + 3 providers over libp2p (onnxruntime, MLP 16-32-4), client paying by voucher',
        feeBps,
        creditStep: creditStep.toString(),
        onchain_txs_counted: 'every transaction mined from the first stake to the last redemption: stakes and approvals, channel opens and top-ups, one redemption per channel',
      },
    }
  } finally {
    for (const p of providers) await p.stop()
    await coordinator.stop()
  }
}

/** Runs node with `args` in a child process (the event loop stays free), resolving with its stdout. */
function runNode(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024, timeout: 540_000 }, (err, stdout, stderr) => {
      if (err !== null) reject(new Error(`${err.message}\n${stderr}`))
      else resolve(stdout)
    })
  })
}
