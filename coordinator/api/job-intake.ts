import { createHash, randomUUID } from 'node:crypto'
import { checkItemInputs } from '../../protocol/onnx/index.ts'
import { encodeClientRequest, RigpoolError, costOfItems, type ClientRequest, type JobSpec } from '../../protocol/index.ts'
import type { ProviderRegistry } from '../book/provider-registry.ts'
import { explainRejections, offerFor, rankOffers } from '../matching/index.ts'
import type { ModelRegistry } from '../models/model-registry.ts'
import type { Job } from '../scheduling/job.ts'
import type { Scheduler } from '../scheduling/scheduler.ts'
import { encodeItem, type JobRow, type Store } from '../store/index.ts'
import type { LimitsConfig, SubmissionRate } from './limits.ts'

export interface IntakeDeps {
  store: Store
  models: ModelRegistry
  registry: ProviderRegistry
  scheduler: Scheduler
  limits: LimitsConfig
  rate: SubmissionRate
  now: () => number
}

const WEEK_MS = 7 * 24 * 3_600_000
const DEFAULT_DEADLINE_MS = 3_600_000

/** Checks a job's header: everything that can be refused before its items arrive (no state changes). */
export function checkSpec(deps: IntakeDeps, spec: JobSpec): void {
  const model = deps.models.get(spec.modelId)
  if (model === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${spec.modelId} was not uploaded`)
  const max = deps.limits.maxItemsPerJob
  if (spec.itemCount === 0 || spec.itemCount > max) throw new RigpoolError('E_BAD_JOB', `a job has 1..${max} items, not ${spec.itemCount}`)
  if (spec.priceCapPerMillionItems === 0n) throw new RigpoolError('E_BAD_JOB', 'a price cap of zero buys nothing')
  if (spec.spendCap === 0n) throw new RigpoolError('E_SPEND_CAP', 'a spend cap of zero buys nothing')
  if (spec.deadlineMs !== 0 && (spec.deadlineMs < 1_000 || spec.deadlineMs > WEEK_MS)) {
    throw new RigpoolError('E_BAD_JOB', `a deadline is 1 s .. 7 days, not ${spec.deadlineMs} ms`)
  }
  if (spec.spread > 1_000) throw new RigpoolError('E_BAD_JOB', 'spread must be 0..1000')
  const outputs = new Set(model.signature.outputs.map((o) => o.name))
  for (const name of spec.outputNames) if (!outputs.has(name)) throw new RigpoolError('E_BAD_JOB', `the model has no output ${name}`)
}

/** Refuses a job the market cannot serve now, with the reason and the cheapest offer that would fit. */
export function checkMarket(deps: IntakeDeps, spec: JobSpec, modelBytes: number): void {
  const req = { modelId: spec.modelId, modelBytes, settings: spec.settings }
  const online = deps.registry.all()
  // A paused provider fits: the owner's pause is temporary and the job waits for it.
  const fitting = rankOffers(online, req, { allowPaused: true })
  if (fitting.length === 0) throw new RigpoolError('E_NO_PROVIDER', explainRejections(online, req), { retryAfterMs: 5_000 })
  // Name the cheapest offer available now (a paused one still counts for the cap check).
  const cheapest = fitting.find((o) => o.entry.state !== 'paused') ?? fitting[0]!
  const details = { cheapestPerMillionItems: cheapest.pricePerMillionItems.toString(), cheapestProvider: cheapest.entry.id }
  if (fitting[0]!.pricePerMillionItems > spec.priceCapPerMillionItems) {
    throw new RigpoolError(
      'E_PRICE_TOO_LOW',
      `price cap ${spec.priceCapPerMillionItems} is below every offer; the cheapest that fits is ${cheapest.pricePerMillionItems} per million items (provider ${cheapest.entry.id})`,
      { details },
    )
  }
  const estimate = costOfItems(BigInt(spec.itemCount), offerFor(cheapest.entry, spec.modelId).pricePerMillionItems)
  if (spec.spendCap !== undefined && estimate > spec.spendCap) {
    throw new RigpoolError('E_SPEND_CAP', `the job costs at least ${estimate}, above the spend cap ${spec.spendCap}`, { details: { ...details, estimate: estimate.toString() } })
  }
}

/** Checks the bounds that protect the coordinator: E_BUSY with a retry-after when over. */
export function checkCapacity(deps: IntakeDeps, client: string): void {
  const { store, limits, scheduler } = deps
  if (store.jobs.activeJobsOf(client) >= limits.maxJobsPerClient) {
    throw new RigpoolError('E_BUSY', `this client already has ${limits.maxJobsPerClient} unfinished jobs`, { retryAfterMs: 5_000 })
  }
  if (scheduler.activeJobs >= limits.maxActiveJobs) throw new RigpoolError('E_BUSY', 'the coordinator is at its job limit', { retryAfterMs: 10_000 })
  if (store.results.totalBytes >= limits.resultQuotaBytes) {
    throw new RigpoolError('E_BUSY', 'the result store is full until clients acknowledge results', { retryAfterMs: 30_000 })
  }
  deps.rate.take(client, deps.now())
}

/** Receives a job's items, validating each against the model, within the byte limit. */
export async function receiveItems(
  deps: IntakeDeps,
  spec: JobSpec,
  read: () => Promise<ClientRequest>,
): Promise<{ items: Uint8Array[]; digest: string }> {
  const model = deps.models.get(spec.modelId)!
  const digest = createHash('sha256').update(encodeClientRequest({ kind: 'submit', job: spec }))
  const items: Uint8Array[] = []
  let bytes = 0
  for (;;) {
    const frame = await read()
    if (frame.kind === 'submitEnd') break
    if (frame.kind !== 'item' || frame.index !== items.length || items.length >= spec.itemCount) {
      throw new RigpoolError('E_BAD_FRAME', 'job items out of order or too many')
    }
    checkItemInputs(model.signature, frame.inputs, spec.sharedInputs)
    const encoded = encodeItem(frame.index, frame.inputs)
    bytes += encoded.byteLength
    if (bytes > deps.limits.maxJobBytes) throw new RigpoolError('E_BAD_JOB', `a job's inputs are at most ${deps.limits.maxJobBytes} bytes`)
    digest.update(encoded)
    items.push(encoded)
  }
  if (items.length !== spec.itemCount) throw new RigpoolError('E_BAD_JOB', `job announced ${spec.itemCount} items, sent ${items.length}`)
  return { items, digest: digest.digest('hex') }
}

/** Stores a new job with every item (durably) and hands it to the scheduler; the caller then says "accepted". */
export function acceptJob(deps: IntakeDeps, client: string, spec: JobSpec, items: Uint8Array[], digest: string): Job {
  const stored: JobSpec = { ...spec, deadlineMs: spec.deadlineMs === 0 ? DEFAULT_DEADLINE_MS : spec.deadlineMs }
  const id = randomUUID()
  deps.store.jobs.insert({ id, client, digest, spec: stored, items, nowMs: deps.now() })
  const job = deps.scheduler.submitted(id)
  job.itemBytes = Math.ceil(items.reduce((s, b) => s + b.byteLength, 0) / items.length)
  return job
}

/** A retried submission: the same job returns; the same key for a different job is refused. */
export function matchRetry(known: JobRow, digest: string): void {
  if (known.digest !== digest) throw new RigpoolError('E_IDEMPOTENCY_CONFLICT', 'this idempotency key was used for a different job')
}
