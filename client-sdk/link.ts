// The client's libp2p node and its streams to one coordinator, whose PeerId is pinned
// in its multiaddr so Noise authenticates it. Streams are opened per request; a
// coordinator that restarted is simply dialled again.
import { multiaddr, type Multiaddr } from '@multiformats/multiaddr'
import {
  CLIENT_FRAME_LIMIT,
  createRigpoolNode,
  decodeClientResponse,
  decodeMarketResponse,
  encodeClientRequest,
  encodeMarketRequest,
  FramedStream,
  MARKET_FRAME_LIMIT,
  PROTOCOL_CLIENT,
  PROTOCOL_MARKET,
  RigpoolError,
  anySignal,
  type ClientRequest,
  type ClientResponse,
  type MarketRequest,
  type MarketResponse,
  type RigpoolNode,
  type WaitOptions,
} from '../protocol/index.ts'

export type ClientStream = FramedStream<ClientResponse, ClientRequest>
export type MarketStream = FramedStream<MarketResponse, MarketRequest>

/** How long dialling and opening a stream may take unless the caller says otherwise. */
export const DEFAULT_DIAL_TIMEOUT_MS = 10_000
/** How long one request/response exchange may take unless the caller says otherwise. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

/** Parses and checks a coordinator multiaddr (it must pin the PeerId). */
export function parseCoordinator(text: string): Multiaddr {
  let addr: Multiaddr
  try {
    addr = multiaddr(text)
  } catch (err) {
    throw new RigpoolError('E_CONFIG', `not a multiaddr: ${text}`, { cause: err })
  }
  if (addr.getComponents().find((c) => c.name === 'p2p') === undefined) {
    throw new RigpoolError('E_CONFIG', 'the coordinator multiaddr must end in /p2p/<PeerId>')
  }
  return addr
}

/** One client node and the coordinator it talks to. */
export class CoordinatorLink {
  readonly node: RigpoolNode
  readonly addr: Multiaddr

  private constructor(node: RigpoolNode, addr: Multiaddr) {
    this.node = node
    this.addr = addr
  }

  /** Starts the node (key in dataDir) and dials the coordinator once, so a bad address fails now. */
  static async open(coordinator: string, dataDir: string, options: WaitOptions = {}): Promise<CoordinatorLink> {
    const addr = parseCoordinator(coordinator)
    const node = await createRigpoolNode({ dataDir, listen: [] })
    const link = new CoordinatorLink(node, addr)
    try {
      await link.dial(options)
    } catch (err) {
      await node.stop()
      throw err
    }
    return link
  }

  /** Dials the coordinator (a no-op when connected); a typed error when it cannot be reached. */
  async dial(options: WaitOptions = {}): Promise<void> {
    const signal = anySignal([options.signal], options.timeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS)
    try {
      await this.node.dial(this.addr, { signal })
    } catch (err) {
      throw dialError(err, this.addr, options.signal)
    }
  }

  /** A new /rigpool/client/1.0.0 stream. */
  async clientStream(options: WaitOptions = {}): Promise<ClientStream> {
    const stream = await this.openProtocol(PROTOCOL_CLIENT, options)
    return new FramedStream(stream, { maxFrameBytes: CLIENT_FRAME_LIMIT, decode: decodeClientResponse, encode: encodeClientRequest })
  }

  /** A new /rigpool/market/1.0.0 stream. */
  async marketStream(options: WaitOptions = {}): Promise<MarketStream> {
    const stream = await this.openProtocol(PROTOCOL_MARKET, options)
    return new FramedStream(stream, { maxFrameBytes: MARKET_FRAME_LIMIT, decode: decodeMarketResponse, encode: encodeMarketRequest })
  }

  /** Sends one client request and returns the one response; an error response is thrown. */
  async request(req: ClientRequest, options: WaitOptions = {}): Promise<ClientResponse> {
    const wait = { signal: options.signal, timeoutMs: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS }
    return exchange(await this.clientStream(wait), req, wait)
  }

  /** Sends one market request and returns the one response; an error response is thrown. */
  async market(req: MarketRequest, options: WaitOptions = {}): Promise<MarketResponse> {
    const wait = { signal: options.signal, timeoutMs: options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS }
    return exchange(await this.marketStream(wait), req, wait)
  }

  async stop(): Promise<void> {
    await this.node.stop()
  }

  private async openProtocol(protocol: string, options: WaitOptions) {
    const signal = anySignal([options.signal], Math.min(options.timeoutMs ?? DEFAULT_DIAL_TIMEOUT_MS, DEFAULT_DIAL_TIMEOUT_MS))
    try {
      return await this.node.dialProtocol(this.addr, protocol, { signal })
    } catch (err) {
      if (err instanceof Error && err.name === 'UnsupportedProtocolError') {
        throw new RigpoolError('E_UNEXPECTED_MESSAGE', `the coordinator does not serve ${protocol}`, { cause: err })
      }
      throw dialError(err, this.addr, options.signal)
    }
  }
}

function dialError(err: unknown, addr: Multiaddr, signal: AbortSignal | undefined): RigpoolError {
  if (err instanceof RigpoolError) return err
  if (signal?.aborted === true) return new RigpoolError('E_ABORTED', 'aborted while dialling the coordinator', { cause: err })
  const why = err instanceof Error ? err.message : String(err)
  return new RigpoolError('E_STREAM_CLOSED', `cannot reach the coordinator at ${addr.toString()}: ${why}`, { cause: err })
}

/** One request, one response on a fresh stream; an error response is thrown. */
async function exchange<Res extends { kind: string }, Req>(
  framed: FramedStream<Res, Req>,
  req: Req,
  wait: WaitOptions,
): Promise<Exclude<Res, { kind: 'error' }>> {
  try {
    await framed.write(req, wait)
    const reply = await framed.expect(wait)
    if (reply.kind === 'error') throw (reply as unknown as { error: Error }).error
    return reply as Exclude<Res, { kind: 'error' }>
  } finally {
    await framed.close({ timeoutMs: 2_000 })
  }
}
