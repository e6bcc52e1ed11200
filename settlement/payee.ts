// The payee's side of channels: verify each voucher without RPC, store the best one durably
// before anyone acts on it, redeem on chain by policy.
import { getAddress, type Address, type Hash, type Hex } from 'viem'
import { MIN_CHALLENGE_PERIOD_S } from '../contracts/index.ts'
import { RigpoolError } from '../protocol/errors.ts'
import { revertName, type RigpoolPublicClient, type TxSender } from './chain.ts'
import type { WaitOptions } from './deadline.ts'
import type { Deployment } from './deployment.ts'
import { channelsCall, readChannel, type OnchainChannel } from './onchain.ts'
import type { SettlementDb } from './store.ts'
import { recoverVoucherSigner, type Voucher } from './voucher.ts'
import { fromRow, type PayeeChannel, type PayeeChannelState, type Row } from './payee-rows.ts'

export type { PayeeChannel, PayeeChannelState } from './payee-rows.ts'

export interface WithdrawPolicy {
  /** Redeem once this much is unredeemed on a channel (base units). */
  minAmount: bigint
  /** ... or once a voucher has waited this long (ms). */
  maxAgeMs: number
}

export interface PayeeOptions {
  db: SettlementDb
  deployment: Deployment
  publicClient: RigpoolPublicClient
  /** The payout address channels are opened to (may be a cold wallet). */
  payee: Address
  /** Sends redemptions; any funded account will do (withdraw pays the channel's payee). */
  sender?: TxSender
  /** Channels with a shorter challenge period are refused (default: the contract's minimum, 1 h). */
  minChallengePeriodS?: bigint
  withdrawPolicy?: WithdrawPolicy
  /** Local clock (ms), for the age policy only; chain deadlines use chain time. */
  now?: () => number
}

export interface AcceptedVoucher {
  /** How much more than the previous best this voucher pays. */
  increment: bigint
  best: bigint
}

export interface WithdrawResult {
  channelId: Hex
  txHash: Hash
  amount: bigint
  cumulativeAmount: bigint
  gasUsed: bigint
}

/** Payee channel manager: used by the coordinator (from clients) and providers (from the coordinator). */
export class PayeeChannels {
  readonly deployment: Deployment
  readonly publicClient: RigpoolPublicClient
  readonly payee: Address
  private readonly db: SettlementDb
  private readonly sender?: TxSender
  private readonly minChallengePeriodS: bigint
  readonly withdrawPolicy: WithdrawPolicy
  private readonly now: () => number

  constructor(options: PayeeOptions) {
    this.db = options.db
    this.deployment = options.deployment
    this.publicClient = options.publicClient
    this.payee = getAddress(options.payee)
    this.sender = options.sender
    this.minChallengePeriodS = options.minChallengePeriodS ?? MIN_CHALLENGE_PERIOD_S
    this.withdrawPolicy = options.withdrawPolicy ?? { minAmount: 10_000_000n, maxAgeMs: 24 * 3600_000 }
    this.now = options.now ?? Date.now
  }

  /** Channels paid to this payee that we track. */
  list(): PayeeChannel[] {
    const rows = this.db
      .prepare('SELECT * FROM settlement_payee_channels WHERE chain_id = ? AND contract = ? AND payee = ? ORDER BY rowid')
      .all(this.deployment.chainId, this.deployment.channels, this.payee) as Row[]
    return rows.map(fromRow)
  }

  /** One tracked channel, or undefined. */
  find(channelId: Hex): PayeeChannel | undefined {
    const row = this.db
      .prepare('SELECT * FROM settlement_payee_channels WHERE channel_id = ? AND payee = ?')
      .get(channelId.toLowerCase(), this.payee) as Row | undefined
    return row === undefined ? undefined : fromRow(row)
  }

  /** One tracked channel; E_BAD_VOUCHER if unknown. */
  get(channelId: Hex): PayeeChannel {
    const ch = this.find(channelId)
    if (ch === undefined) throw new RigpoolError('E_BAD_VOUCHER', `unknown channel ${channelId}`)
    return ch
  }

