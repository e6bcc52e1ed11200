// A handle on one job: status, results in item order from a cursor (resuming across
// dropped links and coordinator restarts, never yielding an index twice), cancel, and
// progress events. Results are committed (cursor saved, then acked) when the caller asks
// for the next one, so a client killed mid-job resumes exactly where its caller was.
import { EventEmitter } from 'node:events'
import { RigpoolError, type JobReport, type JobState, type JobStatus, type NamedTensors, type WaitOptions } from '../protocol/index.ts'
import type { JobStore } from './job-store.ts'
import type { ClientStream, CoordinatorLink } from './link.ts'
import type { ClientWallet } from './wallet.ts'
import { withRetry } from './retry.ts'
import { toOrtFeeds, type OrtFeeds } from './tensors.ts'

/** One item's outputs. */
export interface JobResult {
  index: number
  /** As onnxruntime tensors. */
  outputs: OrtFeeds
  /** As raw wire tensors (dtype, dims, little-endian bytes). */
  tensors: NamedTensors
  /**
   * True for a correction: an item yielded earlier came from a provider later caught
   * cheating (optimistic delivery); these are the re-run's outputs and replace it.
   */
  corrected?: true
}

/** What a progress event says. */
export interface Progress {
  jobId: string
  itemsDone: number
  itemsTotal: number
  /** 0..1 */
  fraction: number
  itemsPerSecond: number
  /** Estimated time to the last item; undefined until there is a rate. */
  etaMs?: number
  /** Base units spent so far (the coordinator's figure when known). */
  spent: bigint
  state: JobState
}

export interface ResultsOptions {
  /** First item index wanted; default the cursor kept in the data dir. */
  cursor?: number
  signal?: AbortSignal
  /** Give up when the coordinator stays unreachable this long (default 60 s). */
  reconnectTimeoutMs?: number
}

export interface HandleContext {
  link: CoordinatorLink
  store: JobStore
  idempotencyKey: string
  itemCount: number
  /** Longest silence allowed on a results stream (the job's deadline plus slack). */
  readTimeoutMs: number
  /** The submission's own stream, positioned at result 0, when this process submitted. */
  live?: ClientStream
  /** Pays the job's results as they arrive (pay-as-you-go), with its channel and price cap. */
  payment?: { wallet: ClientWallet; channelId: `0x${string}`; priceCapPerMillionItems: bigint; maxCost: bigint }
}

const ACK_EVERY_ITEMS = 64
const ACK_EVERY_MS = 1_000

/** A submitted job. Emits 'progress' (Progress) as results arrive and when it ends. */
export class JobHandle extends EventEmitter<{ progress: [Progress] }> {
  readonly id: string
  readonly idempotencyKey: string
  readonly itemCount: number
  /** The state when the results stream last ended (undefined while running). */
  finalState?: JobState
  private readonly c: HandleContext
  private live?: ClientStream
  private spent = 0n
  private lastError = ''
  private acked = 0
  private ackedAtMs = 0
  private polledAtMs = 0

  constructor(id: string, context: HandleContext) {
    super()
    this.id = id
    this.idempotencyKey = context.idempotencyKey
    this.itemCount = context.itemCount
    this.c = context
    this.live = context.live
  }

  /** The cursor kept in the data dir: every result below it was handed to a caller. */
  get cursor(): number {
    return this.c.store.byKey(this.idempotencyKey)?.cursor ?? 0
  }

