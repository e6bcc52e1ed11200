import { randomUUID } from 'node:crypto'
import { hexToBytes } from 'viem'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  isModelId,
  modelIdOf,
  RigpoolError,
  type Comparator,
  type DeliveryMode,
  type ExecutionSettings,
  type JobStatus,
  type ModelId,
  type NamedTensors,
  type Quote,
  type WaitOptions,
} from '../protocol/index.ts'
import { checkItemInputs, inspectModel } from '../protocol/onnx/index.ts'
import { JobHandle, type HandleContext, type Progress, type ResultsOptions } from './job-handle.ts'
import { JobStore, type JobRecord } from './job-store.ts'
import { CoordinatorLink } from './link.ts'
import { withRetry } from './retry.ts'
import { checkSpend, committedSpend } from './spend.ts'
import { sendJob, uploadModel } from './submission.ts'
import { toWireFeeds, type Feeds, type OrtFeeds } from './tensors.ts'
import { ClientWallet, type PaymentsConfig } from './wallet.ts'
import { maxJobCost } from '../settlement/index.ts'

export interface ConnectOptions {
  /** The coordinator's multiaddr, ending in /p2p/<PeerId>. */
  coordinator: string
  /** The client's key and job records; a temporary dir (removed on close) when omitted. */
  dataDir?: string
  /** The most this client may commit over all its jobs in this data dir (base units). */
  spendCap?: bigint
  /** Pay-as-you-go: a channel to the coordinator on this chain, a voucher per credit step as results arrive. */
  payments?: PaymentsConfig
  signal?: AbortSignal
  timeoutMs?: number
}

export interface JobRequest {
  /** A model's bytes (uploaded once, by content id) or the id of one already uploaded. */
  model: Uint8Array | ModelId
  /** One map of input name → tensor per item. */
  items: Feeds[]
  /** Inputs that are the same for every item, sent once. */
  shared?: Feeds
  outputs?: string[]
  /** Base units per million items; default twice the dearest price in the quote (prices follow measured speed, so they move). */
  priceCapPerMillionItems?: bigint
  /** The most this job may cost (base units); refused before sending if the quote is above it. */
  spendCap?: bigint
  /** How long the job may take (default 10 minutes). */
  deadlineMs?: number
  spread?: number
  comparator?: Comparator
  delivery?: DeliveryMode
  settings?: ExecutionSettings
  /** Retrying with the same key never starts a second job; default a fresh UUID. */
  idempotencyKey?: string
  /** Kept with the job record (tools built on the SDK use it). */
  meta?: Record<string, string>
}

export interface QuoteRequest {
  model: Uint8Array | ModelId
  /** The items (only their number counts), or `count`. */
  items?: readonly unknown[]
  count?: number
  deadlineMs?: number
  spread?: number
}

export interface SubmitOptions extends WaitOptions {
  /** Called with each progress event of the job's results. */
  onProgress?: (p: Progress) => void
  /** Give up retrying an unreachable coordinator after this long (default 60 s). */
  reconnectTimeoutMs?: number
}

/** One job as `jobs()` lists it. */
export interface JobSummary {
  jobId?: string
  idempotencyKey?: string
  state: JobRecord['state']
  itemsTotal: number
  itemsDelivered?: number
  cursor?: number
  spent: bigint
  createdAtMs?: number
}

const DEFAULT_DEADLINE_MS = 600_000

/** A client of the rigpool market: quote, submit, follow, cancel and collect jobs. */
export class MarketClient {
  readonly link: CoordinatorLink
  readonly store: JobStore
  readonly coordinator: string
  private readonly spendCap?: bigint
  private readonly ownDir?: string
  /** Channels and vouchers, when connected with payments. */
  readonly wallet?: ClientWallet

  private constructor(link: CoordinatorLink, store: JobStore, options: ConnectOptions, ownDir: string | undefined, dataDir: string) {
    this.link = link
    this.store = store
    this.wallet = options.payments === undefined ? undefined : new ClientWallet(options.payments, dataDir, link)
    this.coordinator = options.coordinator
    this.spendCap = options.spendCap
    this.ownDir = ownDir
  }

