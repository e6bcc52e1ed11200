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
import type { AdvertBook } from '../book/advert-book.ts'
import type { ProviderRegistry } from '../book/provider-registry.ts'
import type { Scheduler } from '../scheduling/scheduler.ts'
import { TaskChannel } from '../scheduling/task-channel.ts'
import { reputationOf, type Store } from '../store/index.ts'

export interface ProviderServiceOptions {
  node: RigpoolNode
  registry: ProviderRegistry
  adverts: AdvertBook
  store: Store
  scheduler: Scheduler
  coordinatorEthAddress: string
  /** The fee kept from provider payouts, told to providers so they can count what they earn. */
  feeBps?: number
  /** Settlement: a provider came online (its owed vouchers are re-sent). */
  onOnline?: (peerId: string) => void
  /** A caught cheater's key is refused whatever PeerId it comes back with. */
  isBannedAddress?: (ethAddress: string) => boolean
  heartbeatIntervalMs?: number
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
    const { registry, log, store, scheduler } = this.options
    const session = {}
    let sessionHandle: number | undefined
    let endReason = 'session closed'
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
      const record = store.providers.get(peerId)
      if (record?.isBanned === true) throw new RigpoolError('E_BANNED', `provider ${peerId} is banned: ${record.banReason}`)
      if (this.options.isBannedAddress?.(advert.ethAddress) === true) throw new RigpoolError('E_BANNED', `provider key ${advert.ethAddress} is banned: caught cheating`)
      const previous = registry.get(peerId)
      previous?.channel.close()
      store.providers.saveAdvert(peerId, first.advert.advert, first.advert.signature, 'session', Date.now())
      sessionHandle = store.providers.sessionStarted(peerId, Date.now())
      registry.upsert({
        id: peerId,
        peerId: connection.remotePeer,
        advert,
        state: advert.state === 'paused' ? 'paused' : 'ready',
        channel: new TaskChannel(this.options.node, connection.remotePeer),
        isBusy: false,
        isBanned: false,
        hasSession: true,
        reputation: record === undefined ? 0.5 : reputationOf(record),
        itemsDone: previous?.itemsDone ?? record?.itemsDone ?? 0,
        observedItemsPerSecond: previous?.observedItemsPerSecond ?? new Map(Object.entries(record?.observed ?? {})),
        latencyMs: previous?.latencyMs,
        lastSeenMs: Date.now(),
        session,
        running: new Map(),
        send: (msg) => framed.write(msg, { timeoutMs: 10_000 }),
      })
      this.options.adverts.delete(peerId)
      registered = true
      log?.('provider registered', { peerId, ep: advert.executionProvider, pricePerGpuHour: advert.pricePerGpuHour.toString() })
      await framed.write({
        kind: 'registered',
        coordinatorEthAddress: this.options.coordinatorEthAddress,
        heartbeatIntervalMs: interval,
        heartbeatTimeoutMs: interval * 3,
        feeBps: this.options.feeBps ?? 0,
      })
      this.options.onOnline?.(peerId)
      for (;;) {
        const msg = await framed.read({ timeoutMs: interval * 3 })
        if (msg === null) break
        const entry = registry.get(peerId)
        if (entry === undefined || entry.session !== session) break
        entry.lastSeenMs = Date.now()
        switch (msg.kind) {
          case 'heartbeat':
            await framed.write({ kind: 'heartbeatAck', seq: msg.seq })
            break
          case 'pause':
            entry.state = 'paused'
            log?.('provider paused', { peerId, reason: msg.reason, handBack: msg.handBack })
            scheduler.providerPaused(peerId, msg.handBack, msg.graceMs)
            registry.changed()
            break
          case 'handBack':
            log?.('task handed back', { peerId, taskId: msg.taskId, reason: msg.reason })
            scheduler.handBack(peerId, msg.taskId)
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
            if (updated.seq > entry.advert.seq) {
              entry.advert = updated
              store.providers.saveAdvert(peerId, msg.advert.advert, msg.advert.signature, 'session', Date.now())
            }
            registry.changed()
            break
          }
          case 'voucherAck':
            if (msg.error !== undefined) log?.('provider refused a voucher', { peerId, code: msg.error.code, message: msg.error.message })
            break
          default:
            break
        }
      }
      await framed.close({ timeoutMs: 2_000 })
    } catch (err) {
      const error = toRigpoolError(err, 'E_INTERNAL')
      endReason = `${error.code}: ${error.message}`
      log?.('provider session ended', { peerId, code: error.code, message: error.message })
      if (!registered) await framed.write({ kind: 'error', error }, { timeoutMs: 2_000 }).catch(() => {})
      framed.abort(error)
    } finally {
      if (registered && registry.get(peerId)?.session === session) {
        scheduler.providerGone(peerId)
        registry.remove(peerId, session)
      }
      if (sessionHandle !== undefined) store.providers.sessionEnded(sessionHandle, endReason.slice(0, 200), Date.now())
    }
  }
}
