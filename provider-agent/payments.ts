// The provider's side of settlement: stake under its coordinator, take its vouchers (checked
// without an RPC each), count what it delivered, redeem by policy, and watch for closes.
import { join } from 'node:path'
import { getAddress, hexToBytes, type Address } from 'viem'
import { RigpoolError, SerialQueue, toRigpoolError, type ProviderToCoordinator, type WireVoucher } from '../protocol/index.ts'
import {
  amountDue,
  connectSettlement,
  exactCost,
  ITEMS_PER_PRICE_UNIT,
  loadOrCreateEthKey,
  splitFee,
  stakeUpTo,
  type Deployment,
  type Settlement,
  type WithdrawPolicy,
} from '../settlement/index.ts'

export interface ProviderChainConfig {
  rpcUrl: string
  deployment: Deployment
  /** Keep this much staked under the coordinator (base units); absent or 0: no stake is put up. */
  stake?: bigint
  /** Where the coordinator's channels pay (a cold wallet); default: the agent's own key. */
  payout?: Address
  /** When vouchers are redeemed on chain (default: 10 tokens or a day old). */
  withdrawPolicy?: WithdrawPolicy
  /** How often redemption is considered (default 60 s). */
  withdrawEveryMs?: number
  closeWatcherPollMs?: number
}

type Log = (msg: string, fields?: Record<string, unknown>) => void

export class ProviderPayments {
  readonly settlement: Settlement
  private coordinator: Address | undefined
  private feeBps = 0n
  private readonly prices = new Map<string, bigint>()
  /** What finished tasks earned, net of the fee, exact (millionths of a base unit). */
  private deliveredExact: bigint
  private readonly timer: NodeJS.Timeout
  private readonly staking = new SerialQueue()

  constructor(
    private readonly config: ProviderChainConfig,
    dataDir: string,
    private readonly log?: Log,
  ) {
    this.settlement = connectSettlement({
      rpcUrl: config.rpcUrl,
      deployment: config.deployment,
      privateKey: loadOrCreateEthKey(join(dataDir, 'eth.key')),
      db: join(dataDir, 'settlement.sqlite'),
      payout: config.payout,
      withdrawPolicy: config.withdrawPolicy ?? { minAmount: 10_000_000n, maxAgeMs: 24 * 3_600_000 },
      closeWatcherPollMs: config.closeWatcherPollMs,
    })
    this.deliveredExact = this.settlement.payee.list().reduce((sum, c) => sum + c.delivered, 0n) * ITEMS_PER_PRICE_UNIT
    this.settlement.watcher.start()
    this.timer = setInterval(() => void this.withdrawDue(), config.withdrawEveryMs ?? 60_000)
    this.timer.unref()
  }

  get payout(): Address {
    return this.settlement.payee.payee
  }

  /** Registered: the coordinator's key (the only payer we take vouchers from, our arbiter) and its fee. */
  registered(coordinatorEthAddress: string, feeBps: number): void {
    this.coordinator = getAddress(coordinatorEthAddress)
    this.feeBps = BigInt(feeBps)
    const stake = this.config.stake ?? 0n
    if (stake > 0n) {
      const arbiter = this.coordinator
      void this.staking.run(async () => {
        try {
          const tx = await stakeUpTo(this.settlement.sender, this.config.deployment, arbiter, stake, { timeoutMs: 60_000 })
          if (tx !== undefined) this.log?.('staked', { arbiter, amount: stake.toString(), tx: tx.hash })
        } catch (err) {
          this.log?.('staking failed', { message: toRigpoolError(err, 'E_CHAIN').message })
        }
      })
    }
  }

  /** Waits for a stake in progress (tests, the demo). */
  stakeSettled(): Promise<void> {
    return this.staking.idle()
  }

  taskReceived(taskId: string, pricePerMillion: bigint): void {
    this.prices.set(taskId, pricePerMillion)
  }

  /** A task finished: its earnings (less the fee) count as delivered on the coordinator's channel. */
  taskFinished(taskId: string, itemCount: number): void {
    const price = this.prices.get(taskId)
    this.prices.delete(taskId)
    if (price === undefined) return
    this.deliveredExact += splitFee(exactCost(BigInt(itemCount), price), this.feeBps).net
    this.syncDelivered()
  }

  taskDropped(taskId: string): void {
    this.prices.delete(taskId)
  }

  private readonly vouchers = new SerialQueue()

  /** A voucher from the coordinator: checked and stored before the reply says it was taken (one at a time). */
  voucher(v: WireVoucher): Promise<ProviderToCoordinator> {
    return this.vouchers.run(() => this.takeVoucher(v))
  }

  private async takeVoucher(v: WireVoucher): Promise<ProviderToCoordinator> {
    const channelId = hexToBytes(v.channelId)
    try {
      if (this.coordinator === undefined) throw new RigpoolError('E_BAD_VOUCHER', 'a voucher before registration')
      const payee = this.settlement.payee
      const known = payee.find(v.channelId) ?? (await payee.track(v.channelId, { timeoutMs: 30_000 }))
      if (getAddress(known.payer) !== this.coordinator) throw new RigpoolError('E_BAD_VOUCHER', `channel ${v.channelId} is not paid by our coordinator`)
      if (v.cumulativeAmount > known.bestAmount) await payee.acceptVoucher(v, { timeoutMs: 30_000 })
      this.syncDelivered()
      return { kind: 'voucherAck', channelId, acceptedAmount: payee.get(v.channelId).bestAmount }
    } catch (err) {
      const error = toRigpoolError(err, 'E_BAD_VOUCHER')
      this.log?.('voucher refused', { channelId: v.channelId, code: error.code, message: error.message })
      return { kind: 'voucherAck', channelId, acceptedAmount: 0n, error }
    }
  }

  /** Records what was delivered on the coordinator's open channel, in base units (rounded up once). */
  private syncDelivered(): void {
    const payee = this.settlement.payee
    const channels = payee.list().filter((c) => c.state === 'open' && this.coordinator !== undefined && getAddress(c.payer) === this.coordinator)
    const channel = channels.at(-1)
    if (channel === undefined) return
    const recorded = payee.list().reduce((sum, c) => sum + c.delivered, 0n)
    const total = amountDue(this.deliveredExact)
    if (total > recorded) payee.recordDelivered(channel.channelId, total - recorded)
  }

  /** Redeems what the policy says is due; errors are logged and retried next time. */
  async withdrawDue(): Promise<void> {
    try {
      for (const r of await this.settlement.payee.withdrawDue({ timeoutMs: 60_000 })) {
        this.log?.('redeemed vouchers', { channelId: r.channelId, amount: r.amount.toString(), tx: r.txHash })
      }
    } catch (err) {
      this.log?.('redeeming vouchers failed', { message: toRigpoolError(err, 'E_CHAIN').message })
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.staking.idle()
    await this.settlement.close()
  }
}
