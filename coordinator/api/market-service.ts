import type { Stream } from '@libp2p/interface'
import {
  decodeMarketRequest,
  encodeMarketResponse,
  FramedStream,
  MARKET_FRAME_LIMIT,
  PROTOCOL_MARKET,
  toRigpoolError,
  type MarketRequest,
  type MarketResponse,
  type RigpoolNode,
} from '../../protocol/index.ts'
import type { MarketQueries } from './market-queries.ts'

/** /rigpool/market/1.0.0: offers, statistics and quotes, one request per stream. */
export class MarketService {
  private readonly node: RigpoolNode
  private readonly queries: MarketQueries

  constructor(node: RigpoolNode, queries: MarketQueries) {
    this.node = node
    this.queries = queries
  }

  async start(): Promise<void> {
    await this.node.handle(PROTOCOL_MARKET, (stream) => this.serve(stream), { maxInboundStreams: 128 })
  }

  async stop(): Promise<void> {
    await this.node.unhandle(PROTOCOL_MARKET)
  }

  private async serve(stream: Stream): Promise<void> {
    const framed = new FramedStream<MarketRequest, MarketResponse>(stream, {
      maxFrameBytes: MARKET_FRAME_LIMIT,
      decode: decodeMarketRequest,
      encode: encodeMarketResponse,
    })
    try {
      const req = await framed.expect({ timeoutMs: 10_000 })
      await framed.write(this.queries.answer(req), { timeoutMs: 10_000 })
      await framed.close({ timeoutMs: 5_000 })
    } catch (err) {
      await framed.write({ kind: 'error', error: toRigpoolError(err, 'E_INTERNAL') }, { timeoutMs: 2_000 }).catch(() => {})
      await framed.close({ timeoutMs: 2_000 }).catch(() => {})
    }
  }
}
