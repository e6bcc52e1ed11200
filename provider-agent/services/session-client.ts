import type { Multiaddr } from '@multiformats/multiaddr'
import {
  decodeCoordinatorToProvider,
  encodeProviderToCoordinator,
  FramedStream,
  PROTOCOL_PROVIDER,
  PROVIDER_FRAME_LIMIT,
  RigpoolError,
  sleep,
  toRigpoolError,
  type CoordinatorToProvider,
  type ProviderToCoordinator,
  type RigpoolNode,
  type SignedAdvertBytes,
} from '../../protocol/index.ts'

export interface SessionClientOptions {
  node: RigpoolNode
  /** The coordinator's multiaddr, ending in /p2p/<PeerId> so Noise authenticates it. */
  coordinator: Multiaddr
  /** A fresh signed advert for each (re)registration. */
  advert: () => Promise<SignedAdvertBytes>
  agentVersion: string
  onMessage?: (msg: CoordinatorToProvider) => void
  /** Each (re)registration's reply: the coordinator's key and terms. */
  onRegistered?: (reply: Extract<CoordinatorToProvider, { kind: 'registered' }>) => void
  onState?: (state: 'connecting' | 'registered' | 'disconnected') => void
  log?: (msg: string, fields?: Record<string, unknown>) => void
  /** Reconnect backoff bounds. */
  minBackoffMs?: number
  maxBackoffMs?: number
}

type Framed = FramedStream<CoordinatorToProvider, ProviderToCoordinator>

/** The provider's side of /rigpool/provider/1.0.0: register, heartbeat, pause/resume, reconnect with backoff. */
export class SessionClient {
  private readonly options: SessionClientOptions
  private readonly stopController = new AbortController()
  private framed: Framed | undefined
  private loop: Promise<void> | undefined
  private registeredWaiters: Array<() => void> = []
  private seq = 0

  constructor(options: SessionClientOptions) {
    if (options.coordinator.getComponents().find((c) => c.name === 'p2p') === undefined) {
      throw new RigpoolError('E_CONFIG', 'the coordinator multiaddr must end in /p2p/<PeerId>')
    }
    this.options = options
  }

  start(): void {
    this.loop ??= this.run()
  }

  /** Resolves once registered (or rejects on timeout/abort). */
  waitRegistered(options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<void> {
    if (this.framed !== undefined && this.isRegistered) return Promise.resolve()
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new RigpoolError('E_TIMEOUT', 'not registered in time')),
        options.timeoutMs ?? 30_000,
      )
      options.signal?.addEventListener('abort', () => reject(new RigpoolError('E_ABORTED', 'aborted')), { once: true })
      this.registeredWaiters.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  isRegistered = false

  /** Sends a message on the session; false when not connected (it is re-sent state on reconnect). */
  async send(msg: ProviderToCoordinator): Promise<boolean> {
    const framed = this.framed
    if (framed === undefined || !this.isRegistered) return false
    try {
      await framed.write(msg, { timeoutMs: 10_000 })
      return true
    } catch {
      return false
    }
  }

  async stop(reason = 'provider stopping'): Promise<void> {
    const framed = this.framed
    const isSent = await this.send({ kind: 'drain', reason })
    // Close before stopping: an abort right after the write resets the stream and the
    // coordinator never reads the drain (seen in test/provider-agent/drain-sigterm.test.ts).
    if (isSent) await framed?.close({ timeoutMs: 2_000 }).catch(() => {})
    this.stopController.abort(new RigpoolError('E_ABORTED', reason))
    this.framed?.abort(new Error(reason))
    await this.loop?.catch(() => {})
  }

  private async run(): Promise<void> {
    const signal = this.stopController.signal
    const minBackoff = this.options.minBackoffMs ?? 250
    let backoff = minBackoff
    while (!signal.aborted) {
      this.options.onState?.('connecting')
      // A session that got as far as registering starts the backoff afresh: only
      // failures in a row (a coordinator still down) should wait longer and longer.
      const wasRegistered = (): boolean => this.isRegistered
      try {
        await this.session(signal)
      } catch (err) {
        if (signal.aborted) break
        const e = toRigpoolError(err, 'E_STREAM_CLOSED')
        this.options.log?.('session lost', { code: e.code, message: e.message })
      }
      if (wasRegistered()) backoff = minBackoff
      this.isRegistered = false
      this.framed = undefined
      this.options.onState?.('disconnected')
      if (signal.aborted) break
      await sleep(backoff + Math.floor(Math.random() * backoff * 0.2), signal).catch(() => {})
      backoff = Math.min(backoff * 2, this.options.maxBackoffMs ?? 10_000)
    }
  }

  private async session(signal: AbortSignal): Promise<void> {
    const stream = await this.options.node.dialProtocol(this.options.coordinator, PROTOCOL_PROVIDER, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(15_000)]),
    })
    const framed: Framed = new FramedStream(stream, {
      maxFrameBytes: PROVIDER_FRAME_LIMIT,
      decode: decodeCoordinatorToProvider,
      encode: encodeProviderToCoordinator,
    })
    await framed.write(
      { kind: 'register', advert: await this.options.advert(), agentVersion: this.options.agentVersion },
      { signal, timeoutMs: 10_000 },
    )
    const reply = await framed.expect({ signal, timeoutMs: 15_000 })
    if (reply.kind === 'error') throw reply.error
    if (reply.kind !== 'registered')
      throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected registered, got ${reply.kind}`)
    this.framed = framed
    this.options.onRegistered?.(reply)
    this.isRegistered = true
    this.options.onState?.('registered')
    for (const w of this.registeredWaiters.splice(0)) w()
    const interval = Math.max(100, reply.heartbeatIntervalMs || 2_000)
    const timeout = Math.max(interval * 2, reply.heartbeatTimeoutMs || interval * 3)
    const heartbeats = (async () => {
      while (!signal.aborted && this.framed === framed) {
        await sleep(interval, signal)
        await framed.write(
          { kind: 'heartbeat', seq: ++this.seq, runningTasks: 0, freeSlots: 1 },
          { signal, timeoutMs: timeout },
        )
      }
    })()
    heartbeats.catch(() => framed.abort(new Error('heartbeat failed')))
    for (;;) {
      const msg = await framed.read({ signal, timeoutMs: timeout * 2 })
      if (msg === null) throw new RigpoolError('E_STREAM_CLOSED', 'coordinator closed the session')
      if (msg.kind === 'deregistered') throw new RigpoolError('E_STREAM_CLOSED', `deregistered: ${msg.reason}`)
      this.options.onMessage?.(msg)
    }
  }
}
