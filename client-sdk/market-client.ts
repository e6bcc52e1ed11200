import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import type { Tensor as OrtTensor } from 'onnxruntime-node'
import {
  CLIENT_FRAME_LIMIT,
  createRigpoolNode,
  decodeClientResponse,
  encodeClientRequest,
  FramedStream,
  fromOrtTensor,
  MODEL_CHUNK_BYTES,
  modelIdOf,
  PROTOCOL_CLIENT,
  RigpoolError,
  toOrtTensor,
  type ClientRequest,
  type ClientResponse,
  type Comparator,
  type DeliveryMode,
  type ExecutionSettings,
  type JobStatus,
  type ModelId,
  type NamedTensors,
  type RigpoolNode,
  type WaitOptions,
} from '../protocol/index.ts'

type Framed = FramedStream<ClientResponse, ClientRequest>
/** Inputs as developers hold them: ORT tensors by input name. */
export type OrtFeeds = Record<string, OrtTensor>

export interface ConnectOptions {
  /** The coordinator's multiaddr, ending in /p2p/<PeerId>. */
  coordinator: string
  /** Where the client's node key lives; a temporary dir when omitted. */
  dataDir?: string
  signal?: AbortSignal
}

export interface JobRequest {
  /** A model's bytes (uploaded once, by content id) or the id of one already uploaded. */
  model: Uint8Array | ModelId
  items: OrtFeeds[]
  /** Inputs that are the same for every item, sent once. */
  shared?: OrtFeeds
  outputs?: string[]
  /** Base units per million items; the job is refused if every offer is above it. */
  priceCapPerMillionItems: bigint
  spendCap?: bigint
  deadlineMs?: number
  spread?: number
  comparator?: Comparator
  delivery?: DeliveryMode
  settings?: ExecutionSettings
  idempotencyKey?: string
}

export interface JobResultItem {
  index: number
  outputs: OrtFeeds
}

/** A client of the rigpool market: upload models, submit jobs, collect results. */
export class MarketClient {
  readonly node: RigpoolNode
  private readonly coordinator: Multiaddr
  private readonly ownDir: string | undefined

  private constructor(node: RigpoolNode, coordinator: Multiaddr, ownDir: string | undefined) {
    this.node = node
    this.coordinator = coordinator
    this.ownDir = ownDir
  }

  /** Connects to a coordinator whose PeerId is pinned in its multiaddr. */
  static async connect(options: ConnectOptions): Promise<MarketClient> {
    const addr = multiaddr(options.coordinator)
    if (addr.getComponents().find((c) => c.name === 'p2p') === undefined) {
      throw new RigpoolError('E_CONFIG', 'the coordinator multiaddr must end in /p2p/<PeerId>')
    }
    const ownDir = options.dataDir === undefined ? mkdtempSync(join(tmpdir(), 'rigpool-client-')) : undefined
    const node = await createRigpoolNode({ dataDir: options.dataDir ?? ownDir!, listen: [] })
    try {
      await node.dial(addr, { signal: AbortSignal.any([options.signal ?? new AbortController().signal, AbortSignal.timeout(15_000)]) })
    } catch (err) {
      await node.stop()
      throw new RigpoolError('E_STREAM_CLOSED', `cannot reach the coordinator at ${options.coordinator}`, { cause: err })
    }
    return new MarketClient(node, addr, ownDir)
  }

  private async open(signal?: AbortSignal): Promise<Framed> {
    const stream = await this.node.dialProtocol(this.coordinator, PROTOCOL_CLIENT, { signal })
    return new FramedStream(stream, { maxFrameBytes: CLIENT_FRAME_LIMIT, decode: decodeClientResponse, encode: encodeClientRequest })
  }