  /**
   * Starts tracking a channel a payer announced (one RPC), after checking on chain that it pays
   * us, in our token, with a challenge period we accept. Calling it again refreshes it.
   */
  async track(channelId: Hex, options: WaitOptions = {}): Promise<PayeeChannel> {
    const id = channelId.toLowerCase() as Hex
    const onchain = await readChannel(this.publicClient, this.deployment, id, options)
    if (getAddress(onchain.payee) !== this.payee) throw new RigpoolError('E_BAD_VOUCHER', `channel ${id} does not pay ${this.payee}`)
    if (getAddress(onchain.token) !== getAddress(this.deployment.token)) {
      throw new RigpoolError('E_BAD_VOUCHER', `channel ${id} is in another token`)
    }
    if (onchain.challengePeriodS < this.minChallengePeriodS) {
      throw new RigpoolError('E_BAD_VOUCHER', `channel ${id} has a challenge period below ${this.minChallengePeriodS} s`)
    }
    this.db
      .prepare(
        `INSERT INTO settlement_payee_channels
           (channel_id, chain_id, contract, payer, payee, token, deposit, challenge_period, state, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)
         ON CONFLICT(channel_id) DO NOTHING`,
      )
      .run(id, this.deployment.chainId, this.deployment.channels, getAddress(onchain.payer), this.payee, onchain.token, onchain.deposit.toString(), Number(onchain.challengePeriodS), this.now())
    this.applyOnchain(onchain)
    return this.get(id)
  }

  /** Merges what the chain says into the stored row (deposit, withdrawn, close state). */
  applyOnchain(onchain: OnchainChannel): void {
    this.db.transaction(() => {
      const row = this.find(onchain.channelId)
      if (row === undefined) return
      let state: PayeeChannelState = row.state
      if (onchain.isClosed) state = 'closed'
      else if (onchain.closesAt > 0n && state === 'open') state = 'closing'
      this.db
        .prepare('UPDATE settlement_payee_channels SET deposit = ?, state = ?, closes_at = ?, updated_at = ? WHERE channel_id = ?')
        .run(onchain.deposit.toString(), state, onchain.closesAt > 0n ? Number(onchain.closesAt) : null, this.now(), row.channelId)
      this.setWithdrawn(row, onchain.withdrawn)
    })()
  }

  /** Records a payer's `startClose` seen on chain. */
  markClosing(channelId: Hex, closesAt: bigint): void {
    this.db
      .prepare("UPDATE settlement_payee_channels SET state = 'closing', closes_at = ?, updated_at = ? WHERE channel_id = ? AND state = 'open'")
      .run(Number(closesAt), this.now(), channelId.toLowerCase())
  }

  /** Records a channel closed on chain. */
  markClosed(channelId: Hex): void {
    this.db
      .prepare("UPDATE settlement_payee_channels SET state = 'closed', updated_at = ? WHERE channel_id = ?")
      .run(this.now(), channelId.toLowerCase())
  }

  /** Records a channel whose challenge period ran out before we could redeem. */
  markExpired(channelId: Hex): void {
    this.db
      .prepare("UPDATE settlement_payee_channels SET state = 'expired', updated_at = ? WHERE channel_id = ? AND state = 'closing'")
      .run(this.now(), channelId.toLowerCase())
  }

  /** Adds to the value delivered on a channel (the payee's own count, for earnings). */
  recordDelivered(channelId: Hex, amount: bigint): void {
    if (amount < 0n) throw new RigpoolError('E_BAD_AMOUNT', 'delivered amount must not be negative')
    const ch = this.get(channelId)
    this.db
      .prepare('UPDATE settlement_payee_channels SET delivered = ?, updated_at = ? WHERE channel_id = ?')
      .run((ch.delivered + amount).toString(), this.now(), ch.channelId)
  }

