// Models are addressed by the sha256 of their bytes, as a CIDv1.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { CID } from 'multiformats/cid'
import * as raw from 'multiformats/codecs/raw'
import { identity } from 'multiformats/hashes/identity'
import { sha512 } from 'multiformats/hashes/sha2'
import {
  hasCode,
  isModelId,
  modelIdFromBytes,
  modelIdOf,
  modelIdToBytes,
  verifyModelBytes,
} from '../../protocol/index.ts'

describe('model ids', () => {
  test('modelIdOf is a sha2-256 CIDv1 of the bytes, in base32, and round trips through its wire form', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const id = modelIdOf(bytes)
        const cid = CID.parse(id)
        assert.equal(cid.version, 1)
        assert.equal(cid.code, raw.code)
        assert.equal(cid.multihash.code, 0x12)
        assert.deepStrictEqual(Buffer.from(cid.multihash.digest), createHash('sha256').update(bytes).digest())
        assert.ok(id.startsWith('b'), 'base32 multibase')
        assert.ok(isModelId(id))
        assert.equal(modelIdFromBytes(modelIdToBytes(id)), id)
        verifyModelBytes(id, bytes)
      }),
      { numRuns: 300 },
    )
  })

  test('different bytes give different ids', () => {
    assert.notEqual(modelIdOf(Uint8Array.of(0)), modelIdOf(Uint8Array.of(1)))
    assert.notEqual(modelIdOf(new Uint8Array()), modelIdOf(Uint8Array.of(0)))
  })

  test('one flipped byte anywhere in the model is E_MODEL_HASH_MISMATCH', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 2048 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (bytes, at, xor) => {
          const id = modelIdOf(bytes)
          const tampered = Uint8Array.from(bytes)
          tampered[at % tampered.length]! ^= xor
          assert.throws(
            () => verifyModelBytes(id, tampered),
            (err) => hasCode(err, 'E_MODEL_HASH_MISMATCH'),
          )
          assert.throws(
            () => verifyModelBytes(id, bytes.subarray(0, bytes.length - 1)),
            (err) => hasCode(err, 'E_MODEL_HASH_MISMATCH'),
          )
        },
      ),
      { numRuns: 200 },
    )
  })

  test('ids of other hash functions or garbage are refused with typed errors', async () => {
    const other = CID.create(1, raw.code, await sha512.digest(Uint8Array.of(1))).toString()
    const tiny = CID.create(1, raw.code, identity.digest(Uint8Array.of(1, 2, 3)))
    for (const id of [other, tiny.toString(), 'not-a-cid', '', 'bafy']) {
      assert.equal(isModelId(id), false, id)
      assert.throws(
        () => modelIdToBytes(id),
        (err) => hasCode(err, 'E_BAD_MODEL'),
      )
      assert.throws(
        () => verifyModelBytes(id, Uint8Array.of(1)),
        (err) => hasCode(err, 'E_BAD_MODEL'),
      )
    }
    assert.throws(
      () => modelIdFromBytes(tiny.bytes),
      (err) => hasCode(err, 'E_BAD_FRAME'),
    )
    assert.throws(
      () => modelIdFromBytes(Uint8Array.of(1, 2, 3)),
      (err) => hasCode(err, 'E_BAD_FRAME'),
    )
  })

  test(
    'only the canonical form (CIDv1, raw, sha2-256) of a model id is accepted, so one model has one id',
    () => {
      const bytes = Uint8Array.of(1, 2, 3)
      const canonical = CID.parse(modelIdOf(bytes))
      const v0 = CID.createV0(canonical.multihash as Parameters<typeof CID.createV0>[0])
      const dagPb = CID.create(1, 0x70, canonical.multihash)
      for (const other of [v0, dagPb]) {
        assert.throws(
          () => modelIdFromBytes(other.bytes),
          (err) => hasCode(err, 'E_BAD_FRAME'),
          other.toString(),
        )
        assert.equal(isModelId(other.toString()), false, other.toString())
      }
    },
  )
})
