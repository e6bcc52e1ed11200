import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import { inspectModel, type ModelSignature } from '../../protocol/onnx/index.ts'
import { DEFAULT_MAX_MODEL_BYTES, RigpoolError, verifyModelBytes, type ModelId } from '../../protocol/index.ts'

interface StoredModel {
  bytes: Uint8Array
  signature: ModelSignature
}

/** Models uploaded by clients, stored once by content id in the data dir. */
export class ModelRegistry {
  private readonly dir: string
  private readonly models = new Map<ModelId, StoredModel>()
  readonly maxModelBytes: number

  constructor(dataDir: string, maxModelBytes = DEFAULT_MAX_MODEL_BYTES) {
    this.dir = join(dataDir, 'models')
    mkdirSync(this.dir, { recursive: true })
    this.maxModelBytes = maxModelBytes
  }

  /** Verifies hash and structure, then stores; returns false when it was already stored. */
  add(modelId: ModelId, bytes: Uint8Array): boolean {
    if (this.get(modelId) !== undefined) return false
    if (bytes.byteLength > this.maxModelBytes) throw new RigpoolError('E_MODEL_TOO_LARGE', `model exceeds ${this.maxModelBytes} bytes`)
    verifyModelBytes(modelId, bytes)
    const signature = inspectModel(bytes, { maxBytes: this.maxModelBytes })
    const path = join(this.dir, `${modelId}.onnx`)
    writeFileSync(path + '.tmp', bytes)
    renameSync(path + '.tmp', path)
    this.models.set(modelId, { bytes, signature })
    return true
  }

  /** The model's bytes and signature, loading from disk after a restart. */
  get(modelId: ModelId): StoredModel | undefined {
    const known = this.models.get(modelId)
    if (known !== undefined) return known
    const path = join(this.dir, `${modelId}.onnx`)
    if (!existsSync(path)) return undefined
    const bytes = new Uint8Array(readFileSync(path))
    verifyModelBytes(modelId, bytes)
    const stored = { bytes, signature: inspectModel(bytes, { maxBytes: this.maxModelBytes }) }
    this.models.set(modelId, stored)
    return stored
  }
}