  /**
   * Verifies a voucher and, if it is better than the best held, stores it (synchronously, fsynced)
   * before returning. Refused (E_BAD_SIGNATURE / E_BAD_VOUCHER) without any state change when the
   * signature is forged, high-s or for another channel, chain or contract, when it is not above
   * the best held, or above the deposit (the deposit is re-read from chain once, for a top-up).
   */
  async acceptVoucher(voucher: Voucher, options: WaitOptions = {}): Promise<AcceptedVoucher> {
    if (voucher.chainId !== undefined && voucher.chainId !== BigInt(this.deployment.chainId)) {
      throw new RigpoolError('E_BAD_VOUCHER', `voucher is for chain ${voucher.chainId}, not ${this.deployment.chainId}`)
    }
    if (voucher.contract !== undefined && voucher.contract.toLowerCase() !== this.deployment.channels.toLowerCase()) {
      throw new RigpoolError('E_BAD_VOUCHER', `voucher is for contract ${voucher.contract}`)
    }
    const ch = this.get(voucher.channelId)
    if (ch.state === 'closed' || ch.state === 'expired') {
      throw new RigpoolError('E_BAD_VOUCHER', `channel ${ch.channelId} is ${ch.state}`)
    }
    if (typeof voucher.cumulativeAmount !== 'bigint' || voucher.cumulativeAmount <= ch.bestAmount) {
      throw new RigpoolError('E_BAD_VOUCHER', `voucher of ${voucher.cumulativeAmount} is not above the best held (${ch.bestAmount})`)
    }
    let deposit = ch.deposit
    if (voucher.cumulativeAmount > deposit) {
      const onchain = await readChannel(this.publicClient, this.deployment, ch.channelId, options)
      this.applyOnchain(onchain)
      deposit = onchain.deposit
      if (voucher.cumulativeAmount > deposit) {
        throw new RigpoolError('E_BAD_VOUCHER', `voucher of ${voucher.cumulativeAmount} exceeds the deposit of ${deposit}`)
      }
    }
    const signer = await recoverVoucherSigner(
      { chainId: this.deployment.chainId, verifyingContract: this.deployment.channels },
      { ...voucher, channelId: ch.channelId },
    )
    if (getAddress(signer) !== getAddress(ch.payer)) {
      throw new RigpoolError('E_BAD_SIGNATURE', 'voucher is not signed by the channel payer')
    }
    // The check and the write in one synchronous transaction: two vouchers racing cannot both win.
    return this.db.transaction((): AcceptedVoucher => {
      const current = this.get(ch.channelId)
      if (voucher.cumulativeAmount <= current.bestAmount) {
        throw new RigpoolError('E_BAD_VOUCHER', `voucher of ${voucher.cumulativeAmount} is not above the best held (${current.bestAmount})`)
      }
      this.db
        .prepare(
          `UPDATE settlement_payee_channels
             SET best_amount = ?, best_signature = ?, pending_since = COALESCE(pending_since, ?), updated_at = ?
           WHERE channel_id = ?`,
        )
        .run(voucher.cumulativeAmount.toString(), voucher.signature, this.now(), this.now(), ch.channelId)
      return { increment: voucher.cumulativeAmount - current.bestAmount, best: voucher.cumulativeAmount }
    })()
  }

  private requireSender(): TxSender {
    if (this.sender === undefined) throw new RigpoolError('E_CONFIG', 'this payee manager has no transaction sender')
    return this.sender
  }

  /** Redeems the unredeemed part of the best voucher; undefined when nothing is due. */
  async withdraw(channelId: Hex, options: WaitOptions = {}): Promise<WithdrawResult | undefined> {
    const ch = this.get(channelId)
    if (ch.bestSignature === undefined || ch.bestAmount <= ch.withdrawn) return undefined
    const sender = this.requireSender()
    try {
      const sent = await sender.send(channelsCall(this.deployment, 'withdraw', [ch.channelId, ch.bestAmount, ch.bestSignature]), options)
      this.recordRedemption(ch, sent.hash, sent.receipt.blockNumber, 'withdraw')
      return { channelId: ch.channelId, txHash: sent.hash, amount: ch.bestAmount - ch.withdrawn, cumulativeAmount: ch.bestAmount, gasUsed: sent.receipt.gasUsed }
    } catch (err) {
      await this.afterRefusal(ch, err, options)
      throw err
    }
  }

