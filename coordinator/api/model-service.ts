import type { Stream } from '@libp2p/interface'
import {
  decodeModelRequest,
  encodeModelResponse,
  FramedStream,
  MODEL_CHUNK_BYTES,
  MODEL_FRAME_LIMIT,
  PROTOCOL_MODEL,
  RigpoolError,
  toRigpoolError,
  type ModelRequest,
  type ModelResponse,
  type RigpoolNode,
} from '../../protocol/index.ts'
import type { ModelRegistry } from '../models/model-registry.ts'

/** Serves model bytes by content id to providers (/rigpool/model/1.0.0), chunked. */
export class ModelService {
  private readonly node: RigpoolNode
  private readonly models: ModelRegistry

  constructor(node: RigpoolNode, models: ModelRegistry) {
    this.node = node
    this.models = models
  }

  async start(): Promise<void> {
    await this.node.handle(PROTOCOL_MODEL, (stream) => this.serve(stream), { maxInboundStreams: 64 })
  }

  async stop(): Promise<void> {
    await this.node.unhandle(PROTOCOL_MODEL)
  }

  private async serve(stream: Stream): Promise<void> {
    const framed = new FramedStream<ModelRequest, ModelResponse>(stream, {
      maxFrameBytes: MODEL_FRAME_LIMIT,
      decode: decodeModelRequest,
      encode: encodeModelResponse,
    })
    try {
      const req = await framed.expect({ timeoutMs: 10_000 })
      const model = this.models.get(req.modelId)
      if (model === undefined) throw new RigpoolError('E_UNKNOWN_MODEL', `no model ${req.modelId}`)
      const { bytes } = model
      await framed.write({ kind: 'info', modelId: req.modelId, sizeBytes: bytes.byteLength }, { timeoutMs: 10_000 })
      for (let offset = req.offset; offset < bytes.byteLength; offset += MODEL_CHUNK_BYTES) {
        await framed.write({ kind: 'chunk', offset, data: bytes.subarray(offset, offset + MODEL_CHUNK_BYTES) }, { timeoutMs: 30_000 })
      }
      await framed.close({ timeoutMs: 10_000 })
    } catch (err) {
      await framed.write({ kind: 'error', error: toRigpoolError(err, 'E_INTERNAL') }, { timeoutMs: 2_000 }).catch(() => {})
      framed.abort(err instanceof Error ? err : new Error(String(err)))
    }
  }
}
