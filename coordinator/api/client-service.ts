import type { Connection, Stream } from '@libp2p/interface'
import { hexToBytes } from 'viem'
import {
  CLIENT_FRAME_LIMIT,
  decodeClientRequest,
  encodeClientResponse,
  FramedStream,
  NO_PAYMENT_TERMS,
  PROTOCOL_CLIENT,
  RigpoolError,
  toRigpoolError,
  type ClientRequest,
  type ClientResponse,
  type JobSpec,
  type RigpoolNode,
} from '../../protocol/index.ts'
import type { ClientBilling } from '../payments/index.ts'
import type { CoordinatorMetrics } from '../observability/metrics.ts'
import type { LogFn } from '../observability/logger.ts'
import type { Job } from '../scheduling/job.ts'
import { buildJobReport } from '../verification/index.ts'
import { acceptJob, checkCapacity, checkMarket, checkSpec, matchRetry, receiveItems, type IntakeDeps } from './job-intake.ts'

type Framed = FramedStream<ClientRequest, ClientResponse>

export interface ClientServiceOptions extends IntakeDeps {
  node: RigpoolNode
  metrics: CoordinatorMetrics
  /** Pay-as-you-go; absent: jobs run unpaid. */
  billing?: ClientBilling
  /** How long a results stream waits for a voucher at a credit step (default 120 s). */
  paymentWaitMs?: number
  log?: LogFn
}

const WAIT = { timeoutMs: 60_000 }
const RESULTS_PER_READ = 256

/** /rigpool/client/1.0.0: model upload, job submission, results from a cursor, ack, status, cancel, list, report. */
export class ClientService {
  private readonly o: ClientServiceOptions
  private submissions = 0
  private readonly stopController = new AbortController()

  constructor(options: ClientServiceOptions) {
    this.o = options
  }

  async start(): Promise<void> {
    await this.o.node.handle(PROTOCOL_CLIENT, (stream, connection) => this.serve(stream, connection), { maxInboundStreams: 256 })
  }

  async stop(): Promise<void> {
    this.stopController.abort()
    await this.o.node.unhandle(PROTOCOL_CLIENT)
  }

  private async serve(stream: Stream, connection: Connection): Promise<void> {
    const framed: Framed = new FramedStream(stream, { maxFrameBytes: CLIENT_FRAME_LIMIT, decode: decodeClientRequest, encode: encodeClientResponse })
    const client = connection.remotePeer.toString()
    try {
      const first = await framed.expect(WAIT)
      switch (first.kind) {
        case 'upload':
          await this.upload(framed, first)
          break
        case 'submit':
          await this.submit(framed, client, first.job)
          break
        case 'follow':
          await this.follow(framed, this.job(first.jobId), first.cursor)
          break
        case 'ack':
          await framed.write({ kind: 'status', status: this.ack(first.jobId, first.through).status() }, WAIT)
          break
        case 'status':
          await framed.write({ kind: 'status', status: this.job(first.jobId).status() }, WAIT)
          break
        case 'cancel': {
          const job = this.job(first.jobId)
          if (job.client !== client) throw new RigpoolError('E_UNKNOWN_JOB', `no job ${first.jobId} of this client`)
          this.o.scheduler.cancel(job)
          await framed.write({ kind: 'status', status: job.status() }, WAIT)
          break
        }
        case 'list': {
          const limit = Math.min(first.limit || 100, 1000)
          const rows = this.o.store.jobs.recent(limit * 4).filter((r) => r.client === client).slice(0, limit)
          const jobs = rows.map((r) => this.o.scheduler.job(r.id)!.status())
          await framed.write({ kind: 'listing', jobs }, WAIT)
          break
        }
        case 'terms': {
          const terms = this.o.billing?.terms() ?? NO_PAYMENT_TERMS
          await framed.write({ kind: 'terms', terms }, WAIT)
          break
        }
        case 'voucher': {
          if (this.o.billing === undefined) throw new RigpoolError('E_BAD_VOUCHER', 'this coordinator takes no payments')
          const { paid, due } = await this.o.billing.acceptVoucher(client, first.voucher, WAIT)
          await framed.write({ kind: 'paymentDue', channelId: hexToBytes(first.voucher.channelId), cumulativeDue: due > paid ? due : paid }, WAIT)
          break
        }
        case 'report': {
          const job = this.job(first.jobId)
          const audits = this.o.store.audits.ofJob(job.id).map((a) => ({ provider: a.provider, items: a.items }))
          const report = buildJobReport(job.id, job.itemCount, audits, this.o.store.tasks.rerunItems(job.id), [...job.providers])
          await framed.write({ kind: 'report', report }, WAIT)
          break
        }
        default:
          throw new RigpoolError('E_UNEXPECTED_MESSAGE', `a client stream cannot start with ${first.kind}`)
      }
      await framed.close({ timeoutMs: 5_000 })
    } catch (err) {
      const error = toRigpoolError(err, 'E_INTERNAL')
      this.o.metrics.refusals.inc({ code: error.code })
      this.o.log?.('client request failed', { client, code: error.code, message: error.message })
      await framed.write({ kind: 'error', error }, { timeoutMs: 2_000 }).catch(() => {})
      await framed.close({ timeoutMs: 2_000 }).catch(() => {})
    }
  }

