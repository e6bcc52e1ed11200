// Shared by the coordinator tests: temp dirs, free ports, items, a raw client of
// /rigpool/client/1.0.0 and /rigpool/market/1.0.0, and onnxruntime run directly.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { InferenceSession, Tensor } from 'onnxruntime-node'
import {
  CLIENT_FRAME_LIMIT,
  decodeClientResponse,
  decodeMarketResponse,
  encodeClientRequest,
  encodeMarketRequest,
  FramedStream,
  fromOrtTensor,
  MARKET_FRAME_LIMIT,
  PROTOCOL_CLIENT,
  PROTOCOL_MARKET,
  type ClientRequest,
  type ClientResponse,
  type JobSpec,
  type MarketRequest,
  type MarketResponse,
  type NamedTensors,
  type RigpoolNode,
} from '../../protocol/index.ts'

export function tempDirs(): { make: () => string; cleanup: () => void } {
  const dirs: string[] = []
  return {
    make: () => {
      const d = mkdtempSync(join(tmpdir(), 'rigpool-coord-'))
      dirs.push(d)
      return d
    },
    cleanup: () => {
      for (const d of dirs) rmSync(d, { recursive: true, force: true })
    },
  }
}

/** A TCP port free right now on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port
      server.close(() => resolve(port))
    })
  })
}

/** Deterministic float items of shape [1, size]. */
export function floatItems(n: number, size: number, seed: number): Tensor[] {
  let s = seed >>> 0
  return Array.from({ length: n }, () => {
    const data = new Float32Array(size)
    for (let i = 0; i < size; i++) {
      s = (s * 1103515245 + 12345) >>> 0
      data[i] = (s / 2 ** 32) * 2 - 1
    }
    return new Tensor('float32', data, [1, size])
  })
}

/** The outputs onnxruntime gives run directly, one item at a time, one thread. */
export async function runDirect(model: Uint8Array, inputName: string, outputName: string, items: Tensor[]): Promise<NamedTensors[]> {
  const session = await InferenceSession.create(model, { intraOpNumThreads: 1 })
  const out: NamedTensors[] = []
  for (const x of items) out.push({ [outputName]: fromOrtTensor((await session.run({ [inputName]: x }))[outputName]!) })
  await session.release()
  return out
}

export type ClientStream = FramedStream<ClientResponse, ClientRequest>

/** Opens one /rigpool/client/1.0.0 stream. */
export async function openClient(node: RigpoolNode, addr: string, timeoutMs = 5_000): Promise<ClientStream> {
  const stream = await node.dialProtocol(multiaddr(addr), PROTOCOL_CLIENT, { signal: AbortSignal.timeout(timeoutMs) })
  return new FramedStream(stream, { maxFrameBytes: CLIENT_FRAME_LIMIT, decode: decodeClientResponse, encode: encodeClientRequest })
}

/** One request on a fresh client stream; returns every response until the stream ends. */
export async function clientRequest(node: RigpoolNode, addr: string, req: ClientRequest): Promise<ClientResponse[]> {
  const framed = await openClient(node, addr)
  await framed.write(req, { timeoutMs: 5_000 })
  const out: ClientResponse[] = []
  for (;;) {
    const m = await framed.read({ timeoutMs: 30_000 }).catch(() => null)
    if (m === null) break
    out.push(m)
    if (m.kind === 'error' || m.kind === 'done') break
  }
  await framed.close({ timeoutMs: 1_000 })
  return out
}

/** A job spec with defaults a test overrides. */
export function jobSpec(over: Partial<JobSpec> & Pick<JobSpec, 'modelId' | 'itemCount'>): JobSpec {
  return {
    idempotencyKey: `k-${Math.random().toString(36).slice(2)}`,
    sharedInputs: {},
    outputNames: [],
    comparator: { kind: 'exact' },
    priceCapPerMillionItems: 10n ** 15n,
    deadlineMs: 600_000,
    spread: 0,
    delivery: 'verified',
    settings: {},
    ...over,
  }
}

/** Submits items on a fresh stream and returns the first answer (accepted or error) with the stream. */
export async function submit(node: RigpoolNode, addr: string, spec: JobSpec, items: NamedTensors[]): Promise<{ first: ClientResponse; framed: ClientStream }> {
  const framed = await openClient(node, addr)
  await framed.write({ kind: 'submit', job: spec }, { timeoutMs: 10_000 })
  try {
    for (let i = 0; i < items.length; i++) await framed.write({ kind: 'item', index: i, inputs: items[i]! }, { timeoutMs: 10_000 })
    await framed.write({ kind: 'submitEnd', itemCount: items.length }, { timeoutMs: 10_000 })
  } catch {
    // A refusal at the header closes the stream while items are still going out.
  }
  return { first: await framed.expect({ timeoutMs: 30_000 }), framed }
}

/** One market request over libp2p. */
export async function marketRequest(node: RigpoolNode, addr: string, req: MarketRequest): Promise<MarketResponse> {
  const stream = await node.dialProtocol(multiaddr(addr), PROTOCOL_MARKET, { signal: AbortSignal.timeout(5_000) })
  const framed = new FramedStream<MarketResponse, MarketRequest>(stream, { maxFrameBytes: MARKET_FRAME_LIMIT, decode: decodeMarketResponse, encode: encodeMarketRequest })
  await framed.write(req, { timeoutMs: 5_000 })
  const res = await framed.expect({ timeoutMs: 10_000 })
  await framed.close({ timeoutMs: 1_000 })
  return res
}
