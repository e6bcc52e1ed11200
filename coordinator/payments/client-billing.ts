// What clients owe and have paid: one channel per client, results never more than one
// credit step ahead of its vouchers (DESIGN.md §9).
import type { Hex } from 'viem'
import { RigpoolError, type JobSpec, type PaymentTerms, type WireVoucher } from '../../protocol/index.ts'
import { amountDue, maxJobCost, type PayeeChannels } from '../../settlement/index.ts'
import { channelKey, type Store } from '../store/index.ts'
import type { Job } from '../scheduling/job.ts'

export interface ClientBillingOptions {
  store: Store
  payee: PayeeChannels
  creditStep: bigint
  requireChannel: boolean
  minChallengePeriodS: number
  /** Jobs of a channel still running (live views), for what they may still cost. */
  unfinishedOf: (channelId: string) => Job[]
}

export class ClientBilling {
  private readonly o: ClientBillingOptions
  private readonly waiters = new Map<string, Set<() => void>>()
  /** Exact value of everything delivered per channel, loaded once from the jobs, then kept by `charge`. */
  private readonly delivered = new Map<string, bigint>()
  /** Best voucher per channel: the payee's database changes only through `acceptVoucher`. */
  private readonly paidCache = new Map<string, bigint>()

  constructor(options: ClientBillingOptions) {
    this.o = options
  }

  get creditStep(): bigint {
    return this.o.creditStep
  }

  terms(): PaymentTerms {
    const d = this.o.payee.deployment
    return {
      required: this.o.requireChannel,
      payee: this.o.payee.payee,
      chainId: d.chainId,
      channels: d.channels,
      token: d.token,
      creditStep: this.o.creditStep,
      minChallengePeriodS: this.o.minChallengePeriodS,
    }
  }

  /**
   * Checks, before a job is stored, that its channel pays us, is open, is this client's, and
   * can cover the job's most possible cost on top of what its other unfinished jobs may cost.
   */
  async checkJob(client: string, spec: JobSpec, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<void> {
    if (spec.channelId === undefined) {
      if (this.o.requireChannel) throw new RigpoolError('E_PAYMENT_REQUIRED', 'this coordinator needs a payment channel with each job (ask for its terms)')
      return
    }
    const id = channelKey(spec.channelId)
    const bound = this.o.store.payments.clientOf(id)
    if (bound !== undefined && bound !== client) throw new RigpoolError('E_CHANNEL_NOT_YOURS', `channel ${id} pays for another client's jobs`)
    const ch = await this.o.payee.track(id as Hex, options)
    if (ch.state !== 'open') throw new RigpoolError('E_PAYMENT_REQUIRED', `channel ${id} is ${ch.state}`)
    const need = maxJobCost(spec.spendCap, spec.itemCount, spec.priceCapPerMillionItems)
    const available = ch.deposit - this.committed(id)
    if (need > available) {
      throw new RigpoolError('E_INSUFFICIENT_FUNDS', `channel ${id} can cover ${available} more base units; this job may cost ${need}: top it up or lower the caps`, {
        details: { available: available.toString(), need: need.toString() },
      })
    }
  }

  /** What a channel's payer has paid or may yet owe: the best voucher or what was delivered, plus what running jobs may still cost. */
  private committed(channelId: string): bigint {
    const owed = this.due(channelId)
    const paid = this.paid(channelId)
    const running = this.o.unfinishedOf(channelId).reduce((sum, j) => sum + maxJobCost(j.spec.spendCap, j.itemCount, j.spec.priceCapPerMillionItems) - amountDue(j.deliveredExact), 0n)
    return (owed > paid ? owed : paid) + (running > 0n ? running : 0n)
  }

  /** What a channel owes for every result delivered on it (plus `extraExact`), rounded up once. */
  due(channelId: string, extraExact = 0n): bigint {
    return amountDue(this.deliveredOn(channelId) + extraExact)
  }

  /** A result of `job` delivered for the first time, worth `exact`: the job and its channel owe it. */
  charge(job: Job, exact: bigint): void {
    if (job.channelId === undefined) return
    const total = this.deliveredOn(job.channelId)
    job.deliveredExact += exact
    this.delivered.set(job.channelId, total + exact)
  }

  private deliveredOn(channelId: string): bigint {
    let total = this.delivered.get(channelId)
    if (total === undefined) {
      // Loaded before this process charges anything on the channel: the rows are current then.
      total = this.o.store.jobs.ofChannel(channelId).reduce((sum, row) => sum + row.deliveredExact, 0n)
      this.delivered.set(channelId, total)
    }
    return total
  }

  paid(channelId: string): bigint {
    let paid = this.paidCache.get(channelId)
    if (paid === undefined) {
      paid = this.o.payee.find(channelId as Hex)?.bestAmount ?? 0n
      this.paidCache.set(channelId, paid)
    }
    return paid
  }

  /** A client's voucher: verified, stored before anything acts on it, then waiting streams wake. */
  async acceptVoucher(client: string, voucher: WireVoucher, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<{ paid: bigint; due: bigint }> {
    const id = voucher.channelId.toLowerCase()
    const bound = this.o.store.payments.clientOf(id)
    if (bound === undefined) throw new RigpoolError('E_BAD_VOUCHER', `no job is paid by channel ${id}`)
    if (bound !== client) throw new RigpoolError('E_CHANNEL_NOT_YOURS', `channel ${id} pays for another client's jobs`)
    const due = this.due(id)
    if (voucher.cumulativeAmount > this.paid(id)) {
      const accepted = await this.o.payee.acceptVoucher({ ...voucher, channelId: id as Hex }, options)
      this.paidCache.set(id, accepted.best)
    }
    for (const wake of this.waiters.get(id) ?? []) wake()
    return { paid: this.paid(id), due }
  }

  /** Resolves once `channelId` has been paid at least `amount`; E_PAYMENT_REQUIRED after `timeoutMs`. */
  waitPaid(channelId: string, amount: bigint, options: { signal?: AbortSignal; timeoutMs: number }): Promise<void> {
    if (this.paid(channelId) >= amount) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const set = this.waiters.get(channelId) ?? new Set<() => void>()
      this.waiters.set(channelId, set)
      const finish = (err?: Error): void => {
        clearTimeout(timer)
        set.delete(check)
        if (set.size === 0) this.waiters.delete(channelId)
        options.signal?.removeEventListener('abort', onAbort)
        if (err === undefined) resolve()
        else reject(err)
      }
      const check = (): void => {
        if (this.paid(channelId) >= amount) finish()
      }
      const onAbort = (): void => finish(new RigpoolError('E_ABORTED', 'stopped waiting for a payment'))
      const timer = setTimeout(
        () => finish(new RigpoolError('E_PAYMENT_REQUIRED', `no voucher for ${amount} base units on channel ${channelId} in time`, { retryAfterMs: 2_000 })),
        options.timeoutMs,
      )
      set.add(check)
      options.signal?.addEventListener('abort', onAbort, { once: true })
    })
  }
}