  private job(jobId: string): Job {
    const job = this.o.scheduler.job(jobId)
    if (job === undefined) throw new RigpoolError('E_UNKNOWN_JOB', `no job ${jobId}`)
    return job
  }

  private ack(jobId: string, through: number): Job {
    const job = this.job(jobId)
    if (through > job.itemCount) throw new RigpoolError('E_BAD_QUERY', `ack through ${through} is past the job's ${job.itemCount} items`)
    if (through > job.itemsDelivered) throw new RigpoolError('E_BAD_QUERY', `only ${job.itemsDelivered} results were delivered; cannot ack through ${through}`)
    this.o.store.db.transaction(() => {
      this.o.store.results.deleteBelow(job.id, through)
      this.o.store.jobs.setAcked(job.id, through)
    })()
    return job
  }

  private async upload(framed: Framed, header: Extract<ClientRequest, { kind: 'upload' }>): Promise<void> {
    const { models } = this.o
    if (header.sizeBytes > models.maxModelBytes) throw new RigpoolError('E_MODEL_TOO_LARGE', `model exceeds ${models.maxModelBytes} bytes`)
    if (header.sizeBytes === 0) throw new RigpoolError('E_BAD_MODEL', 'empty model')
    const bytes = new Uint8Array(header.sizeBytes)
    let received = 0
    while (received < header.sizeBytes) {
      const chunk = await framed.expect(WAIT)
      if (chunk.kind !== 'chunk' || chunk.offset !== received || received + chunk.data.byteLength > header.sizeBytes || chunk.data.byteLength === 0) {
        throw new RigpoolError('E_BAD_FRAME', 'model chunk out of order or out of bounds')
      }
      bytes.set(chunk.data, received)
      received += chunk.data.byteLength
    }
    const added = models.add(header.modelId, bytes)
    await framed.write({ kind: 'modelStored', modelId: header.modelId, alreadyHad: !added }, WAIT)
  }

  private async submit(framed: Framed, client: string, spec: JobSpec): Promise<void> {
    // Everything is checked before anything is stored: a refused job changes no state.
    checkSpec(this.o, spec)
    const known = this.o.store.jobs.byIdempotencyKey(spec.idempotencyKey)
    if (known === undefined) {
      checkMarket(this.o, spec, this.o.models.get(spec.modelId)!.signature.sizeBytes)
      if (this.submissions >= this.o.limits.maxConcurrentSubmissions) {
        throw new RigpoolError('E_BUSY', 'too many submissions in progress', { retryAfterMs: 2_000 })
      }
      checkCapacity(this.o, client)
      await this.o.billing?.checkJob(client, spec, WAIT)
    }
    this.submissions++
    let received: { items: Uint8Array[]; digest: string }
    try {
      received = await receiveItems(this.o, spec, () => framed.expect(WAIT))
    } finally {
      this.submissions--
    }
    const again = this.o.store.jobs.byIdempotencyKey(spec.idempotencyKey)
    if (again !== undefined) {
      matchRetry(again, received.digest)
      await framed.write({ kind: 'accepted', jobId: again.id, existing: true }, WAIT)
      return this.follow(framed, this.job(again.id), 0)
    }
    const job = acceptJob(this.o, client, spec, received.items, received.digest)
    this.o.log?.('job accepted', { jobId: job.id, client, items: job.itemCount, model: spec.modelId })
    await framed.write({ kind: 'accepted', jobId: job.id, existing: false }, WAIT)
    await this.follow(framed, job, 0)
  }

