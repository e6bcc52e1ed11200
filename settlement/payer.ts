// The payer's side of channels: open and top up within a budget, sign cumulative vouchers,
// remember every signature in SQLite, never sign beyond the deposit.
import type { Address, Hash, Hex, LocalAccount } from 'viem'
import { MIN_CHALLENGE_PERIOD_S } from '../contracts/index.ts'
import { RigpoolError } from '../protocol/errors.ts'
import { SerialQueue } from '../protocol/wait.ts'
import type { TxSender } from './chain.ts'
import type { WaitOptions } from './deadline.ts'
import type { Deployment } from './deployment.ts'
import { channelsCall, ensureAllowance, readChannel } from './onchain.ts'
import type { SettlementDb } from './store.ts'
import { signVoucher, type Voucher } from './voucher.ts'

export interface PayerChannel {
  channelId: Hex
  payer: Address
  payee: Address
  token: Address
  deposit: bigint
  challengePeriodS: bigint
  /** Highest cumulative amount signed so far (0n before the first voucher). */
  signedAmount: bigint
  state: 'open' | 'closing' | 'closed'
  closesAt?: bigint
}

export interface PayerOptions {
  db: SettlementDb
  deployment: Deployment
  /** Sends the payer's transactions; its account must be the `signer`'s address. */
  sender: TxSender
  /** Signs vouchers (a viem local account; the key never leaves it). */
  signer: LocalAccount
  /** Most this payer keeps deposited in channels that are not closed, base units. */
  budget: bigint
}

interface Row {
  channel_id: string
  payer: string
  payee: string
  token: string
  deposit: string
  challenge_period: number
  signed_amount: string
  state: PayerChannel['state']
  closes_at: number | null
}

function fromRow(r: Row): PayerChannel {
  return {
    channelId: r.channel_id as Hex,
    payer: r.payer as Address,
    payee: r.payee as Address,
    token: r.token as Address,
    deposit: BigInt(r.deposit),
    challengePeriodS: BigInt(r.challenge_period),
    signedAmount: BigInt(r.signed_amount),
    state: r.state,
    closesAt: r.closes_at === null ? undefined : BigInt(r.closes_at),
  }
}

/** Payer channel manager: used by the client (to the coordinator) and the coordinator (to providers). */
export class PayerChannels {
  private readonly db: SettlementDb
  private readonly deployment: Deployment
  private readonly sender: TxSender
  private readonly signer: LocalAccount
  readonly budget: bigint
  /** One signature at a time, so a check and its write are never interleaved with another's. */
  private readonly signing = new SerialQueue()
  /** One open or top-up at a time: each approves the token for its own amount and checks the budget. */
  private readonly deposits = new SerialQueue()

  constructor(options: PayerOptions) {
    if (options.signer.address.toLowerCase() !== options.sender.address.toLowerCase()) {
      throw new RigpoolError('E_CONFIG', 'the voucher signer and the transaction sender must be the same payer account')
    }
    if (options.budget < 0n) throw new RigpoolError('E_BAD_AMOUNT', 'budget must not be negative')
    this.db = options.db
    this.deployment = options.deployment
    this.sender = options.sender
    this.signer = options.signer
    this.budget = options.budget
  }

  get address(): Address {
    return this.signer.address
  }

  /** Every channel this payer opened here. */
  list(): PayerChannel[] {
    const rows = this.db
      .prepare('SELECT * FROM settlement_payer_channels WHERE chain_id = ? AND contract = ? AND payer = ? ORDER BY rowid')
      .all(this.deployment.chainId, this.deployment.channels, this.address) as Row[]
    return rows.map(fromRow)
  }

  /** One channel; E_BAD_VOUCHER if this payer does not know it. */
  get(channelId: Hex): PayerChannel {
    const row = this.db.prepare('SELECT * FROM settlement_payer_channels WHERE channel_id = ? AND payer = ?').get(channelId, this.address) as Row | undefined
    if (row === undefined) throw new RigpoolError('E_BAD_VOUCHER', `unknown channel ${channelId}`)
    return fromRow(row)
  }

