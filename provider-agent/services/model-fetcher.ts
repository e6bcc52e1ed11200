import type { PeerId } from '@libp2p/interface'
import {
  decodeModelResponse,
  DEFAULT_MAX_MODEL_BYTES,
  encodeModelRequest,
  FramedStream,
  MODEL_FRAME_LIMIT,
  PROTOCOL_MODEL,
  RigpoolError,
  verifyModelBytes,
  type ModelId,
  type ModelRequest,
  type ModelResponse,
  type RigpoolNode,
  type WaitOptions,
} from '../../protocol/index.ts'

export interface FetchModelOptions extends WaitOptions {
  maxModelBytes?: number
}

/** Fetches a model's bytes by content id from the coordinator, checking size cap and hash. */
export async function fetchModel(
  node: RigpoolNode,
  from: PeerId,
  modelId: ModelId,
  options: FetchModelOptions = {},
): Promise<Uint8Array> {
  const maxBytes = options.maxModelBytes ?? DEFAULT_MAX_MODEL_BYTES
  const wait = { signal: options.signal, timeoutMs: options.timeoutMs ?? 60_000 }
  const stream = await node.dialProtocol(from, PROTOCOL_MODEL, { signal: options.signal })
  const framed = new FramedStream<ModelResponse, ModelRequest>(stream, {
    maxFrameBytes: MODEL_FRAME_LIMIT,
    decode: decodeModelResponse,
    encode: encodeModelRequest,
  })
  try {
    await framed.write({ modelId, offset: 0 }, wait)
    const info = await framed.expect(wait)
    if (info.kind === 'error') throw info.error
    if (info.kind !== 'info' || info.modelId !== modelId)
      throw new RigpoolError('E_UNEXPECTED_MESSAGE', 'expected model info')
    if (info.sizeBytes > maxBytes)
      throw new RigpoolError('E_MODEL_TOO_LARGE', `model of ${info.sizeBytes} bytes exceeds ${maxBytes}`)
    const bytes = new Uint8Array(info.sizeBytes)
    let received = 0
    while (received < info.sizeBytes) {
      const chunk = await framed.expect(wait)
      if (chunk.kind === 'error') throw chunk.error
      if (
        chunk.kind !== 'chunk' ||
        chunk.offset !== received ||
        received + chunk.data.byteLength > info.sizeBytes ||
        chunk.data.byteLength === 0
      ) {
        throw new RigpoolError('E_BAD_FRAME', 'model chunk out of order or out of bounds')
      }
      bytes.set(chunk.data, received)
      received += chunk.data.byteLength
    }
    verifyModelBytes(modelId, bytes)
    await framed.close(wait)
    return bytes
  } catch (err) {
    framed.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}
