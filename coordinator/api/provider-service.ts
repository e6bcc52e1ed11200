import type { Connection, Stream } from '@libp2p/interface'
import {
  decodeProviderToCoordinator,
  encodeCoordinatorToProvider,
  FramedStream,
  PROTOCOL_PROVIDER,
  PROVIDER_FRAME_LIMIT,
  RigpoolError,
  toRigpoolError,
  verifySignedAdvert,
  type CoordinatorToProvider,
  type ProviderToCoordinator,
  type RigpoolNode,
} from '../../protocol/index.ts'
import type { ProviderRegistry } from '../book/provider-registry.ts'
import { TaskChannel } from '../scheduling/task-channel.ts'

export interface ProviderServiceOptions {
  node: RigpoolNode
  registry: ProviderRegistry
  coordinatorEthAddress: string
  heartbeatIntervalMs?: number
  onGone: (peerId: string) => void
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

/** The coordinator's side of /rigpool/provider/1.0.0: registration, heartbeats, pause/resume, drain. */
export class ProviderService {
  private readonly options: ProviderServiceOptions

  constructor(options: ProviderServiceOptions) {
    this.options = options
  }

  async start(): Promise<void> {
    await this.options.node.handle(PROTOCOL_PROVIDER, (stream, connection) => this.serve(stream, connection), {
      maxInboundStreams: 256,
    })
  }

  async stop(): Promise<void> {
    await this.options.node.unhandle(PROTOCOL_PROVIDER)
  }

  private async serve(stream: Stream, connection: Connection): Promise<void> {
    const { registry, log } = this.options
    const framed = new FramedStream<ProviderToCoordinator, CoordinatorToProvider>(stream, {
      maxFrameBytes: PROVIDER_FRAME_LIMIT,
      decode: decodeProviderToCoordinator,
      encode: encodeCoordinatorToProvider,
    })
    const peerId = connection.remotePeer.toString()
    const interval = this.options.heartbeatIntervalMs ?? 2_000
    let registered = false
    try {
      const first = await framed.expect({ timeoutMs: 15_000 })
      if (first.kind !== 'register') throw new RigpoolError('E_UNEXPECTED_MESSAGE', 'a session starts with register')
      // The advert must be signed by its address and be for the PeerId Noise authenticated.
      const advert = await verifySignedAdvert(first.advert, { nowMs: Date.now(), expectedPeerId: peerId })
      registry.get(peerId)?.channel.close()
      registry.upsert({
        peerId: connection.remotePeer,
        advert,
        state: advert.state === 'paused' ? 'paused' : 'ready',
        channel: new TaskChannel(this.options.node, connection.remotePeer),
        isBusy: false,
        itemsDone: registry.get(peerId)?.itemsDone ?? 0,
        observedItemsPerSecond: registry.get(peerId)?.observedItemsPerSecond ?? new Map(),
        lastSeenMs: Date.now(),
      })
      registered = true
      log?.('provider registered', { peerId, ep: advert.executionProvider, pricePerGpuHour: advert.pricePerGpuHour.toString() })
      await framed.write({
        kind: 'registered',
        coordinatorEthAddress: this.options.coordinatorEthAddress,
        heartbeatIntervalMs: interval,
        heartbeatTimeoutMs: interval * 3,
      })
      for (;;) {
        const msg = await framed.read({ timeoutMs: interval * 3 })
        if (msg === null) break
        const entry = registry.get(peerId)
        if (entry === undefined) break
        entry.lastSeenMs = Date.now()
        switch (msg.kind) {
          case 'heartbeat':
            await framed.write({ kind: 'heartbeatAck', seq: msg.seq })
            break
          case 'pause':
            entry.state = 'paused'
            log?.('provider paused', { peerId, reason: msg.reason })
            registry.changed()
            break
          case 'resume':
            entry.state = 'ready'
            registry.changed()
            break
          case 'drain':
            entry.state = 'draining'
            registry.changed()
            break
          case 'advert': {
            const updated = await verifySignedAdvert(msg.advert, { nowMs: Date.now(), expectedPeerId: peerId })
            if (updated.seq > entry.advert.seq) entry.advert = updated
            registry.changed()
            break
          }
          default:
            break
        }
      }
      await framed.close({ timeoutMs: 2_000 })
    } catch (err) {
      const error = toRigpoolError(err, 'E_INTERNAL')
      log?.('provider session ended', { peerId, code: error.code, message: error.message })
      if (!registered) await framed.write({ kind: 'error', error }, { timeoutMs: 2_000 }).catch(() => {})
      framed.abort(error)
    } finally {
      if (registered) {
        this.options.onGone(peerId)
        registry.remove(peerId)
      }
    }
  }
}
