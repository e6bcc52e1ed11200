import { mkdirSync } from 'node:fs'
import { Command } from 'commander'
import { getAddress, isAddress, type Address, type Hex } from 'viem'
import { RigpoolError } from '../../protocol/index.ts'
import {
  chainTime,
  connectSettlement,
  formatTokenAmount,
  openSettlementDb,
  readChannel,
  type Deployment,
  type Settlement,
} from '../../settlement/index.ts'
import { loadKey, parsePositiveAmount, resolveSettlement, settlementOptions, type SettlementFlags } from '../settlement-context.ts'

const DEFAULT_DATA_DIR = '.rigpool/client'

type Flags = Partial<SettlementFlags> & { json?: boolean; challengePeriod?: string }

function channelIdOf(text: string): Hex {
  if (!/^0x[0-9a-fA-F]{64}$/.test(text)) throw new RigpoolError('E_BAD_VOUCHER', `not a channel id (0x + 64 hex digits): ${JSON.stringify(text)}`)
  return text.toLowerCase() as Hex
}

function addressOf(text: string): Address {
  if (!isAddress(text, { strict: false })) throw new RigpoolError('E_CONFIG', `not an address: ${JSON.stringify(text)}`)
  return getAddress(text)
}

/**
 * Validates everything it can before touching the chain (bad input changes nothing), then runs
 * `fn` with a settlement for the key (budget: exactly what this command deposits).
 */
async function withSettlement<T>(
  flags: Flags,
  check: (d: Deployment) => T,
  fn: (s: Settlement, checked: T, fmt: (v: bigint) => string) => Promise<void>,
  budget: (checked: T) => bigint = () => 0n,
): Promise<void> {
  const r = resolveSettlement(flags, DEFAULT_DATA_DIR)
  const checked = check(r.deployment)
  const key = loadKey(r.keyFile)
  mkdirSync(r.dataDir, { recursive: true, mode: 0o700 })
  const db = openSettlementDb(r.dbPath)
  const config = { rpcUrl: r.rpcUrl, deployment: r.deployment, privateKey: key, db }
  // The command itself is the spending decision: the budget is what is committed plus this deposit.
  const committed = connectSettlement(config).payer.committed()
  const s = connectSettlement({ ...config, budget: committed + budget(checked) })
  const fmt = (v: bigint): string => formatTokenAmount(v, r.deployment.tokenDecimals, { symbol: r.deployment.tokenSymbol })
  try {
    await fn(s, checked, fmt)
  } finally {
    await s.close()
    db.close()
  }
}

/** A clear refusal when the wallet cannot cover a deposit (nothing is sent). */
async function requireBalance(s: Settlement, amount: bigint, fmt: (v: bigint) => string): Promise<void> {
  const { token } = await s.balances(s.address)
  if (token < amount) throw new RigpoolError('E_BAD_AMOUNT', `${s.address} holds ${fmt(token)}, less than ${fmt(amount)}`)
}

async function list(s: Settlement, json: boolean, fmt: (v: bigint) => string): Promise<void> {
  const d = s.deployment
  const human = (v: bigint): string => formatTokenAmount(v, d.tokenDecimals)
  for (const c of s.payer.list()) if (c.state !== 'closed') await s.payer.refresh(c.channelId)
  for (const c of s.payee.list()) if (c.state === 'open' || c.state === 'closing') s.payee.applyOnchain(await readChannel(s.publicClient, d, c.channelId))
  const { token, eth } = await s.balances(s.address)
  const paying = s.payer.list().map((c) => ({
    role: 'payer' as const,
    channelId: c.channelId,
    payee: c.payee,
    state: c.state,
    deposit: human(c.deposit),
    signed: human(c.signedAmount),
    depositBaseUnits: c.deposit.toString(),
    signedBaseUnits: c.signedAmount.toString(),
    closesAt: c.closesAt?.toString(),
  }))
  const receiving = s.payee.list().map((c) => ({
    role: 'payee' as const,
    channelId: c.channelId,
    payer: c.payer,
    state: c.state,
    deposit: human(c.deposit),
    vouchered: human(c.bestAmount),
    withdrawn: human(c.withdrawn),
    depositBaseUnits: c.deposit.toString(),
    voucheredBaseUnits: c.bestAmount.toString(),
    withdrawnBaseUnits: c.withdrawn.toString(),
    closesAt: c.closesAt?.toString(),
  }))
  if (json) {
    const out = { address: s.address, token: d.token, symbol: d.tokenSymbol, balance: human(token), balanceBaseUnits: token.toString(), channels: [...paying, ...receiving] }
    console.log(JSON.stringify(out, null, 2))
    return
  }
  console.log(`${s.address}: ${fmt(token)}, ${formatTokenAmount(eth / 10n ** 14n, 4)} ETH`)
  if (paying.length + receiving.length === 0) console.log('no channels')
  for (const c of paying) console.log(`pay   ${c.channelId} -> ${c.payee}  ${c.state}  deposit ${c.deposit}  signed ${c.signed}`)
  for (const c of receiving) console.log(`earn  ${c.channelId} <- ${c.payer}  ${c.state}  deposit ${c.deposit}  vouchered ${c.vouchered}  withdrawn ${c.withdrawn}`)
}

