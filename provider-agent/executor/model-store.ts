import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { RigpoolError } from '../../protocol/errors.ts'
import { isModelId, verifyModelBytes, type ModelId } from '../../protocol/model-id.ts'

export interface ModelStoreOptions {
  /** Directory of the cache (created); files are `<model id>.onnx`. */
  dir: string
  /** Bytes on disk at most; least recently used models are deleted to make room. */
  budgetBytes: number
}

interface Entry {
  sizeBytes: number
  lastUsedMs: number
}

/**
 * Models on disk by content id within a byte budget. Every read is hash-checked: a
 * corrupt file is deleted and reported (E_MODEL_HASH_MISMATCH, details.deleted) so the
 * caller fetches the model again.
 */
export class ModelStore {
  readonly dir: string
  readonly budgetBytes: number
  readonly #entries = new Map<ModelId, Entry>()
  #lastMs = 0

  /** Wall-clock ms, strictly increasing, so two uses in the same millisecond still order. */
  #now(): number {
    this.#lastMs = Math.max(Date.now(), this.#lastMs + 1)
    return this.#lastMs
  }

  private constructor(options: ModelStoreOptions) {
    this.dir = options.dir
    this.budgetBytes = options.budgetBytes
  }

  /** Opens (or creates) the store and indexes the models already there. */
  static async open(options: ModelStoreOptions): Promise<ModelStore> {
    const store = new ModelStore(options)
    await mkdir(options.dir, { recursive: true })
    for (const name of await readdir(options.dir)) {
      const id = name.endsWith('.onnx') ? name.slice(0, -5) : ''
      if (!isModelId(id)) continue
      const st = await stat(join(options.dir, name))
      store.#entries.set(id, { sizeBytes: st.size, lastUsedMs: st.mtimeMs })
      store.#lastMs = Math.max(store.#lastMs, st.mtimeMs)
    }
    return store
  }

  #path(modelId: ModelId): string {
    // Only a well-formed id (base32) becomes a file name: no path tricks.
    if (!isModelId(modelId)) throw new RigpoolError('E_BAD_MODEL', `not a model id: ${modelId.slice(0, 80)}`)
    return join(this.dir, `${modelId}.onnx`)
  }

  /** True when the model is on disk. */
  has(modelId: ModelId): boolean {
    return this.#entries.has(modelId)
  }

  /** Bytes on disk now. */
  usedBytes(): number {
    let n = 0
    for (const e of this.#entries.values()) n += e.sizeBytes
    return n
  }

  /** Model ids on disk, least recently used first. */
  list(): ModelId[] {
    return [...this.#entries.entries()].sort((a, b) => a[1].lastUsedMs - b[1].lastUsedMs).map(([id]) => id)
  }

  /** Stores verified bytes, evicting least recently used models to stay within the budget. */
  async put(modelId: ModelId, bytes: Uint8Array): Promise<void> {
    verifyModelBytes(modelId, bytes)
    if (bytes.byteLength > this.budgetBytes) {
      throw new RigpoolError(
        'E_MODEL_TOO_LARGE',
        `model of ${bytes.byteLength} bytes exceeds the disk budget ${this.budgetBytes}`,
      )
    }
    const path = this.#path(modelId)
    this.#entries.delete(modelId)
    for (const victim of this.list()) {
      if (this.usedBytes() + bytes.byteLength <= this.budgetBytes) break
      await this.delete(victim)
    }
    // Write then rename: a crash never leaves a half-written file under the final name.
    const tmp = `${path}.${process.pid}.tmp`
    try {
      await writeFile(tmp, bytes)
      await rename(tmp, path)
    } catch (err) {
      await unlink(tmp).catch(() => undefined)
      throw new RigpoolError('E_STORAGE', `cannot write model ${modelId}`, { cause: err })
    }
    this.#entries.set(modelId, { sizeBytes: bytes.byteLength, lastUsedMs: this.#now() })
  }

  /** Reads and hash-checks a model; E_UNKNOWN_MODEL if absent, E_MODEL_HASH_MISMATCH (file deleted) if corrupt. */
  async get(modelId: ModelId, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
    const path = this.#path(modelId)
    if (!this.#entries.has(modelId)) throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} is not on disk`)
    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await readFile(path, { signal: options.signal }))
    } catch (err) {
      this.#entries.delete(modelId)
      if (options.signal?.aborted) throw new RigpoolError('E_ABORTED', 'model read aborted', { cause: err })
      throw new RigpoolError('E_UNKNOWN_MODEL', `model ${modelId} could not be read`, { cause: err })
    }
    try {
      verifyModelBytes(modelId, bytes)
    } catch (err) {
      await this.delete(modelId)
      throw new RigpoolError(
        'E_MODEL_HASH_MISMATCH',
        `cached model ${modelId} was corrupt and is deleted: fetch it again`,
        {
          cause: err,
          details: { modelId, deleted: true },
        },
      )
    }
    const now = this.#now()
    this.#entries.set(modelId, { sizeBytes: bytes.byteLength, lastUsedMs: now })
    // mtime carries the LRU order across restarts.
    await utimes(path, new Date(now), new Date(now)).catch(() => undefined)
    return bytes
  }

  /** Deletes a model from disk (no error if absent). */
  async delete(modelId: ModelId): Promise<void> {
    this.#entries.delete(modelId)
    await unlink(this.#path(modelId)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw new RigpoolError('E_STORAGE', `cannot delete model ${modelId}`, { cause: err })
    })
  }
}
