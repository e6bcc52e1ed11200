import type { Address, Hash } from 'viem'
import { rigpoolChannelsAbi } from '../../contracts/index.ts'
import { RigpoolError } from '../../protocol/index.ts'
import { formatTokenAmount, tokenBalance } from '../../settlement/index.ts'
import type { DemoStage } from '../context.ts'

const tusd = (amount: bigint): string => `${formatTokenAmount(amount, 6)} tUSD`

/** Everyone redeems what they hold; the chain shows the balances and how few transactions it took. */
export const settlementStage: DemoStage = {
  title: 'Settle on chain: providers and the coordinator redeem their vouchers',
  async run(ctx) {
    const { coordinator, client, devnet } = ctx
    if (coordinator?.payments === undefined || client?.wallet === undefined || devnet === undefined) throw new RigpoolError('E_CONFIG', 'market stage did not run')
    const payments = coordinator.payments
    await payments.payouts.settled()
    // Vouchers the coordinator signed reach each provider over its session; wait until they hold them.
    const deadline = Date.now() + 15_000
    for (const p of ctx.providers) {
      const channel = payments.settlement.payer.findOpen(p.agent.payments!.payout)
      if (channel === undefined) continue
      while (Date.now() < deadline && (p.agent.payments!.settlement.payee.find(channel.channelId)?.bestAmount ?? 0n) < channel.signedAmount) {
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    const redeemed: Array<{ who: string; amount: bigint; tx: Hash }> = []
    for (const p of ctx.providers) {
      for (const ch of p.agent.payments!.settlement.payee.list()) {
        const r = await p.agent.payments!.settlement.payee.withdraw(ch.channelId, { timeoutMs: 60_000 })
        if (r !== undefined) redeemed.push({ who: p.name, amount: r.amount, tx: r.txHash })
      }
    }
    for (const ch of payments.settlement.payee.list()) {
      const r = await payments.settlement.payee.withdraw(ch.channelId, { timeoutMs: 60_000 })
      if (r !== undefined) redeemed.push({ who: 'coordinator', amount: r.amount, tx: r.txHash })
    }
    const clientChannel = client.wallet.settlement.payer.list().at(-1)
    ctx.print(`client paid ${tusd(clientChannel?.signedAmount ?? 0n)} by voucher for ${ctx.itemsRun.toLocaleString('en-US')} items (channel ${clientChannel?.channelId ?? '-'})`)
    for (const r of redeemed) ctx.print(`${r.who.padEnd(11)} redeemed ${tusd(r.amount).padStart(14)}  tx ${r.tx}`)

    const parties: Array<[string, Address]> = [
      ['client', client.wallet.settlement.address],
      ['coordinator', payments.settlement.address],
      ...ctx.providers.map((p): [string, Address] => [p.name, p.agent.payments!.payout]),
    ]
    ctx.print('on-chain balances (tUSD, token contract):')
    let txs = 0
    for (const [name, address] of parties) {
      const balance = await tokenBalance(devnet.publicClient, devnet.deployment.token, address)
      const sent = await devnet.publicClient.getTransactionCount({ address })
      txs += sent
      ctx.print(`  ${name.padEnd(11)} ${address}  ${tusd(balance).padStart(22)}  (${sent} transactions sent)`)
    }
    const events = await devnet.publicClient.getContractEvents({ address: devnet.deployment.channels, abi: rigpoolChannelsAbi, fromBlock: 0n })
    const byKind = new Map<string, Set<Hash>>()
    for (const e of events) {
      const set = byKind.get(e.eventName) ?? new Set<Hash>()
      if (e.transactionHash !== null) set.add(e.transactionHash)
      byKind.set(e.eventName, set)
    }
    const paymentTxs = ['ChannelOpened', 'ChannelToppedUp', 'Withdrawn', 'ChannelClosed'].reduce((n, k) => n + (byKind.get(k)?.size ?? 0), 0)
    ctx.print(`settlement transactions on the channel contract: ${[...byKind].map(([k, v]) => `${k} ${v.size}`).join(', ')}`)
    ctx.print(`items settled per on-chain transaction: ${(ctx.itemsRun / Math.max(1, paymentTxs)).toFixed(0)} (channel opens, top-ups and redemptions); ${(ctx.itemsRun / Math.max(1, txs)).toFixed(0)} counting every transaction the parties sent (token approvals and stakes too)`)
  },
}
