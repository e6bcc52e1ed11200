// The result commitment: Merkle proofs over item hashes and the provider's signature on
// the root, refused when anything changes or the signer is not the provider.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { bytesToHex, hexToBytes, recoverMessageAddress } from 'viem'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import {
  assertLowS,
  commitmentMessage,
  hasCode,
  itemHash,
  merkleProof,
  merkleRoot,
  modelIdOf,
  sha256,
  signCommitment,
  verifyCommitment,
  wireTensor,
} from '../../protocol/index.ts'
import { namedTensors } from './arbitraries.ts'

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
const badSignature = (err: unknown): boolean => hasCode(err, 'E_BAD_SIGNATURE')

function leaves(n: number): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => sha256(Uint8Array.of(i, n)))
}

function flipped(bytes: Uint8Array, at = 0): Uint8Array {
  const out = Uint8Array.from(bytes)
  out[at % out.length]! ^= 1
  return out
}

/** The same ECDSA signature with s' = n − s and the recovery bit flipped. */
function highS(signature: Uint8Array): Uint8Array {
  const s = BigInt(bytesToHex(signature.subarray(32, 64)))
  const out = Uint8Array.from(signature)
  out.set(hexToBytes(`0x${(SECP256K1_N - s).toString(16).padStart(64, '0')}`), 32)
  out[64] = out[64] === 27 ? 28 : 27
  return out
}

// imported lazily: verifyMerkleProof is part of the same module
const { verifyMerkleProof } = await import('../../protocol/commitment.ts')

describe('Merkle commitment', () => {
  test('every index of trees of 1..33 leaves proves up to the root', () => {
    for (let n = 1; n <= 33; n++) {
      const ls = leaves(n)
      const root = merkleRoot(ls)
      for (let i = 0; i < n; i++) {
        const proof = merkleProof(ls, i)
        assert.ok(proof.length <= Math.ceil(Math.log2(n)), `proof of ${proof.length} for ${n} leaves`)
        assert.ok(verifyMerkleProof(ls[i]!, i, n, proof, root), `n=${n} i=${i}`)
      }
    }
    assert.deepStrictEqual(merkleRoot(leaves(1)), leaves(1)[0])
  })

  test('a changed leaf, a changed or reordered proof, a wrong index or count fails', () => {
    for (let n = 1; n <= 33; n++) {
      const ls = leaves(n)
      const root = merkleRoot(ls)
      for (let i = 0; i < n; i++) {
        const proof = merkleProof(ls, i)
        assert.equal(verifyMerkleProof(flipped(ls[i]!, i), i, n, proof, root), false, `leaf n=${n} i=${i}`)
        for (let p = 0; p < proof.length; p++) {
          const bad = proof.map((h, j) => (j === p ? flipped(h, i) : h))
          assert.equal(verifyMerkleProof(ls[i]!, i, n, bad, root), false, `proof[${p}] n=${n} i=${i}`)
        }
        assert.equal(verifyMerkleProof(ls[i]!, i, n, [...proof, ls[0]!], root), false, 'extra proof element')
        if (proof.length > 0) assert.equal(verifyMerkleProof(ls[i]!, i, n, proof.slice(1), root), false, 'short proof')
        if (proof.length > 1)
          assert.equal(verifyMerkleProof(ls[i]!, i, n, [...proof].reverse(), root), false, 'reordered')
        if (n > 1) assert.equal(verifyMerkleProof(ls[i]!, (i + 1) % n, n, proof, root), false, `index n=${n} i=${i}`)
        assert.equal(verifyMerkleProof(ls[i]!, i, n, proof, flipped(root)), false, 'root')
      }
    }
  })

  test(
    'an index outside 0..count-1 never verifies',
    {
    },
    () => {
      const ls = leaves(2)
      const root = merkleRoot(ls)
      assert.equal(verifyMerkleProof(ls[1]!, -1, 2, merkleProof(ls, 1), root), false, 'index -1')
      assert.equal(verifyMerkleProof(ls[0]!, 5, 1, [], ls[0]!), false, 'index 5 of 1')
      assert.equal(verifyMerkleProof(ls[0]!, 0, 0, [], ls[0]!), false, 'count 0')
    },
  )

  test('a root changes with any leaf and with the order of leaves', () => {
    const ls = leaves(5)
    const root = merkleRoot(ls)
    for (let i = 0; i < ls.length; i++) {
      assert.notDeepEqual(merkleRoot(ls.map((l, j) => (j === i ? flipped(l) : l))), root)
    }
    assert.notDeepEqual(merkleRoot([ls[1]!, ls[0]!, ...ls.slice(2)]), root)
    assert.throws(() => merkleRoot([]))
  })

  test('itemHash binds index and outputs, not the order outputs are listed in', () => {
    fc.assert(
      fc.property(namedTensors, fc.nat({ max: 1000 }), (outputs, index) => {
        const h = itemHash(index, outputs)
        assert.deepStrictEqual(itemHash(index, Object.fromEntries(Object.entries(outputs).reverse())), h)
        assert.notDeepEqual(itemHash(index + 1, outputs), h)
      }),
      { numRuns: 200 },
    )
    const a = { y: wireTensor('float32', [2], Float32Array.of(1, 2)) }
    assert.notDeepEqual(itemHash(0, a), itemHash(0, { y: wireTensor('float32', [2], Float32Array.of(1, 3)) }))
    assert.notDeepEqual(itemHash(0, a), itemHash(0, { y: wireTensor('float32', [1, 2], Float32Array.of(1, 2)) }))
    assert.notDeepEqual(itemHash(0, a), itemHash(0, { z: wireTensor('float32', [2], Float32Array.of(1, 2)) }))
    assert.notDeepEqual(
      itemHash(0, a),
      itemHash(0, { y: wireTensor('int32', [2], new Int32Array(new Float32Array([1, 2]).buffer)) }),
    )
  })
})