  /** The job's status from the coordinator. */
  async status(options: WaitOptions = {}): Promise<JobStatus> {
    const reply = await this.c.link.request({ kind: 'status', jobId: this.id }, options)
    if (reply.kind !== 'status') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a status, got ${reply.kind}`)
    this.record(reply.status)
    return reply.status
  }

  /** Cancels the job: no item not yet delivered is charged; delivered ones stay readable. */
  async cancel(options: WaitOptions = {}): Promise<JobStatus> {
    const reply = await withRetry(() => this.c.link.request({ kind: 'cancel', jobId: this.id }, options), { signal: options.signal, giveUpAfterMs: options.timeoutMs ?? 30_000 })
    if (reply.kind !== 'status') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a status, got ${reply.kind}`)
    this.record(reply.status)
    return reply.status
  }

  /** The job's verification report (audits, providers, re-run items). */
  async report(options: WaitOptions = {}): Promise<JobReport> {
    const reply = await this.c.link.request({ kind: 'report', jobId: this.id }, options)
    if (reply.kind !== 'report') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a report, got ${reply.kind}`)
    return reply.report
  }

  /** Results in item order from the cursor on; ends when the job ends (see `finalState`). */
  async *results(options: ResultsOptions = {}): AsyncGenerator<JobResult, void, undefined> {
    const { signal } = options
    let next = options.cursor ?? this.cursor
    const startedAt = performance.now()
    const firstIndex = next
    const emit = (state: JobState): void => {
      if (state === 'running' && Date.now() - this.polledAtMs > 2_000) {
        // The coordinator's spend figure, refreshed in the background for progress events.
        this.polledAtMs = Date.now()
        this.status({ timeoutMs: 5_000 }).catch(() => {})
      }
      const elapsedS = (performance.now() - startedAt) / 1000
      const rate = elapsedS > 0 ? (next - firstIndex) / elapsedS : 0
      const left = this.itemCount - next
      this.emit('progress', {
        jobId: this.id,
        itemsDone: next,
        itemsTotal: this.itemCount,
        fraction: this.itemCount === 0 ? 1 : next / this.itemCount,
        itemsPerSecond: rate,
        etaMs: rate > 0 ? Math.round((left / rate) * 1000) : undefined,
        spent: this.spent,
        state,
      })
    }
    let pending: number | undefined // an index handed out, committed when the caller comes back
    try {
      for (;;) {
        const framed = await this.openResults(next, options)
        try {
          for (;;) {
            const msg = await framed.expect({ signal, timeoutMs: this.c.readTimeoutMs })
            if (msg.kind === 'result' && msg.corrected) {
              // Only for items already handed out; later ones arrive corrected in order anyway.
              if (msg.index < next) yield { index: msg.index, outputs: toOrtFeeds(msg.outputs), tensors: msg.outputs, corrected: true }
            } else if (msg.kind === 'result') {
              if (msg.index < next) continue // already handed out: never twice
              if (msg.index > next) throw new RigpoolError('E_BAD_FRAME', `result ${msg.index} out of order (expected ${next})`)
              this.c.payment?.wallet.countReceived(this.c.payment.channelId, this.c.payment.priceCapPerMillionItems)
              pending = msg.index
              yield { index: msg.index, outputs: toOrtFeeds(msg.outputs), tensors: msg.outputs }
              next = msg.index + 1
              pending = undefined
              await this.commit(next, false)
              emit('running')
            } else if (msg.kind === 'status') {
              this.record(msg.status)
            } else if (msg.kind === 'paymentDue') {
              if (this.c.payment === undefined) throw new RigpoolError('E_PAYMENT_REQUIRED', `job ${this.id} asks for payment; connect with payments`)
              await this.c.payment.wallet.pay(msg.channelId, msg.cumulativeDue, { signal, timeoutMs: 60_000 })
            } else if (msg.kind === 'done') {
              if (this.c.payment !== undefined) this.c.payment.wallet.release(this.c.payment.channelId, this.c.payment.maxCost)
              this.spent = msg.totalCost
              this.finalState = msg.state
              await this.commit(next, true)
              this.c.store.update(this.idempotencyKey, { state: msg.state, spent: msg.totalCost.toString() })
              emit(msg.state)
              if (msg.state === 'failed') throw new RigpoolError('E_INFERENCE_FAILED', `job ${this.id} failed: ${this.lastError || 'no reason given'}`)
              return
            } else if (msg.kind === 'error') {
              throw msg.error
            } else if (msg.kind !== 'accepted') {
              throw new RigpoolError('E_UNEXPECTED_MESSAGE', `unexpected ${msg.kind} on a results stream`)
            }
          }
        } catch (err) {
          framed.abort(err instanceof Error ? err : new Error(String(err)))
          // A dropped link or restarting coordinator: reopen from the cursor (openResults retries).
          // E_PAYMENT_REQUIRED: a stream that asked for a voucher lost it (a dropped link); the reopened one asks again.
          if (!(err instanceof RigpoolError) || !['E_STREAM_CLOSED', 'E_BUSY', 'E_BAD_FRAME', 'E_PAYMENT_REQUIRED'].includes(err.code) || signal?.aborted === true) throw err
        }
      }
    } finally {
      if (pending === undefined) await this.commit(next, true).catch(() => {})
    }
  }

  private async openResults(cursor: number, options: ResultsOptions): Promise<ClientStream> {
    if (this.live !== undefined) {
      const live = this.live
      this.live = undefined
      if (cursor === 0) return live
      live.abort(new Error('resuming from a cursor instead'))
    }
    return withRetry(
      async () => {
        await this.c.link.dial({ signal: options.signal })
        const framed = await this.c.link.clientStream({ signal: options.signal })
        await framed.write({ kind: 'follow', jobId: this.id, cursor }, { signal: options.signal, timeoutMs: 10_000 })
        return framed
      },
      { signal: options.signal, giveUpAfterMs: options.reconnectTimeoutMs ?? 60_000 },
    )
  }

  /** Saves the cursor (atomic write), then acks the coordinator now and then so it can drop what we hold. */
  private async commit(cursor: number, force: boolean): Promise<void> {
    const record = this.c.store.byKey(this.idempotencyKey)
    if (record !== undefined && record.cursor < cursor) this.c.store.put({ ...record, cursor })
    const due = cursor - this.acked >= ACK_EVERY_ITEMS || Date.now() - this.ackedAtMs >= ACK_EVERY_MS
    if (cursor > this.acked && (force || due)) {
      this.ackedAtMs = Date.now()
      // Best effort: an unacked result is only kept longer by the coordinator.
      await this.c.link
        .request({ kind: 'ack', jobId: this.id, through: cursor }, { timeoutMs: 5_000 })
        .then(() => (this.acked = cursor))
        .catch(() => {})
    }
  }

  private record(status: JobStatus): void {
    this.spent = status.spent
    if (status.error !== '') this.lastError = status.error
    const record = this.c.store.byKey(this.idempotencyKey)
    if (record !== undefined) this.c.store.put({ ...record, state: status.state, spent: status.spent.toString() })
  }
}