/** Payer: start a unilateral close, or finalize one whose challenge period is over. Payee: close cooperatively. */
async function close(s: Settlement, channelId: Hex, fmt: (v: bigint) => string): Promise<void> {
  const onchain = await readChannel(s.publicClient, s.deployment, channelId)
  if (onchain.isClosed) throw new RigpoolError('E_BAD_VOUCHER', `channel ${channelId} is already closed`)
  if (getAddress(onchain.payer) === s.address) {
    if (onchain.closesAt === 0n) {
      const r = await s.payer.startClose(channelId)
      console.log(`close started (tx ${r.txHash}); the payee may redeem until ${new Date(Number(r.closesAt) * 1000).toISOString()}; run close again after that to get the rest back`)
      return
    }
    const now = await chainTime(s.publicClient)
    if (now < onchain.closesAt) {
      throw new RigpoolError('E_BAD_VOUCHER', `challenge period runs until ${new Date(Number(onchain.closesAt) * 1000).toISOString()}; finalize after that`)
    }
    const r = await s.payer.finalizeClose(channelId)
    console.log(`closed (tx ${r.txHash}); ${fmt(onchain.deposit - onchain.withdrawn)} at most refunded`)
    return
  }
  if (getAddress(onchain.payee) === s.payee.payee) {
    if (s.payee.find(channelId) === undefined) await s.payee.track(channelId)
    const r = await s.payee.close(channelId)
    console.log(`closed (tx ${r.txHash}); redeemed ${fmt(r.amount)}, the rest refunded to the payer`)
    return
  }
  throw new RigpoolError('E_BAD_VOUCHER', `channel ${channelId} neither pays from nor to ${s.address}`)
}

/** `rigpool channel list | open | topup | close | withdraw`. */
export function register(program: Command): void {
  const channel = program.command('channel').description('payment channels on chain: amounts in token units, e.g. 12.5')
  settlementOptions(channel.command('list').description("this key's channels (paying and earning) and balance"), DEFAULT_DATA_DIR)
    .option('--json', 'machine-readable output')
    .action((flags: Flags) => withSettlement(flags, () => undefined, (s, _c, fmt) => list(s, flags.json === true, fmt)))
  settlementOptions(channel.command('open').description('deposit <amount> into a new channel to <payee>'), DEFAULT_DATA_DIR)
    .argument('<payee>', 'payee address')
    .argument('<amount>', 'deposit in token units')
    .option('--challenge-period <seconds>', 'how long the payee may still redeem after you start a close (default 86400, at least 3600)')
    .action((payeeText: string, amountText: string, flags: Flags) =>
      withSettlement(
        flags,
        (d) => {
          const cp = flags.challengePeriod
          if (cp !== undefined && !/^\d+$/.test(cp)) throw new RigpoolError('E_BAD_AMOUNT', `--challenge-period must be whole seconds, got ${cp}`)
          return { payee: addressOf(payeeText), amount: parsePositiveAmount(amountText, d), challengePeriodS: cp === undefined ? undefined : BigInt(cp) }
        },
        async (s, c, fmt) => {
          await requireBalance(s, c.amount, fmt)
          const ch = await s.payer.open(c.payee, c.amount, { challengePeriodS: c.challengePeriodS })
          console.log(`opened ${ch.channelId} -> ${ch.payee} with ${fmt(ch.deposit)} (tx ${ch.txHash})`)
        },
        (c) => c.amount,
      ),
    )
  settlementOptions(channel.command('topup').description('add <amount> to the deposit of a channel you pay from'), DEFAULT_DATA_DIR)
    .argument('<channelId>', 'channel id (0x...)')
    .argument('<amount>', 'amount in token units')
    .action((idText: string, amountText: string, flags: Flags) =>
      withSettlement(
        flags,
        (d) => ({ channelId: channelIdOf(idText), amount: parsePositiveAmount(amountText, d) }),
        async (s, c, fmt) => {
          s.payer.get(c.channelId)
          await requireBalance(s, c.amount, fmt)
          const ch = await s.payer.topUp(c.channelId, c.amount)
          console.log(`topped up ${ch.channelId}: deposit now ${fmt(ch.deposit)} (tx ${ch.txHash})`)
        },
        (c) => c.amount,
      ),
    )
  settlementOptions(channel.command('close').description('payer: start (then finalize) a close; payee: close with the best voucher'), DEFAULT_DATA_DIR)
    .argument('<channelId>', 'channel id (0x...)')
    .action((idText: string, flags: Flags) => withSettlement(flags, () => channelIdOf(idText), (s, id, fmt) => close(s, id, fmt)))
  settlementOptions(channel.command('withdraw').description('payee: redeem the unredeemed part of the best voucher; the channel stays open'), DEFAULT_DATA_DIR)
    .argument('<channelId>', 'channel id (0x...)')
    .action((idText: string, flags: Flags) =>
      withSettlement(
        flags,
        () => channelIdOf(idText),
        async (s, id, fmt) => {
          const ch = s.payee.find(id) ?? (await s.payee.track(id))
          const r = await s.payee.withdraw(id)
          if (r === undefined) console.log(`nothing to withdraw on ${id} (vouchered ${fmt(ch.bestAmount)}, withdrawn ${fmt(ch.withdrawn)})`)
          else console.log(`withdrew ${fmt(r.amount)} from ${id} to ${s.payee.payee} (tx ${r.txHash})`)
        },
      ),
    )
}