  /** The open channel to `payee`, if any (the newest). */
  findOpen(payee: Address): PayerChannel | undefined {
    return this.list()
      .reverse()
      .find((c) => c.state === 'open' && c.payee.toLowerCase() === payee.toLowerCase())
  }

  /** Sum of deposits in channels that are not closed. */
  committed(): bigint {
    return this.list()
      .filter((c) => c.state !== 'closed')
      .reduce((sum, c) => sum + c.deposit, 0n)
  }

  private checkBudget(amount: bigint): void {
    if (amount <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'deposit must be positive')
    const committed = this.committed()
    if (committed + amount > this.budget) {
      throw new RigpoolError('E_SPEND_CAP', `deposit of ${amount} would exceed the budget (${committed} of ${this.budget} committed)`, {
        details: { committed: committed.toString(), budget: this.budget.toString() },
      })
    }
  }

  /** Opens a channel to `payee` with `amount` deposited (default deadline 60 s per transaction). */
  async open(
    payee: Address,
    amount: bigint,
    options: WaitOptions & { challengePeriodS?: bigint } = {},
  ): Promise<PayerChannel & { txHash: Hash }> {
    return this.deposits.run(() => this.openNow(payee, amount, options))
  }

  private async openNow(payee: Address, amount: bigint, options: WaitOptions & { challengePeriodS?: bigint }): Promise<PayerChannel & { txHash: Hash }> {
    this.checkBudget(amount)
    const challengePeriodS = options.challengePeriodS ?? 24n * 3600n
    if (challengePeriodS < MIN_CHALLENGE_PERIOD_S) throw new RigpoolError('E_BAD_AMOUNT', 'challenge period too short')
    const token = this.deployment.token
    await ensureAllowance(this.sender, this.deployment, token, amount, options)
    const sent = await this.sender.send(channelsCall(this.deployment, 'open', [payee, token, amount, challengePeriodS]), options)
    const channelId = sent.result as Hex
    this.db
      .prepare(
        `INSERT INTO settlement_payer_channels
           (channel_id, chain_id, contract, payer, payee, token, deposit, challenge_period, state, open_tx, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)`,
      )
      .run(channelId, this.deployment.chainId, this.deployment.channels, this.address, payee, token, amount.toString(), Number(challengePeriodS), sent.hash, Date.now())
    return { ...this.get(channelId), txHash: sent.hash }
  }

  /** Adds `amount` to a channel's deposit, within the budget. */
  topUp(channelId: Hex, amount: bigint, options: WaitOptions = {}): Promise<PayerChannel & { txHash: Hash }> {
    return this.deposits.run(() => this.topUpNow(channelId, amount, options))
  }

  private async topUpNow(channelId: Hex, amount: bigint, options: WaitOptions): Promise<PayerChannel & { txHash: Hash }> {
    const ch = this.get(channelId)
    if (ch.state !== 'open') throw new RigpoolError('E_BAD_VOUCHER', `channel ${channelId} is ${ch.state}`)
    this.checkBudget(amount)
    await ensureAllowance(this.sender, this.deployment, ch.token, amount, options)
    const sent = await this.sender.send(channelsCall(this.deployment, 'topUp', [channelId, amount]), options)
    const onchain = await readChannel(this.sender.publicClient, this.deployment, channelId, options)
    this.db
      .prepare('UPDATE settlement_payer_channels SET deposit = ?, updated_at = ? WHERE channel_id = ?')
      .run(onchain.deposit.toString(), Date.now(), channelId)
    return { ...this.get(channelId), txHash: sent.hash }
  }

