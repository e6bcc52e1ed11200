// Paying providers: per cleared task, a cumulative voucher on a channel the coordinator
// funds from its working capital, less its fee (DESIGN.md §9).
import { getAddress, type Address } from 'viem'
import { SerialQueue, toRigpoolError, type CoordinatorToProvider } from '../../protocol/index.ts'
import { amountDue, exactCost, splitFee, toWireVoucher, type PayerChannel, type PayerChannels } from '../../settlement/index.ts'
import type { ClearedTask, PayoutHooks } from '../scheduling/payout-hooks.ts'
import type { LogFn } from '../observability/logger.ts'
import type { Store } from '../store/index.ts'

export interface ProviderLink {
  payout: Address
  send(msg: CoordinatorToProvider): Promise<void>
}

export interface ProviderPayoutsOptions {
  store: Store
  payer: PayerChannels
  feeBps: bigint
  /** A new channel's deposit, and each top-up's least amount. */
  deposit: bigint
  /** The provider's payout address and session, while it has one. */
  linkOf: (providerId: string) => ProviderLink | undefined
  /** The payout address a provider last advertised (offline providers). */
  payoutOf: (providerId: string) => Address | undefined
  log?: LogFn
  now?: () => number
}

/** What a provider is owed, net of the fee, in base units: rounded up once from the exact total. */
export function netDue(owedExact: bigint, feeBps: bigint): bigint {
  return amountDue(splitFee(owedExact, feeBps).net)
}

export class ProviderPayouts implements PayoutHooks {
  private readonly o: ProviderPayoutsOptions
  /** One payment at a time per provider: vouchers go out in increasing order. */
  private readonly queues = new Map<string, SerialQueue>()
  /** The last amount sent on each channel: an unchanged total is not sent again. */
  private readonly sent = new Map<string, bigint>()

  constructor(options: ProviderPayoutsOptions) {
    this.o = options
  }

  private now(): number {
    return this.o.now?.() ?? Date.now()
  }

  taskCleared(task: ClearedTask): void {
    if (this.o.store.providers.isBanned(task.providerId)) return
    const payout = this.o.linkOf(task.providerId)?.payout ?? this.o.payoutOf(task.providerId)
    if (payout === undefined) {
      this.o.log?.('no payout address for a provider; its task is not paid', { provider: task.providerId, taskId: task.taskId })
      return
    }
    // Owed first, durably: a crash before the voucher goes out loses nothing.
    this.o.store.payments.owe(task.providerId, getAddress(payout), exactCost(BigInt(task.count), task.pricePerMillion), task.taskId, this.now())
    this.schedule(task.providerId, task.taskId)
  }

  /** Nothing to do beyond the ban itself (recorded with the provider): a banned provider is never paid again. */
  providerBanned(providerId: string): void {
    this.o.log?.('provider banned: its unpaid earnings are withheld', { provider: providerId })
  }

  /** A provider (re)registered: send it the best voucher for everything owed (it may have missed some). */
  providerOnline(providerId: string): void {
    if (this.o.store.payments.payoutsOf(providerId).length > 0) this.schedule(providerId, '')
  }

  /** Waits for every payment queued so far (tests, shutdown). */
  async settled(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.idle()))
  }

  private schedule(providerId: string, taskId: string): void {
    let queue = this.queues.get(providerId)
    if (queue === undefined) {
      queue = new SerialQueue()
      this.queues.set(providerId, queue)
    }
    void queue.run(() => this.pay(providerId, taskId))
  }

  private async pay(providerId: string, taskId: string): Promise<void> {
    try {
      if (this.o.store.providers.isBanned(providerId)) return
      const link = this.o.linkOf(providerId)
      for (const row of this.o.store.payments.payoutsOf(providerId)) {
        const due = netDue(row.owedExact, this.o.feeBps)
        if (due === 0n) continue
        const channel = await this.channelFor(row.payout as Address, due)
        const voucher = await this.o.payer.signVoucher(channel.channelId, due)
        // A re-registration (empty taskId) re-sends the best voucher: the provider may have missed it.
        if (taskId !== '' && this.sent.get(channel.channelId) === due) continue
        if (link !== undefined && getAddress(link.payout) === getAddress(row.payout)) {
          await link.send({ kind: 'voucher', taskId: taskId || row.lastTask, voucher: toWireVoucher(voucher) })
          this.sent.set(channel.channelId, due)
        }
      }
    } catch (err) {
      // Kept owed: retried at the provider's next cleared task or registration.
      const e = toRigpoolError(err, 'E_CHAIN')
      this.o.log?.('provider payout failed (kept owed)', { provider: providerId, code: e.code, message: e.message })
    }
  }

  /** The open channel to `payout`, opened or topped up so that it covers `amount`. */
  private async channelFor(payout: Address, amount: bigint): Promise<PayerChannel> {
    const { payer, deposit } = this.o
    const open = payer.findOpen(payout)
    if (open === undefined) {
      const opened = await payer.open(payout, amount > deposit ? amount + deposit : deposit)
      this.o.log?.('opened a channel to a provider', { payout, channelId: opened.channelId, deposit: opened.deposit.toString(), tx: opened.txHash })
      return opened
    }
    if (open.deposit >= amount) return open
    const more = amount - open.deposit > deposit ? amount - open.deposit + deposit : deposit
    const topped = await payer.topUp(open.channelId, more)
    this.o.log?.('topped up a channel to a provider', { payout, channelId: open.channelId, deposit: topped.deposit.toString(), tx: topped.txHash })
    return topped
  }
}
