import { createHash } from 'node:crypto'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { create as createDigest } from 'multiformats/hashes/digest'
import { RigpoolError } from './errors.ts'

/** sha2-256 multihash code. */
const SHA256 = 0x12

/** A model's content id: CIDv1 (raw, sha2-256) of the .onnx bytes, as a base32 string. */
export type ModelId = string

/** sha256 of the bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest())
}

/** The content id of a model's bytes. */
export function modelIdOf(bytes: Uint8Array): ModelId {
  return CID.create(1, raw.code, createDigest(SHA256, sha256(bytes))).toString()
}

/** Wire form of a model id (CID bytes) → string, validated. */
export function modelIdFromBytes(bytes: Uint8Array): ModelId {
  try {
    return checkCanonical(CID.decode(bytes)).toString()
  } catch (err) {
    throw new RigpoolError('E_BAD_FRAME', 'malformed model id', { cause: err })
  }
}

/** String model id → wire bytes, validated. */
export function modelIdToBytes(id: ModelId): Uint8Array {
  return parseModelId(id).bytes
}

/** Only CIDv1, raw codec, sha2-256: so one model has exactly one id. */
function checkCanonical(cid: CID): CID {
  if (cid.version !== 1 || cid.code !== raw.code) throw new Error('not a CIDv1 raw')
  if (cid.multihash.code !== SHA256 || cid.multihash.digest.byteLength !== 32) throw new Error('not sha2-256')
  return cid
}

function parseModelId(id: string): CID {
  try {
    const cid = checkCanonical(CID.parse(id))
    // One model, one id: the string form must be the canonical base32 one.
    if (cid.toString() !== id) throw new Error('not the canonical form')
    return cid
  } catch (err) {
    throw new RigpoolError('E_BAD_MODEL', `not a model id: ${id.slice(0, 80)}`, { cause: err })
  }
}

/** True when `id` is a well-formed model id. */
export function isModelId(id: string): boolean {
  try {
    parseModelId(id)
    return true
  } catch {
    return false
  }
}

/** Throws E_MODEL_HASH_MISMATCH unless `bytes` hash to `id`. */
export function verifyModelBytes(id: ModelId, bytes: Uint8Array): void {
  const expected = parseModelId(id).multihash.digest
  const actual = sha256(bytes)
  if (!Buffer.from(expected).equals(Buffer.from(actual))) {
    throw new RigpoolError('E_MODEL_HASH_MISMATCH', `model bytes do not match ${id}`)
  }
}