  /**
   * Signs a voucher for `cumulativeAmount` (everything paid on the channel so far) and stores it
   * before returning it. The same amount again returns the stored voucher; a lower amount, or
   * one above the deposit, is refused (E_BAD_AMOUNT).
   */
  signVoucher(channelId: Hex, cumulativeAmount: bigint): Promise<Voucher> {
    const run = async (): Promise<Voucher> => {
      const ch = this.get(channelId)
      if (ch.state === 'closed') throw new RigpoolError('E_BAD_VOUCHER', `channel ${channelId} is closed`)
      if (cumulativeAmount > ch.deposit) {
        throw new RigpoolError('E_BAD_AMOUNT', `voucher of ${cumulativeAmount} exceeds the deposit of ${ch.deposit}`, {
          details: { deposit: ch.deposit.toString() },
        })
      }
      if (cumulativeAmount === ch.signedAmount && cumulativeAmount > 0n) return this.lastVoucher(channelId)!
      if (cumulativeAmount < ch.signedAmount) {
        throw new RigpoolError('E_BAD_AMOUNT', `voucher of ${cumulativeAmount} is below the ${ch.signedAmount} already signed`)
      }
      const voucher = await signVoucher(
        this.signer,
        { chainId: this.deployment.chainId, verifyingContract: this.deployment.channels },
        channelId,
        cumulativeAmount,
      )
      this.db
        .prepare('UPDATE settlement_payer_channels SET signed_amount = ?, signature = ?, updated_at = ? WHERE channel_id = ?')
        .run(cumulativeAmount.toString(), voucher.signature, Date.now(), channelId)
      return voucher
    }
    return this.signing.run(run)
  }

  /** Signs a voucher paying `increment` more than the last one. */
  async pay(channelId: Hex, increment: bigint): Promise<Voucher> {
    if (increment <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'increment must be positive')
    return this.signVoucher(channelId, this.get(channelId).signedAmount + increment)
  }

  /** The last voucher signed on a channel, if any. */
  lastVoucher(channelId: Hex): Voucher | undefined {
    const row = this.db
      .prepare('SELECT signed_amount, signature FROM settlement_payer_channels WHERE channel_id = ? AND payer = ?')
      .get(channelId, this.address) as { signed_amount: string; signature: string | null } | undefined
    if (row === undefined || row.signature === null) return undefined
    return {
      channelId,
      cumulativeAmount: BigInt(row.signed_amount),
      signature: row.signature as Hex,
      chainId: BigInt(this.deployment.chainId),
      contract: this.deployment.channels,
    }
  }

  /** Starts a unilateral close; the payee has the challenge period to redeem. */
  async startClose(channelId: Hex, options: WaitOptions = {}): Promise<{ txHash: Hash; closesAt: bigint }> {
    this.get(channelId)
    const sent = await this.sender.send(channelsCall(this.deployment, 'startClose', [channelId]), options)
    const onchain = await readChannel(this.sender.publicClient, this.deployment, channelId, options)
    this.db
      .prepare("UPDATE settlement_payer_channels SET state = 'closing', closes_at = ?, updated_at = ? WHERE channel_id = ?")
      .run(Number(onchain.closesAt), Date.now(), channelId)
    return { txHash: sent.hash, closesAt: onchain.closesAt }
  }

  /** Finalizes a unilateral close after the challenge period; the rest of the deposit comes back. */
  async finalizeClose(channelId: Hex, options: WaitOptions = {}): Promise<{ txHash: Hash }> {
    this.get(channelId)
    const sent = await this.sender.send(channelsCall(this.deployment, 'finalizeClose', [channelId]), options)
    this.markClosed(channelId)
    return { txHash: sent.hash }
  }

  /** Re-reads a channel from the chain (after the payee closed it cooperatively, say). */
  async refresh(channelId: Hex, options: WaitOptions = {}): Promise<PayerChannel> {
    const onchain = await readChannel(this.sender.publicClient, this.deployment, channelId, options)
    const state = onchain.isClosed ? 'closed' : onchain.closesAt > 0n ? 'closing' : 'open'
    this.db
      .prepare('UPDATE settlement_payer_channels SET deposit = ?, state = ?, closes_at = ?, updated_at = ? WHERE channel_id = ?')
      .run(onchain.deposit.toString(), state, onchain.closesAt > 0n ? Number(onchain.closesAt) : null, Date.now(), channelId)
    return this.get(channelId)
  }

  private markClosed(channelId: Hex): void {
    this.db.prepare("UPDATE settlement_payer_channels SET state = 'closed', updated_at = ? WHERE channel_id = ?").run(Date.now(), channelId)
  }
}