  /** Cooperative close with the best voucher: paid what is due, the payer refunded at once. */
  async close(channelId: Hex, options: WaitOptions = {}): Promise<WithdrawResult> {
    const ch = this.get(channelId)
    const sender = this.requireSender()
    if (getAddress(sender.address) !== this.payee) throw new RigpoolError('E_CONFIG', 'only the payout account can close cooperatively')
    const amount = ch.bestAmount > ch.withdrawn ? ch.bestAmount : ch.withdrawn
    const signature = ch.bestSignature ?? '0x'
    try {
      const sent = await sender.send(channelsCall(this.deployment, 'close', [ch.channelId, amount, signature]), options)
      this.recordRedemption(ch, sent.hash, sent.receipt.blockNumber, 'close')
      this.markClosed(ch.channelId)
      return { channelId: ch.channelId, txHash: sent.hash, amount: amount - ch.withdrawn, cumulativeAmount: amount, gasUsed: sent.receipt.gasUsed }
    } catch (err) {
      await this.afterRefusal(ch, err, options)
      throw err
    }
  }

  /** Redeems every channel the policy says is due (amount or age); closing channels always. */
  async withdrawDue(options: WaitOptions = {}): Promise<WithdrawResult[]> {
    const done: WithdrawResult[] = []
    const now = this.now()
    for (const ch of this.list()) {
      if (ch.state === 'closed' || ch.state === 'expired') continue
      const pending = ch.bestAmount - ch.withdrawn
      if (pending <= 0n) continue
      const isOld = ch.pendingSinceMs !== undefined && now - ch.pendingSinceMs >= this.withdrawPolicy.maxAgeMs
      if (ch.state === 'closing' || pending >= this.withdrawPolicy.minAmount || isOld) {
        const result = await this.withdraw(ch.channelId, options)
        if (result !== undefined) done.push(result)
      }
    }
    return done
  }

  private recordRedemption(ch: PayeeChannel, txHash: Hash, blockNumber: bigint, kind: 'withdraw' | 'close'): void {
    const redeemed = ch.bestAmount > ch.withdrawn ? ch.bestAmount : ch.withdrawn
    this.db.transaction(() => {
      this.setWithdrawn(this.get(ch.channelId), redeemed)
      this.db
        .prepare(
          `INSERT OR IGNORE INTO settlement_withdrawals (tx_hash, channel_id, cumulative_amount, amount, block_number, kind, at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(txHash, ch.channelId, redeemed.toString(), (redeemed - ch.withdrawn).toString(), Number(blockNumber), kind, this.now())
    })()
  }

  /** Raises `withdrawn` (never lowers it); the pending clock stops once nothing is left unredeemed. */
  private setWithdrawn(current: PayeeChannel, withdrawn: bigint): void {
    const value = withdrawn > current.withdrawn ? withdrawn : current.withdrawn
    const pendingSince = current.bestAmount > value ? (current.pendingSinceMs ?? this.now()) : null
    this.db
      .prepare('UPDATE settlement_payee_channels SET withdrawn = ?, pending_since = ?, updated_at = ? WHERE channel_id = ?')
      .run(value.toString(), pendingSince, this.now(), current.channelId)
  }

  /** After a refused redemption, learn why from the chain (already withdrawn, closed, too late). */
  private async afterRefusal(ch: PayeeChannel, err: unknown, options: WaitOptions): Promise<void> {
    const revert = revertName(err)
    if (revert === undefined) return
    try {
      this.applyOnchain(await readChannel(this.publicClient, this.deployment, ch.channelId, options))
      if (revert === 'ChallengeOver') this.markExpired(ch.channelId)
    } catch {
      // The original error is what the caller needs.
    }
  }

  /** Redemptions made by this payee (newest first). */
  withdrawals(): Array<{ txHash: Hash; channelId: Hex; amount: bigint; cumulativeAmount: bigint; blockNumber: bigint; kind: string }> {
    const rows = this.db
      .prepare(
        `SELECT w.* FROM settlement_withdrawals w JOIN settlement_payee_channels c ON c.channel_id = w.channel_id
         WHERE c.payee = ? AND c.contract = ? ORDER BY w.block_number DESC`,
      )
      .all(this.payee, this.deployment.channels) as Array<{ tx_hash: string; channel_id: string; amount: string; cumulative_amount: string; block_number: number; kind: string }>
    return rows.map((r) => ({
      txHash: r.tx_hash as Hash,
      channelId: r.channel_id as Hex,
      amount: BigInt(r.amount),
      cumulativeAmount: BigInt(r.cumulative_amount),
      blockNumber: BigInt(r.block_number),
      kind: r.kind,
    }))
  }
}