  /** Uploads a model (stored once by content id) and returns its id. */
  async uploadModel(bytes: Uint8Array, options: WaitOptions = {}): Promise<ModelId> {
    const modelId = modelIdOf(bytes)
    const framed = await this.open(options.signal)
    const wait = { signal: options.signal, timeoutMs: options.timeoutMs ?? 120_000 }
    try {
      await framed.write({ kind: 'upload', modelId, sizeBytes: bytes.byteLength, name: '' }, wait)
      for (let offset = 0; offset < bytes.byteLength; offset += MODEL_CHUNK_BYTES) {
        await framed.write({ kind: 'chunk', offset, data: bytes.subarray(offset, offset + MODEL_CHUNK_BYTES) }, wait)
      }
      const reply = await framed.expect(wait)
      if (reply.kind === 'error') throw reply.error
      if (reply.kind !== 'modelStored' || reply.modelId !== modelId) throw new RigpoolError('E_UNEXPECTED_MESSAGE', 'expected model stored')
      return modelId
    } finally {
      await framed.close({ timeoutMs: 2_000 })
    }
  }

  /** Submits a job and yields its results in item order as they arrive. */
  async *submit(job: JobRequest, options: { signal?: AbortSignal; onStatus?: (s: JobStatus) => void; onAccepted?: (jobId: string) => void } = {}): AsyncGenerator<JobResultItem> {
    const modelId = typeof job.model === 'string' ? job.model : await this.uploadModel(job.model, options)
    const items = job.items.map(toWire)
    const shared = toWire(job.shared ?? {})
    const framed = await this.open(options.signal)
    const wait = { signal: options.signal, timeoutMs: 120_000 }
    try {
      await framed.write(
        {
          kind: 'submit',
          job: {
            idempotencyKey: job.idempotencyKey ?? randomUUID(),
            modelId,
            itemCount: items.length,
            sharedInputs: shared,
            outputNames: job.outputs ?? [],
            comparator: job.comparator ?? { kind: 'exact' },
            priceCapPerMillionItems: job.priceCapPerMillionItems,
            spendCap: job.spendCap,
            deadlineMs: job.deadlineMs ?? 600_000,
            spread: job.spread ?? 0,
            delivery: job.delivery ?? 'verified',
            settings: job.settings ?? {},
          },
        },
        wait,
      )
      for (let i = 0; i < items.length; i++) await framed.write({ kind: 'item', index: i, inputs: items[i]! }, wait)
      await framed.write({ kind: 'submitEnd', itemCount: items.length }, wait)
      let next = 0
      for (;;) {
        const msg = await framed.expect({ signal: options.signal, timeoutMs: job.deadlineMs ?? 600_000 })
        switch (msg.kind) {
          case 'accepted':
            options.onAccepted?.(msg.jobId)
            break
          case 'result':
            if (msg.index !== next) throw new RigpoolError('E_BAD_FRAME', `result ${msg.index} out of order (expected ${next})`)
            next++
            yield { index: msg.index, outputs: fromWire(msg.outputs) }
            break
          case 'status':
            options.onStatus?.(msg.status)
            break
          case 'error':
            throw msg.error
          case 'done':
            if (msg.state !== 'completed') throw new RigpoolError('E_CANCELLED', `job ended ${msg.state}`)
            return
          default:
            throw new RigpoolError('E_UNEXPECTED_MESSAGE', `unexpected ${msg.kind}`)
        }
      }
    } finally {
      await framed.close({ timeoutMs: 2_000 })
    }
  }

  /** Runs a job and returns every item's outputs in item order. */
  async run(job: JobRequest, options: { signal?: AbortSignal; onStatus?: (s: JobStatus) => void } = {}): Promise<OrtFeeds[]> {
    const out: OrtFeeds[] = []
    for await (const r of this.submit(job, options)) out.push(r.outputs)
    return out
  }

  async close(): Promise<void> {
    await this.node.stop()
    if (this.ownDir !== undefined) rmSync(this.ownDir, { recursive: true, force: true })
  }
}

function toWire(feeds: OrtFeeds): NamedTensors {
  const out: NamedTensors = {}
  for (const [name, t] of Object.entries(feeds)) out[name] = fromOrtTensor(t)
  return out
}

function fromWire(tensors: NamedTensors): OrtFeeds {
  const out: OrtFeeds = {}
  for (const [name, t] of Object.entries(tensors)) out[name] = toOrtTensor(t)
  return out
}
