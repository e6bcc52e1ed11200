// The client's side of pay-as-you-go (DESIGN.md §9): one channel to the coordinator,
// opened once and topped up when a job needs more; a voucher per credit step, signed only
// for what was received, never beyond the deposit.
import { join } from 'node:path'
import { bytesToHex, hexToBytes, type Hex } from 'viem'
import { RigpoolError, type PaymentTerms, type WaitOptions } from '../protocol/index.ts'
import { amountDue, connectSettlement, loadOrCreateEthKey, toWireVoucher, type Deployment, type PayerChannel, type Settlement, type Voucher } from '../settlement/index.ts'
import type { CoordinatorLink } from './link.ts'

export interface PaymentsConfig {
  rpcUrl: string
  deployment: Deployment
  /** The paying key; default `<dataDir>/eth.key` (created, mode 0600). */
  privateKey?: Hex
  /** Most kept deposited in channels (default: 10 × deposit). */
  budget?: bigint
  /** A new channel's deposit, and each top-up's least amount (default 100 tokens at 6 decimals). */
  deposit?: bigint
  /** The channel's challenge period (default 1 day). */
  challengePeriodS?: bigint
}

const DEFAULT_DEPOSIT = 100_000_000n

export class ClientWallet {
  readonly settlement: Settlement
  private readonly deposit: bigint
  private terms: PaymentTerms | undefined
  /** Exact value (millionths) of the results received in this process, at each job's price cap, per channel. */
  private readonly received = new Map<string, bigint>()
  /** What jobs submitted in this process may still cost, per channel. */
  private readonly reserved = new Map<string, bigint>()

  constructor(
    private readonly config: PaymentsConfig,
    dataDir: string,
    private readonly link: CoordinatorLink,
  ) {
    this.deposit = config.deposit ?? DEFAULT_DEPOSIT
    if (this.deposit <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'a channel deposit must be positive')
    this.settlement = connectSettlement({
      rpcUrl: config.rpcUrl,
      deployment: config.deployment,
      privateKey: config.privateKey ?? loadOrCreateEthKey(join(dataDir, 'eth.key')),
      db: join(dataDir, 'settlement.sqlite'),
      budget: config.budget ?? this.deposit * 10n,
    })
  }

  /** The coordinator's payment terms, checked against our deployment (asked once). */
  async paymentTerms(options: WaitOptions = {}): Promise<PaymentTerms> {
    if (this.terms !== undefined) return this.terms
    const reply = await this.link.request({ kind: 'terms' }, options)
    if (reply.kind !== 'terms') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected payment terms, got ${reply.kind}`)
    const t = reply.terms
    const d = this.config.deployment
    if (t.required && (t.chainId !== d.chainId || t.channels.toLowerCase() !== d.channels.toLowerCase() || t.token.toLowerCase() !== d.token.toLowerCase())) {
      throw new RigpoolError('E_CONFIG', `the coordinator is paid on chain ${t.chainId} at ${t.channels}, not on our deployment (chain ${d.chainId}, ${d.channels})`)
    }
    this.terms = t
    return t
  }

  /**
   * The channel a job of at most `maxCost` is paid from: the open one to the coordinator,
   * topped up when what it has left does not cover this job and the others in flight; a new
   * one otherwise. Undefined when the coordinator takes no payments.
   */
  async channelFor(maxCost: bigint, options: WaitOptions = {}): Promise<{ channelId: Hex; bytes: Uint8Array } | undefined> {
    const terms = await this.paymentTerms(options)
    if (!terms.required) return undefined
    const payer = this.settlement.payer
    let ch: PayerChannel | undefined = payer.findOpen(terms.payee)
    const challengePeriodS = this.config.challengePeriodS ?? 86_400n
    if (ch === undefined) {
      ch = await payer.open(terms.payee, maxCost > this.deposit ? maxCost : this.deposit, { ...options, challengePeriodS })
    } else {
      const reserved = this.reserved.get(ch.channelId) ?? 0n
      const left = ch.deposit - ch.signedAmount - reserved
      if (left < maxCost) {
        const short = maxCost - left
        ch = await payer.topUp(ch.channelId, short > this.deposit ? short : this.deposit, options)
      }
    }
    this.reserved.set(ch.channelId, (this.reserved.get(ch.channelId) ?? 0n) + maxCost)
    return { channelId: ch.channelId, bytes: hexToBytes(ch.channelId) }
  }

  /** A job ended: what it reserved is free again. */
  release(channelId: Hex, maxCost: bigint): void {
    const left = (this.reserved.get(channelId) ?? 0n) - maxCost
    this.reserved.set(channelId, left > 0n ? left : 0n)
  }

  /** A result arrived for the first time; it may cost at most the job's price cap. */
  countReceived(channelId: Hex, priceCapPerMillion: bigint): void {
    this.received.set(channelId, (this.received.get(channelId) ?? 0n) + priceCapPerMillion)
  }

  /**
   * The coordinator asks to be paid `cumulativeDue` on a channel. It never runs more than one
   * credit step ahead, so what it may ask is bounded by what was signed, one step, and what was
   * received here at the price caps; a bill above that is refused (E_OVERCHARGED), nothing signed.
   */
  async pay(channelIdBytes: Uint8Array, cumulativeDue: bigint, options: WaitOptions = {}): Promise<void> {
    const channelId = bytesToHex(channelIdBytes)
    const terms = await this.paymentTerms(options)
    const payer = this.settlement.payer
    const ch = payer.get(channelId)
    if (cumulativeDue <= ch.signedAmount) {
      const last = payer.lastVoucher(channelId)
      if (last !== undefined) await this.send(last, options)
      return
    }
    const bound = ch.signedAmount + terms.creditStep + amountDue(this.received.get(channelId) ?? 0n)
    if (cumulativeDue > bound) {
      throw new RigpoolError('E_OVERCHARGED', `the coordinator asks for ${cumulativeDue} on ${channelId}, more than the ${bound} the results received can cost`, {
        details: { asked: cumulativeDue.toString(), bound: bound.toString() },
      })
    }
    await this.send(await payer.signVoucher(channelId, cumulativeDue), options)
  }

  private async send(v: Voucher, options: WaitOptions): Promise<void> {
    const reply = await this.link.request({ kind: 'voucher', voucher: toWireVoucher(v) }, options)
    if (reply.kind !== 'paymentDue') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a payment receipt, got ${reply.kind}`)
  }

  async close(): Promise<void> {
    await this.settlement.close()
  }
}
