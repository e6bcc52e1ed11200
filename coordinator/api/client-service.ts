import { createHash, randomUUID } from 'node:crypto'
import type { Stream } from '@libp2p/interface'
import { checkItemInputs } from '../../protocol/onnx/index.ts'
import {
  CLIENT_FRAME_LIMIT,
  decodeClientRequest,
  encodeClientRequest,
  encodeClientResponse,
  FramedStream,
  PROTOCOL_CLIENT,
  RigpoolError,
  toRigpoolError,
  type ClientRequest,
  type ClientResponse,
  type JobSpec,
  type NamedTensors,
  type RigpoolNode,
} from '../../protocol/index.ts'
import type { ProviderRegistry } from '../book/provider-registry.ts'
import type { ModelRegistry } from '../models/model-registry.ts'
import { Job } from '../scheduling/job.ts'
import { Scheduler } from '../scheduling/scheduler.ts'

type Framed = FramedStream<ClientRequest, ClientResponse>

export interface ClientServiceOptions {
  node: RigpoolNode
  models: ModelRegistry
  registry: ProviderRegistry
  scheduler: Scheduler
  jobs: Map<string, Job>
  maxItemsPerJob?: number
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

const WAIT = { timeoutMs: 60_000 }

/** /rigpool/client/1.0.0: model upload, job submission, results from a cursor, status, cancel. */
export class ClientService {
  private readonly options: ClientServiceOptions
  /** idempotency key → job id and the digest of what was submitted under it. */
  private readonly byKey = new Map<string, { jobId: string; digest: string }>()

  constructor(options: ClientServiceOptions) {
    this.options = options
  }

  async start(): Promise<void> {
    await this.options.node.handle(PROTOCOL_CLIENT, (stream) => this.serve(stream), { maxInboundStreams: 256 })
  }

  async stop(): Promise<void> {
    await this.options.node.unhandle(PROTOCOL_CLIENT)
  }

  private async serve(stream: Stream): Promise<void> {
    const framed: Framed = new FramedStream(stream, { maxFrameBytes: CLIENT_FRAME_LIMIT, decode: decodeClientRequest, encode: encodeClientResponse })
    try {
      const first = await framed.expect(WAIT)
      switch (first.kind) {
        case 'upload':
          await this.upload(framed, first)
          break
        case 'submit':
          await this.submit(framed, first.job)
          break
        case 'follow':
          await this.follow(framed, this.job(first.jobId), first.cursor)
          break
        case 'status':
          await framed.write({ kind: 'status', status: this.job(first.jobId).status() }, WAIT)
          break
        case 'cancel': {
          const job = this.job(first.jobId)
          if (!job.isFinished) this.options.scheduler.cancel(job)
          await framed.write({ kind: 'status', status: job.status() }, WAIT)
          break
        }
        case 'list': {
          const limit = Math.min(first.limit || 100, 1000)
          const jobs = [...this.options.jobs.values()].slice(-limit).map((j) => j.status())
          await framed.write({ kind: 'listing', jobs }, WAIT)
          break
        }
        default:
          throw new RigpoolError('E_UNEXPECTED_MESSAGE', `a client stream cannot start with ${first.kind}`)
      }
      await framed.close({ timeoutMs: 5_000 })
    } catch (err) {
      const error = toRigpoolError(err, 'E_INTERNAL')
      this.options.log?.('client request failed', { code: error.code, message: error.message })
      await framed.write({ kind: 'error', error }, { timeoutMs: 2_000 }).catch(() => {})
      await framed.close({ timeoutMs: 2_000 }).catch(() => {})
    }
  }

  private job(jobId: string): Job {
    const job = this.options.jobs.get(jobId)
    if (job === undefined) throw new RigpoolError('E_UNKNOWN_JOB', `no job ${jobId}`)
    return job
  }