  /**
   * Streams results in item order from `cursor` as tasks are accepted, then the final state.
   * A paid job's results stay within one credit step of the channel's vouchers: past it, the
   * stream asks for a voucher (paymentDue) and waits for it, and again for the rest at the end.
   * Corrections (a caught cheater's items re-run, optimistic delivery) go out as `corrected`
   * results for items already behind the stream's position; they may repeat after a resume.
   */
  private async follow(framed: Framed, job: Job, cursor: number): Promise<void> {
    const row = this.o.store.jobs.get(job.id)
    if (cursor > job.itemCount) throw new RigpoolError('E_BAD_QUERY', `cursor ${cursor} is past the job's ${job.itemCount} items`)
    if (row !== undefined && cursor < row.ackedThrough) {
      throw new RigpoolError('E_BAD_QUERY', `results below ${row.ackedThrough} were acknowledged and deleted`)
    }
    const signal = this.stopController.signal
    const bill = this.billFor(job, framed, signal)
    let next = cursor
    let correctedSeq = 0
    while (!signal.aborted) {
      const wake = job.changed(5_000, signal)
      let sent = 0
      for (const r of this.o.store.results.from(job.id, next, RESULTS_PER_READ)) {
        if (r.index !== next) break
        await bill?.before(r.index, r.taskId)
        await framed.write({ kind: 'result', jobId: job.id, index: r.index, outputs: r.outputs, corrected: false }, WAIT)
        // Each index is charged once, however many streams deliver it.
        if (r.index === job.itemsDelivered) {
          job.itemsDelivered++
          bill?.delivered(r.taskId)
        }
        next++
        sent++
      }
      for (const c of this.o.store.results.corrections(job.id, correctedSeq, next, RESULTS_PER_READ)) {
        // A correction replaces a result already delivered (and charged): it costs nothing more.
        await framed.write({ kind: 'result', jobId: job.id, index: c.index, outputs: c.outputs, corrected: true }, WAIT)
        correctedSeq = c.seq
        sent++
      }
      if (sent > 0) this.o.store.jobs.setDelivered(job.id, job.itemsDelivered, job.deliveredExact)
      if (sent > 0) continue
      if (job.isFinished && (next >= job.itemCount || job.state !== 'completed')) break
      if (framed.stream.status !== 'open') throw new RigpoolError('E_STREAM_CLOSED', 'the client went away')
      await wake
    }
    if (signal.aborted) throw new RigpoolError('E_BUSY', 'the coordinator is stopping', { retryAfterMs: 2_000 })
    await bill?.settle()
    await framed.write({ kind: 'status', status: job.status() }, WAIT)
    await framed.write({ kind: 'done', jobId: job.id, state: job.state, totalCost: job.spent }, WAIT)
  }

  /** The credit check of a paid job's results stream. */
  private billFor(job: Job, framed: Framed, signal: AbortSignal): { before(index: number, taskId: string): Promise<void>; delivered(taskId: string): void; settle(): Promise<void> } | undefined {
    const billing = this.o.billing
    const channelId = job.channelId
    if (billing === undefined || channelId === undefined) return undefined
    const prices = new Map<string, bigint>()
    const priceOf = (taskId: string): bigint => {
      let p = prices.get(taskId)
      if (p === undefined) {
        // A free re-run's outputs stand in for the caught cheater's, charged at that task's price.
        const task = this.o.store.tasks.get(taskId)
        const charged = task !== undefined && !task.chargeClient && task.rerunOf !== null ? this.o.store.tasks.get(task.rerunOf) : task
        p = charged?.pricePerMillion ?? 0n
        prices.set(taskId, p)
      }
      return p
    }
    const waitMs = this.o.paymentWaitMs ?? 120_000
    const collect = async (due: bigint): Promise<void> => {
      await framed.write({ kind: 'paymentDue', channelId: hexToBytes(channelId as `0x${string}`), cumulativeDue: due }, WAIT)
      await billing.waitPaid(channelId, due, { signal, timeoutMs: waitMs })
    }
    return {
      delivered: (taskId) => billing.charge(job, priceOf(taskId)),
      async before(index, taskId) {
        if (index !== job.itemsDelivered) return
        // Sending this result would put the client more than one credit step behind: ask for
        // everything delivered so far first.
        const after = billing.due(channelId, priceOf(taskId))
        if (after - billing.paid(channelId) > billing.creditStep) await collect(billing.due(channelId))
      },
      async settle() {
        const due = billing.due(channelId)
        if (due > billing.paid(channelId)) await collect(due)
      },
    }
  }
}
