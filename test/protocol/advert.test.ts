// Signed adverts: the provider's Ethereum key binds its PeerId, prices and TTL.
import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import {
  decodeSignedAdvert,
  encodeSignedAdvert,
  hasCode,
  modelIdOf,
  RigpoolError,
  signAdvert,
  verifySignedAdvert,
  type Advert,
} from '../../protocol/index.ts'
import { advert as anyAdvert, normalize, peerIds } from './arbitraries.ts'

const NOW = 1_800_000_000_000
const account = privateKeyToAccount(generatePrivateKey())
const other = privateKeyToAccount(generatePrivateKey())

function advertOf(overrides: Partial<Advert> = {}): Advert {
  return {
    peerId: peerIds[0]!,
    ethAddress: account.address,
    payoutAddress: other.address,
    hardware: {
      gpus: [
        {
          index: 0,
          vendor: 'NVIDIA',
          model: 'RTX 4090',
          vramBytes: 24 * 2 ** 30,
          driver: '550.54',
          bus: '0000:01:00.0',
        },
      ],
      cpuModel: 'Ryzen 9',
      cpuCores: 16,
      ramBytes: 64 * 2 ** 30,
      os: 'linux',
      arch: 'x64',
    },
    executionProvider: 'cuda',
    executionProviderLog: ['cuda: ok'],
    precision: 'fp32-strict',
    ortVersion: '1.30.0',
    graphOptimizationLevel: 'all',
    benchmarkGflops: 82_000.5,
    pricePerGpuHour: 350_000_000_000_000_000n,
    models: [
      {
        modelId: modelIdOf(Uint8Array.of(1)),
        itemsPerSecond: 1234.5,
        batchSize: 64,
        pricePerMillionItems: 78_800_000_000_000n,
      },
    ],
    freeSlots: 2,
    state: 'ready',
    issuedAtMs: NOW - 1000,
    ttlMs: 60_000,
    seq: 7,
    maxTaskBytes: 4 * 2 ** 20,
    ...overrides,
  }
}

const withCode = (code: Parameters<typeof hasCode>[1]) => (err: unknown) => hasCode(err, code)

describe('signed adverts', () => {
  test('sign → verify gives back the advert, also after travelling as a SignedAdvert frame', async () => {
    const a = advertOf()
    const signed = await signAdvert(account, a)
    assert.deepStrictEqual(await verifySignedAdvert(signed, { nowMs: NOW, expectedPeerId: a.peerId }), a)
    const travelled = decodeSignedAdvert(encodeSignedAdvert(signed))
    assert.deepStrictEqual(await verifySignedAdvert(travelled, { nowMs: NOW }), a)
  })

  test('round trips arbitrary adverts', async () => {
    await fc.assert(
      fc.asyncProperty(anyAdvert, async (generated) => {
        const a = { ...generated, ethAddress: account.address, issuedAtMs: NOW, ttlMs: Math.max(generated.ttlMs, 1) }
        assert.deepStrictEqual(
          normalize(await verifySignedAdvert(await signAdvert(account, a), { nowMs: NOW })),
          normalize(a),
        )
      }),
      { numRuns: 50 },
    )
  })

  test('signing an advert for another eth address is refused with E_BAD_ADVERT', async () => {
    await assert.rejects(signAdvert(account, advertOf({ ethAddress: other.address })), withCode('E_BAD_ADVERT'))
  })

  test('any tampered advert byte is refused with a typed error, and never verifies', async () => {
    const signed = await signAdvert(account, advertOf())
    const codes = new Set<string>()
    for (let at = 0; at < signed.advert.byteLength; at++) {
      const tampered = Uint8Array.from(signed.advert)
      tampered[at]! ^= 0x01
      const err = await verifySignedAdvert({ advert: tampered, signature: signed.signature }, { nowMs: NOW }).then(
        () => assert.fail(`byte ${at} flipped still verifies`),
        (e: unknown) => e,
      )
      assert.ok(err instanceof RigpoolError, `byte ${at}: ${String(err)}`)
      codes.add(err.code)
    }
    assert.ok(codes.has('E_BAD_ADVERT'))
  })

  test(
    'any tampered advert byte is refused as E_BAD_ADVERT',
    {
    },
    async () => {
      const signed = await signAdvert(account, advertOf())
      for (let at = 0; at < signed.advert.byteLength; at++) {
        const tampered = Uint8Array.from(signed.advert)
        tampered[at]! ^= 0x01
        await assert.rejects(
          verifySignedAdvert({ advert: tampered, signature: signed.signature }, { nowMs: NOW }),
          withCode('E_BAD_ADVERT'),
          `byte ${at}`,
        )
      }
    },
  )

  test('a tampered or foreign signature is E_BAD_ADVERT', async () => {
    const signed = await signAdvert(account, advertOf())
    const sig = Uint8Array.from(signed.signature)
    sig[10]! ^= 0x01
    await assert.rejects(
      verifySignedAdvert({ advert: signed.advert, signature: sig }, { nowMs: NOW }),
      withCode('E_BAD_ADVERT'),
    )
    const foreign = await signAdvert(other, advertOf({ ethAddress: other.address }))
    await assert.rejects(
      verifySignedAdvert({ advert: signed.advert, signature: foreign.signature }, { nowMs: NOW }),
      withCode('E_BAD_ADVERT'),
    )
  })

  test('an expired advert, or one issued too far in the future, is refused with E_BAD_ADVERT', async () => {
    const a = advertOf({ issuedAtMs: NOW - 60_000, ttlMs: 30_000 })
    const signed = await signAdvert(account, a)
    await assert.rejects(verifySignedAdvert(signed, { nowMs: NOW }), withCode('E_BAD_ADVERT'))
    // still fresh at its last millisecond
    await verifySignedAdvert(signed, { nowMs: NOW - 30_000 })
    await assert.rejects(verifySignedAdvert(signed, { nowMs: NOW - 30_000 + 1 }), withCode('E_BAD_ADVERT'))
    const future = await signAdvert(account, advertOf({ issuedAtMs: NOW + 10 * 60_000 }))
    await assert.rejects(verifySignedAdvert(future, { nowMs: NOW }), withCode('E_BAD_ADVERT'))
  })

  test('an advert sent by another PeerId than it names is E_PEER_MISMATCH', async () => {
    const signed = await signAdvert(account, advertOf({ peerId: peerIds[0]! }))
    await assert.rejects(
      verifySignedAdvert(signed, { nowMs: NOW, expectedPeerId: peerIds[1]! }),
      withCode('E_PEER_MISMATCH'),
    )
  })

  test('a SignedAdvert frame with a signature that is not 65 bytes is E_BAD_ADVERT', () => {
    const frame = encodeSignedAdvert({ advert: Uint8Array.of(1), signature: new Uint8Array(64) })
    assert.throws(() => decodeSignedAdvert(frame), withCode('E_BAD_ADVERT'))
  })
})