describe('signed commitment', () => {
  const provider = privateKeyToAccount(generatePrivateKey())
  const stranger = privateKeyToAccount(generatePrivateKey())
  const modelId = modelIdOf(Uint8Array.of(1, 2, 3))
  const root = merkleRoot(leaves(7))

  test('verifies for the provider who signed it', async () => {
    const signature = await signCommitment(provider, 'task-1', modelId, 7, root)
    assert.equal(signature.byteLength, 65)
    await verifyCommitment(provider.address, 'task-1', modelId, 7, root, signature)
    assertLowS(signature)
  })

  test('any other signer, task, model, count or root is E_BAD_SIGNATURE', async () => {
    const signature = await signCommitment(provider, 'task-1', modelId, 7, root)
    await assert.rejects(verifyCommitment(stranger.address, 'task-1', modelId, 7, root, signature), badSignature)
    const byStranger = await signCommitment(stranger, 'task-1', modelId, 7, root)
    await assert.rejects(verifyCommitment(provider.address, 'task-1', modelId, 7, root, byStranger), badSignature)
    await assert.rejects(verifyCommitment(provider.address, 'task-2', modelId, 7, root, signature), badSignature)
    await assert.rejects(
      verifyCommitment(provider.address, 'task-1', modelIdOf(Uint8Array.of(9)), 7, root, signature),
      badSignature,
    )
    await assert.rejects(verifyCommitment(provider.address, 'task-1', modelId, 8, root, signature), badSignature)
    await assert.rejects(
      verifyCommitment(provider.address, 'task-1', modelId, 7, flipped(root), signature),
      badSignature,
    )
    await assert.rejects(
      verifyCommitment(provider.address, 'task-1', modelId, 7, root, signature.subarray(0, 64)),
      badSignature,
    )
    await assert.rejects(
      verifyCommitment(provider.address, 'task-1', modelId, 7, root, new Uint8Array(65)),
      badSignature,
    )
  })

  test('a high-s twin of a valid signature is refused with E_BAD_SIGNATURE', async () => {
    const signature = await signCommitment(provider, 'task-1', modelId, 7, root)
    const twin = highS(signature)
    assert.throws(() => assertLowS(twin), badSignature)
    assert.throws(() => assertLowS(bytesToHex(twin)), badSignature)
    await assert.rejects(verifyCommitment(provider.address, 'task-1', modelId, 7, root, twin), badSignature)
    // The twin is otherwise a valid signature by the same key: only the low-s rule stops it.
    const recovered = await recoverMessageAddress({
      message: { raw: commitmentMessage('task-1', modelId, 7, root) },
      signature: bytesToHex(twin),
    })
    assert.equal(recovered, provider.address)
  })
})
