import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { PeerId } from '@libp2p/interface'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import {
  createRigpoolNode,
  decodeAdvert,
  decodeSignedAdvert,
  encodeAdvert,
  hasCode,
  pricePerMillionItems,
  signAdvert,
  TOPIC_ADVERTS,
  verifySignedAdvert,
  type Advert,
  type ErrorCode,
  type RigpoolNode,
  type SignedAdvertBytes,
} from '../../protocol/index.ts'
import type { ProviderAgent } from '../../provider-agent/index.ts'
import { smallMlp } from '../fixtures/models.ts'
import { FakeCoordinator } from './helpers/fake-coordinator.ts'
import { startTestAgent, tempDirs } from './helpers/agent.ts'

const PRICE = 3_600_000n

interface Heard {
  from: string
  signed: SignedAdvertBytes
}

describe('signed adverts: on the session and over gossipsub, verifiable, tamper-evident', () => {
  const dirs = tempDirs()
  let coordinator: FakeCoordinator
  let agent: ProviderAgent
  let peer: PeerId
  let listener: RigpoolNode
  const heard: Heard[] = []

  before(async () => {
    coordinator = await FakeCoordinator.start(dirs.make())
    ;({ agent, peer } = await startTestAgent(coordinator, dirs.make(), {
      executionProviders: ['cuda', 'cpu'],
      pricePerGpuHour: PRICE,
      advertTtlMs: 3_000,
    }))
    // A second, independent node that only listens on the topic, as a market watcher would.
    listener = await createRigpoolNode({ dataDir: dirs.make(), listen: ['/ip4/127.0.0.1/tcp/0'] })
    listener.services.pubsub.subscribe(TOPIC_ADVERTS)
    listener.services.pubsub.addEventListener('message', (evt) => {
      const msg = evt.detail
      if (msg.topic !== TOPIC_ADVERTS || msg.type !== 'signed') return
      heard.push({ from: msg.from.toString(), signed: decodeSignedAdvert(msg.data) })
    })
    await listener.dial(agent.node.getMultiaddrs()[0]!, { signal: AbortSignal.timeout(15_000) })
  })
  after(async () => {
    await listener?.stop()
    await agent?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  const latestFromAgent = (): Heard | undefined => heard.filter((h) => h.from === agent.peerId).at(-1)

  test('a second node subscribed to rigpool/adverts/1 receives the agent adverts and they verify', async () => {
    await coordinator.until(() => latestFromAgent() !== undefined, 20_000, 'an advert over gossipsub')
    const h = latestFromAgent()!
    const advert = await verifySignedAdvert(h.signed, { nowMs: Date.now(), expectedPeerId: h.from })
    assert.equal(advert.peerId, agent.peerId)
    assert.equal(advert.ethAddress, agent.ethAddress)
    assert.equal(advert.pricePerGpuHour, PRICE)
    assert.equal(advert.ttlMs, 3_000)
    assert.ok(advert.issuedAtMs <= Date.now() && advert.issuedAtMs > Date.now() - 30_000)
    assert.equal(advert.state, 'ready')
    // Re-published periodically with a rising seq.
    const seq = advert.seq
    await coordinator.until(
      () => decodeAdvert(latestFromAgent()!.signed.advert).seq > seq,
      20_000,
      'a periodic re-publication',
    )
  })

  test('the advertised execution provider is the one that ran, on the session, on the topic and in results', async () => {
    const ran = agent.devices[0]!.executionProvider
    assert.equal(ran, 'cpu', 'cuda has no libraries here, so cpu ran')
    const onSession = coordinator.adverts.at(-1)!
    const onTopic = decodeAdvert(latestFromAgent()!.signed.advert)
    for (const a of [onSession, onTopic]) {
      assert.equal(a.executionProvider, ran)
      assert.match(a.executionProviderLog[0]!, /^cuda: failed: /)
      assert.equal(a.executionProviderLog.at(-1), `${ran}: ok`)
      assert.equal(a.precision, agent.devices[0]!.precision.precision)
    }
    const m = smallMlp()
    coordinator.models.set(m.id, m.bytes)
    const out = await coordinator.runTask(peer, { modelId: m.id }, [m.input(1), m.input(2), m.input(3)])
    assert.equal(out.error, undefined)
    assert.equal(out.result?.settings.executionProvider, ran)
    assert.equal(out.result?.settings.precision, onTopic.precision)
    assert.equal(out.result?.settings.ortVersion, onTopic.ortVersion)
  })

  test('a model measured on first load is re-advertised with its items/s and a price derived from the GPU-hour price', async () => {
    const m = smallMlp()
    const hasModel = (a: Advert): boolean => a.models.some((o) => o.modelId === m.id)
    await coordinator.until(
      () => latestFromAgent() !== undefined && hasModel(decodeAdvert(latestFromAgent()!.signed.advert)),
      20_000,
      'an advert listing the model',
    )
    const advert = await verifySignedAdvert(latestFromAgent()!.signed, { nowMs: Date.now() })
    const offer = advert.models.find((o) => o.modelId === m.id)!
    assert.ok(offer.itemsPerSecond > 0)
    assert.equal(offer.pricePerMillionItems, pricePerMillionItems(PRICE, offer.itemsPerSecond))
    assert.ok(coordinator.adverts.some(hasModel), 'the session got it too')
  })

  test('a tampered advert is rejected with E_BAD_ADVERT', async () => {
    const { signed } = latestFromAgent()!
    const advert = decodeAdvert(signed.advert)
    const rejects = async (
      s: SignedAdvertBytes,
      code: ErrorCode = 'E_BAD_ADVERT',
      nowMs = Date.now(),
    ): Promise<void> => {
      await assert.rejects(verifySignedAdvert(s, { nowMs }), (err) => {
        assert.ok(hasCode(err, code), `${String(err)}`)
        return true
      })
    }
    // A cheaper price, a faster benchmark, another payee, a paused rig shown ready: the signature no longer matches.
    await rejects({ ...signed, advert: encodeAdvert({ ...advert, pricePerGpuHour: 1n }) })
    await rejects({ ...signed, advert: encodeAdvert({ ...advert, benchmarkGflops: advert.benchmarkGflops + 1000 }) })
    await rejects({ ...signed, advert: encodeAdvert({ ...advert, executionProvider: 'cuda' }) })
    const other = privateKeyToAccount(generatePrivateKey())
    await rejects({ ...signed, advert: encodeAdvert({ ...advert, payoutAddress: other.address }) })
    // One flipped bit anywhere.
    const flipped = Uint8Array.from(signed.advert)
    flipped[flipped.length >> 1]! ^= 1
    await rejects({ ...signed, advert: flipped })
    const badSig = Uint8Array.from(signed.signature)
    badSig[10]! ^= 0xff
    await rejects({ ...signed, signature: badSig })
    // Garbage, and an advert past its TTL.
    await rejects({ advert: new Uint8Array([1, 2, 3]), signature: signed.signature })
    await rejects(signed, 'E_BAD_ADVERT', advert.issuedAtMs + advert.ttlMs + 1)
    // The untouched one still verifies.
    await verifySignedAdvert(signed, { nowMs: Date.now() })
  })

  test("another peer cannot pass off the agent's advert, nor sign one for the agent's PeerId with its own key", async () => {
    const { signed } = latestFromAgent()!
    // Relayed by a third peer: the gossip sender is not the advertised PeerId.
    await assert.rejects(
      verifySignedAdvert(signed, { nowMs: Date.now(), expectedPeerId: listener.peerId.toString() }),
      (err) => hasCode(err, 'E_PEER_MISMATCH'),
    )
    // Re-signed by another Ethereum key that claims the agent's address: refused on signing, or on verifying.
    const advert = decodeAdvert(signed.advert)
    const thief = privateKeyToAccount(generatePrivateKey())
    await assert.rejects(signAdvert(thief, advert), (err) => hasCode(err, 'E_BAD_ADVERT'))
    const forged = {
      advert: signed.advert,
      signature: (await signAdvert(thief, { ...advert, ethAddress: thief.address })).signature,
    }
    await assert.rejects(verifySignedAdvert(forged, { nowMs: Date.now() }), (err) => hasCode(err, 'E_BAD_ADVERT'))
  })
})
