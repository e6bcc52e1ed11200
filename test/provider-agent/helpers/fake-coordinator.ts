// A minimal coordinator for provider-agent tests: a real libp2p peer that registers
// providers, serves (or corrupts) models, records session messages and sends tasks.
import type { PeerId, Stream } from '@libp2p/interface'
import {
  createRigpoolNode,
  decodeModelRequest,
  decodeProviderToCoordinator,
  decodeTaskReply,
  encodeCoordinatorToProvider,
  encodeModelResponse,
  encodeTaskFrame,
  FramedStream,
  MODEL_FRAME_LIMIT,
  PROTOCOL_MODEL,
  PROTOCOL_PROVIDER,
  PROTOCOL_TASK,
  PROVIDER_FRAME_LIMIT,
  RigpoolError,
  TASK_FRAME_LIMIT,
  verifySignedAdvert,
  type Advert,
  type CoordinatorToProvider,
  type ModelRequest,
  type ModelResponse,
  type NamedTensors,
  type ProviderToCoordinator,
  type RigpoolNode,
  type TaskFrame,
  type TaskHeader,
  type TaskReply,
} from '../../../protocol/index.ts'

export interface TaskOutcome {
  outputs: Map<number, NamedTensors>
  result?: Extract<TaskReply, { kind: 'result' }>['result']
  error?: RigpoolError
  /** The stream failed (reset) rather than answering. */
  streamError?: Error
}

export class FakeCoordinator {
  readonly node: RigpoolNode
  readonly messages: ProviderToCoordinator[] = []
  readonly adverts: Advert[] = []
  /** Served as-is by /rigpool/model/1.0.0 (a test may store wrong bytes under an id). */
  readonly models = new Map<string, Uint8Array>()
  private sessions: Array<FramedStream<ProviderToCoordinator, CoordinatorToProvider>> = []

  private constructor(node: RigpoolNode) {
    this.node = node
  }

  static async start(dataDir: string): Promise<FakeCoordinator> {
    const node = await createRigpoolNode({ dataDir, listen: ['/ip4/127.0.0.1/tcp/0'] })
    const c = new FakeCoordinator(node)
    await node.handle(PROTOCOL_PROVIDER, (s, conn) => void c.session(s, conn.remotePeer.toString()))
    await node.handle(PROTOCOL_MODEL, (s) => void c.serveModel(s))
    return c
  }

  get multiaddr(): string {
    return this.node.getMultiaddrs()[0]!.toString()
  }

  /** Messages of one kind received so far. */
  received<K extends ProviderToCoordinator['kind']>(kind: K): Array<Extract<ProviderToCoordinator, { kind: K }>> {
    return this.messages.filter((m) => m.kind === kind) as never
  }

  /** Polls until `predicate` holds or `timeoutMs` passes. */
  async until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const t0 = Date.now()
    while (!predicate()) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }

  /** Sends one task (header, items, trailer) and collects the replies. */
  async runTask(
    provider: PeerId,
    header: Partial<TaskHeader> & { modelId: string },
    items: NamedTensors[],
    options: { dropAfterMs?: number } = {},
  ): Promise<TaskOutcome> {
    const full: TaskHeader = {
      taskId: `task-${Math.random().toString(16).slice(2)}`,
      itemCount: items.length,
      sharedInputs: {},
      outputNames: [],
      pricePerMillionItems: 1n,
      deadlineMs: 60_000,
      settings: {},
      firstIndex: 0,
      ...header,
    }
    const stream = await this.node.dialProtocol(provider, PROTOCOL_TASK)
    const framed = new FramedStream<TaskReply, TaskFrame>(stream, {
      maxFrameBytes: TASK_FRAME_LIMIT,
      decode: decodeTaskReply,
      encode: encodeTaskFrame,
    })
    const out: TaskOutcome = { outputs: new Map() }
    try {
      await framed.write({ kind: 'header', header: full }, { timeoutMs: 10_000 })
      for (const [index, inputs] of items.entries())
        await framed.write({ kind: 'item', index, inputs }, { timeoutMs: 10_000 })
      await framed.write({ kind: 'trailer', itemCount: items.length }, { timeoutMs: 10_000 })
      if (options.dropAfterMs !== undefined) {
        await new Promise((r) => setTimeout(r, options.dropAfterMs))
        framed.abort(new Error('coordinator went away'))
        return out
      }
      for (;;) {
        const reply = await framed.read({ timeoutMs: 120_000 })
        if (reply === null) break
        if (reply.kind === 'item') out.outputs.set(reply.index, reply.outputs)
        else if (reply.kind === 'result') {
          out.result = reply.result
          break
        } else if (reply.kind === 'error') {
          out.error = reply.error
          break
        }
      }
      await framed.close({ timeoutMs: 5_000 }).catch(() => {})
    } catch (err) {
      out.streamError = err as Error
      framed.abort(err as Error)
    }
    return out
  }

  async stop(): Promise<void> {
    for (const s of this.sessions) s.abort(new Error('stopping'))
    await this.node.stop()
  }

  private async session(stream: Stream, peerId: string): Promise<void> {
    const framed = new FramedStream<ProviderToCoordinator, CoordinatorToProvider>(stream, {
      maxFrameBytes: PROVIDER_FRAME_LIMIT,
      decode: decodeProviderToCoordinator,
      encode: encodeCoordinatorToProvider,
    })
    this.sessions.push(framed)
    try {
      const first = await framed.expect({ timeoutMs: 15_000 })
      if (first.kind !== 'register') throw new RigpoolError('E_UNEXPECTED_MESSAGE', 'register first')
      this.adverts.push(await verifySignedAdvert(first.advert, { nowMs: Date.now(), expectedPeerId: peerId }))
      this.messages.push(first)
      await framed.write({
        kind: 'registered',
        feeBps: 0,
        coordinatorEthAddress: '',
        heartbeatIntervalMs: 500,
        heartbeatTimeoutMs: 1500,
      })
      for (;;) {
        const msg = await framed.read({ timeoutMs: 5_000 })
        if (msg === null) break
        this.messages.push(msg)
        if (msg.kind === 'heartbeat') await framed.write({ kind: 'heartbeatAck', seq: msg.seq })
        if (msg.kind === 'advert')
          this.adverts.push(await verifySignedAdvert(msg.advert, { nowMs: Date.now(), expectedPeerId: peerId }))
      }
    } catch {
      framed.abort(new Error('session ended'))
    }
  }

  private async serveModel(stream: Stream): Promise<void> {
    const framed = new FramedStream<ModelRequest, ModelResponse>(stream, {
      maxFrameBytes: MODEL_FRAME_LIMIT,
      decode: decodeModelRequest,
      encode: encodeModelResponse,
    })
    try {
      const req = await framed.expect({ timeoutMs: 10_000 })
      const bytes = this.models.get(req.modelId)
      if (bytes === undefined) {
        await framed.write({ kind: 'error', error: new RigpoolError('E_UNKNOWN_MODEL', 'no such model') })
      } else {
        await framed.write({ kind: 'info', modelId: req.modelId, sizeBytes: bytes.byteLength })
        for (let off = 0; off < bytes.byteLength; off += 1024 * 1024) {
          await framed.write({
            kind: 'chunk',
            offset: off,
            data: bytes.subarray(off, Math.min(bytes.byteLength, off + 1024 * 1024)),
          })
        }
      }
      await framed.close({ timeoutMs: 5_000 })
    } catch (err) {
      framed.abort(err as Error)
    }
  }
}