  private async upload(framed: Framed, header: Extract<ClientRequest, { kind: 'upload' }>): Promise<void> {
    const { models } = this.options
    if (header.sizeBytes > models.maxModelBytes) throw new RigpoolError('E_MODEL_TOO_LARGE', `model exceeds ${models.maxModelBytes} bytes`)
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

  private async submit(framed: Framed, spec: JobSpec): Promise<void> {
    const { models, registry, scheduler, jobs } = this.options
    const maxItems = this.options.maxItemsPerJob ?? 1_000_000
    // Everything is checked before anything is stored: a refused job changes no state.
    const model = models.get(spec.modelId)
    if (model === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${spec.modelId} was not uploaded`)
    if (spec.itemCount === 0 || spec.itemCount > maxItems) throw new RigpoolError('E_BAD_JOB', `a job has 1..${maxItems} items`)
    if (spec.priceCapPerMillionItems === 0n) throw new RigpoolError('E_BAD_JOB', 'a price cap of zero buys nothing')
    if (spec.spendCap === 0n) throw new RigpoolError('E_SPEND_CAP', 'a spend cap of zero buys nothing')
    if (spec.deadlineMs > 7 * 24 * 3_600_000) throw new RigpoolError('E_BAD_JOB', 'deadline longer than a week')
    const digest = createHash('sha256').update(encodeClientRequest({ kind: 'submit', job: spec }))
    const items: NamedTensors[] = []
    for (;;) {
      const frame = await framed.expect(WAIT)
      if (frame.kind === 'submitEnd') break
      if (frame.kind !== 'item' || frame.index !== items.length || items.length >= spec.itemCount) {
        throw new RigpoolError('E_BAD_FRAME', 'job items out of order or too many')
      }
      checkItemInputs(model.signature, frame.inputs, spec.sharedInputs)
      digest.update(encodeClientRequest(frame))
      items.push(frame.inputs)
    }
    if (items.length !== spec.itemCount) throw new RigpoolError('E_BAD_JOB', `job announced ${spec.itemCount} items, sent ${items.length}`)
    const hex = digest.digest('hex')
    const known = this.byKey.get(spec.idempotencyKey)
    if (known !== undefined) {
      if (known.digest !== hex) throw new RigpoolError('E_IDEMPOTENCY_CONFLICT', 'this idempotency key was used for a different job')
      await framed.write({ kind: 'accepted', jobId: known.jobId, existing: true }, WAIT)
      return this.follow(framed, this.job(known.jobId), 0)
    }
    const providers = registry.all().filter((p) => p.state !== 'draining')
    if (providers.length === 0) throw new RigpoolError('E_NO_PROVIDER', 'no provider is online', { retryAfterMs: 5_000 })
    const prices = providers.map((p) => Scheduler.priceFor(p, spec.modelId))
    if (prices.every((p) => p !== undefined && p > spec.priceCapPerMillionItems)) {
      const cheapest = prices.reduce((a, b) => (a! < b! ? a : b))
      throw new RigpoolError('E_PRICE_TOO_LOW', `price cap below every offer; the cheapest is ${cheapest} per million items`, {
        details: { cheapestPerMillionItems: cheapest!.toString() },
      })
    }
    const job = new Job(randomUUID(), spec, items)
    jobs.set(job.id, job)
    this.byKey.set(spec.idempotencyKey, { jobId: job.id, digest: hex })
    scheduler.submit(job)
    this.options.log?.('job accepted', { jobId: job.id, items: items.length, model: spec.modelId })
    await framed.write({ kind: 'accepted', jobId: job.id, existing: false }, WAIT)
    await this.follow(framed, job, 0)
  }

  /** Streams results in item order from `cursor` as they arrive, then the final state. */
  private async follow(framed: Framed, job: Job, cursor: number): Promise<void> {
    let next = Math.max(0, cursor)
    for (;;) {
      while (next < job.results.length && job.results[next] !== undefined) {
        await framed.write({ kind: 'result', jobId: job.id, index: next, outputs: job.results[next]!, corrected: false }, WAIT)
        next++
        job.itemsDelivered = Math.max(job.itemsDelivered, next)
      }
      if (job.isFinished && (next >= job.results.length || job.state !== 'completed')) break
      await new Promise<void>((resolve) => {
        const off = job.onChange(() => {
          off()
          resolve()
        })
      })
    }
    await framed.write({ kind: 'status', status: job.status() }, WAIT)
    await framed.write({ kind: 'done', jobId: job.id, state: job.state, totalCost: job.spent }, WAIT)
  }
}