  /** The libp2p node (for tests and tools). */
  get node() {
    return this.link.node
  }

  /** Connects to a coordinator whose PeerId is pinned in its multiaddr; E_STREAM_CLOSED when it is down. */
  static async connect(options: ConnectOptions): Promise<MarketClient> {
    if (options.spendCap !== undefined && options.spendCap <= 0n) throw new RigpoolError('E_SPEND_CAP', 'a client spend cap of zero buys nothing')
    const ownDir = options.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'rigpool-client-')) : undefined
    const dataDir = options.dataDir ?? ownDir!
    try {
      const store = new JobStore(dataDir)
      const link = await CoordinatorLink.open(options.coordinator, dataDir, { signal: options.signal, timeoutMs: options.timeoutMs })
      return new MarketClient(link, store, options, ownDir, dataDir)
    } catch (err) {
      if (ownDir !== undefined) rmSync(ownDir, { recursive: true, force: true })
      throw err
    }
  }

  /** Uploads a model (stored once by content id) and returns its id. */
  uploadModel(bytes: Uint8Array, options: WaitOptions = {}): Promise<ModelId> {
    return uploadModel(this.link, bytes, options)
  }

  /** What `count` items of a model cost now, how long they take, and which providers would run them. */
  async quote(request: QuoteRequest, options: WaitOptions = {}): Promise<Quote> {
    const itemCount = request.count ?? request.items?.length
    if (itemCount === undefined || !Number.isInteger(itemCount) || itemCount <= 0) throw new RigpoolError('E_BAD_QUERY', 'a quote needs items or a positive count')
    const modelId = modelIdFor(request.model)
    const reply = await this.link.market(
      { kind: 'quote', request: { modelId, itemCount, deadlineMs: request.deadlineMs ?? 0, spread: request.spread ?? 0 } },
      { signal: options.signal, timeoutMs: options.timeoutMs },
    )
    if (reply.kind !== 'quote') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a quote, got ${reply.kind}`)
    return reply.quote
  }

  /**
   * Submits a job. Inputs are checked against the model and spend caps against a quote
   * before anything is sent; the idempotency key is saved before the job is sent.
   */
  async submit(job: JobRequest, options: SubmitOptions = {}): Promise<JobHandle> {
    const { signal } = options
    const items = job.items.map(toWireFeeds)
    const shared = toWireFeeds(job.shared ?? {})
    if (items.length === 0) throw new RigpoolError('E_BAD_JOB', 'a job needs at least one item')
    if (job.spendCap !== undefined && job.spendCap <= 0n) throw new RigpoolError('E_SPEND_CAP', 'a spend cap of zero buys nothing')
    if (typeof job.model !== 'string') checkInputs(job.model, items, shared)
    const modelId = modelIdFor(job.model)
    const key = job.idempotencyKey ?? randomUUID()
    const deadlineMs = job.deadlineMs ?? DEFAULT_DEADLINE_MS

    const known = this.store.byKey(key)
    let quote: Quote | undefined
    if (known === undefined) {
      quote = await this.quote({ model: modelId, count: items.length, deadlineMs, spread: job.spread }, { signal, timeoutMs: options.timeoutMs }).catch((err: unknown) => {
        // A coordinator without the market service still enforces the cap sent with the job.
        if (err instanceof RigpoolError && err.code === 'E_UNEXPECTED_MESSAGE') return undefined
        throw err
      })
    }
    const records = this.store.all().filter((r) => r.idempotencyKey !== key)
    const spendCap = known !== undefined ? optionalBig(known.meta.spendCap) : checkSpend({ jobCap: job.spendCap, clientCap: this.spendCap, committed: committedSpend(records), quote })
    const priceCap = job.priceCapPerMillionItems ?? (known !== undefined ? optionalBig(known.meta.priceCap) : maxPrice(quote))
    if (priceCap === undefined) throw new RigpoolError('E_BAD_JOB', 'give priceCapPerMillionItems: no quote was available to take it from')

    // The channel is chosen (opened or topped up) before the job is recorded: a refusal changes nothing here.
    const maxCost = maxJobCost(spendCap, items.length, priceCap)
    const channel = known?.meta.channel !== undefined ? { channelId: known.meta.channel as `0x${string}` } : await this.wallet?.channelFor(maxCost, { signal, timeoutMs: options.timeoutMs ?? 120_000 })
    if (known === undefined) {
      this.store.put({
        idempotencyKey: key,
        coordinator: this.coordinator,
        modelId,
        itemCount: items.length,
        createdAtMs: Date.now(),
        cursor: 0,
        state: 'submitting',
        reserved: (spendCap ?? quote?.cost ?? 0n).toString(),
        spent: '0',
        meta: {
          ...job.meta,
          priceCap: priceCap.toString(),
          ...(spendCap === undefined ? {} : { spendCap: spendCap.toString() }),
          ...(channel === undefined ? {} : { channel: channel.channelId }),
        },
      })
    }
    const spec = {
      idempotencyKey: key,
      modelId,
      itemCount: items.length,
      sharedInputs: shared,
      outputNames: job.outputs ?? [],
      comparator: job.comparator ?? { kind: 'exact' as const },
      priceCapPerMillionItems: priceCap,
      spendCap,
      deadlineMs,
      spread: job.spread ?? 0,
      delivery: job.delivery ?? 'verified',
      settings: job.settings ?? {},
      channelId: channel === undefined ? undefined : hexToBytes(channel.channelId),
    }
    const sent = await withRetry(
      async () => {
        await this.link.dial({ signal })
        if (typeof job.model !== 'string') await uploadModel(this.link, job.model, { signal, timeoutMs: options.timeoutMs })
        return sendJob(this.link, spec, items, { signal, timeoutMs: options.timeoutMs })
      },
      { signal, giveUpAfterMs: options.reconnectTimeoutMs ?? 60_000 },
    )
    this.store.update(key, { jobId: sent.jobId, state: 'queued' })
    const handle = this.handleFor(sent.jobId, key, items.length, deadlineMs, sent.stream, this.paymentOf(key))
    if (options.onProgress !== undefined) handle.on('progress', options.onProgress)
    return handle
  }

  /** Submits a job and returns every item's outputs in item order (E_CANCELLED if it does not complete). */
  async run(job: JobRequest, options: SubmitOptions = {}): Promise<OrtFeeds[]> {
    const handle = await this.submit(job, options)
    const out: OrtFeeds[] = []
    // A correction replaces an item already collected (a cheater's, caught after optimistic delivery).
    for await (const r of handle.results({ signal: options.signal, reconnectTimeoutMs: options.reconnectTimeoutMs })) {
      if (r.corrected === true) out[r.index] = r.outputs
      else out.push(r.outputs)
    }
    if (handle.finalState !== 'completed' || out.length !== job.items.length) {
      throw new RigpoolError('E_CANCELLED', `job ${handle.id} ended ${handle.finalState ?? 'early'} after ${out.length} of ${job.items.length} items`)
    }
    return out
  }

  /** Reattaches to a job by id or idempotency key (also one submitted by an earlier process with this data dir). */
  async job(idOrKey: string, options: WaitOptions = {}): Promise<JobHandle> {
    const record = this.store.find(idOrKey)
    if (record !== undefined) {
      if (record.jobId === undefined) {
        throw new RigpoolError('E_UNKNOWN_JOB', `job ${idOrKey} was never accepted; submit it again with idempotency key ${record.idempotencyKey}`)
      }
      return this.handleFor(record.jobId, record.idempotencyKey, record.itemCount, DEFAULT_DEADLINE_MS, undefined, this.paymentOf(record.idempotencyKey))
    }
    const reply = await this.link.request({ kind: 'status', jobId: idOrKey }, options)
    if (reply.kind !== 'status') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a status, got ${reply.kind}`)
    const s = reply.status
    const key = `job-${s.jobId.replace(/[^A-Za-z0-9_-]/g, '_')}`.slice(0, 128)
    this.store.put({ idempotencyKey: key, jobId: s.jobId, coordinator: this.coordinator, modelId: '', itemCount: s.itemsTotal, createdAtMs: Date.now(), cursor: 0, state: s.state, reserved: s.spent.toString(), spent: s.spent.toString(), meta: {} })
    return this.handleFor(s.jobId, key, s.itemsTotal, DEFAULT_DEADLINE_MS)
  }

  /** This client's jobs: the coordinator's view merged with the records in the data dir. */
  async jobs(options: WaitOptions & { limit?: number } = {}): Promise<JobSummary[]> {
    const reply = await this.link.request({ kind: 'list', limit: options.limit ?? 100 }, options)
    if (reply.kind !== 'listing') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a listing, got ${reply.kind}`)
    const remote = new Map<string, JobStatus>(reply.jobs.map((j) => [j.jobId, j]))
    const out: JobSummary[] = []
    for (const r of this.store.all()) {
      const s = r.jobId === undefined ? undefined : remote.get(r.jobId)
      if (r.jobId !== undefined) remote.delete(r.jobId)
      out.push({ jobId: r.jobId, idempotencyKey: r.idempotencyKey, state: s?.state ?? r.state, itemsTotal: r.itemCount, itemsDelivered: s?.itemsDelivered, cursor: r.cursor, spent: s?.spent ?? BigInt(r.spent), createdAtMs: r.createdAtMs })
    }
    for (const s of remote.values()) out.push({ jobId: s.jobId, state: s.state, itemsTotal: s.itemsTotal, itemsDelivered: s.itemsDelivered, spent: s.spent })
    return out
  }

  /** Stops the client's node (jobs go on at the coordinator; reattach with `job(id)`). */
  async close(): Promise<void> {
    await this.wallet?.close()
    await this.link.stop()
    if (this.ownDir !== undefined) rmSync(this.ownDir, { recursive: true, force: true })
  }

  private handleFor(jobId: string, key: string, itemCount: number, deadlineMs: number, live?: import('./link.ts').ClientStream, payment?: HandleContext['payment']): JobHandle {
    return new JobHandle(jobId, { link: this.link, store: this.store, idempotencyKey: key, itemCount, readTimeoutMs: deadlineMs + 60_000, live, payment })
  }

  /** How a recorded job is paid: its channel and price cap, when this client pays. */
  private paymentOf(key: string): HandleContext['payment'] {
    const r = this.store.byKey(key)
    const channelId = r?.meta.channel as `0x${string}` | undefined
    if (this.wallet === undefined || r === undefined || channelId === undefined || r.meta.priceCap === undefined) return undefined
    const priceCap = BigInt(r.meta.priceCap)
    return { wallet: this.wallet, channelId, priceCapPerMillionItems: priceCap, maxCost: maxJobCost(optionalBig(r.meta.spendCap), r.itemCount, priceCap) }
  }
}

export type { Progress, ResultsOptions }

function modelIdFor(model: Uint8Array | ModelId): ModelId {
  if (typeof model !== 'string') return modelIdOf(model)
  if (!isModelId(model)) throw new RigpoolError('E_UNKNOWN_MODEL', `not a model id: ${model}`)
  return model
}

/** Checks every item against the model's signature, before anything is uploaded. */
function checkInputs(model: Uint8Array, items: NamedTensors[], shared: NamedTensors): void {
  const sig = inspectModel(model)
  items.forEach((item, i) => {
    try {
      checkItemInputs(sig, item, shared)
    } catch (err) {
      if (err instanceof RigpoolError) throw new RigpoolError(err.code, `item ${i}: ${err.message}`, { details: err.details, cause: err })
      throw err
    }
  })
}

/** The default price cap: headroom over the dearest quoted price, since a provider re-prices as its measured speed moves. */
function maxPrice(quote: Quote | undefined): bigint | undefined {
  if (quote === undefined || quote.providers.length === 0) return undefined
  return 2n * quote.providers.reduce((m, p) => (p.pricePerMillionItems > m ? p.pricePerMillionItems : m), 0n)
}

function optionalBig(text: string | undefined): bigint | undefined {
  return text === undefined ? undefined : BigInt(text)
}
