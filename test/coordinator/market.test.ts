import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { generateKeyPair } from '@libp2p/crypto/keys'
import { peerIdFromPrivateKey } from '@libp2p/peer-id'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import type { ProviderAgent } from '../../provider-agent/index.ts'
import { createRigpoolNode, encodeSignedAdvert, modelIdOf, RigpoolError, signAdvert, TOPIC_ADVERTS, type Advert, type RigpoolNode } from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/mlp-model.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import { marketRequest, tempDirs } from './helpers.ts'
import { testProvider, until } from './providers.ts'

/** Nearest-rank percentile, written out here independently of the coordinator. */
function rank(values: bigint[], p: number): bigint {
  const s = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!
}

async function gpuAdvert(o: { price: bigint; gpu: string; vram: number; seq?: number; issuedAtMs?: number; ttlMs?: number }) {
  const key = await generateKeyPair('Ed25519')
  const account = privateKeyToAccount(generatePrivateKey())
  const advert: Advert = {
    peerId: peerIdFromPrivateKey(key).toString(),
    ethAddress: account.address,
    payoutAddress: account.address,
    hardware: { gpus: [{ index: 0, vendor: 'NVIDIA', model: o.gpu, vramBytes: o.vram, driver: '550', bus: '' }], cpuModel: 'x', cpuCores: 16, ramBytes: 64e9, os: 'linux', arch: 'x64' },
    executionProvider: 'cuda',
    executionProviderLog: ['cuda: ok'],
    precision: 'fp32-strict',
    ortVersion: '1.30.0',
    graphOptimizationLevel: 'all',
    benchmarkGflops: 40_000,
    pricePerGpuHour: o.price,
    models: [],
    freeSlots: 1,
    state: 'ready',
    issuedAtMs: o.issuedAtMs ?? Date.now(),
    ttlMs: o.ttlMs ?? 60_000,
    seq: o.seq ?? 1,
    maxTaskBytes: 1e8,
  }
  return { advert, account, signed: await signAdvert(account, advert) }
}

describe('market queries: offers, statistics, quotes over libp2p and HTTP', () => {
  const dirs = tempDirs()
  const model = mlpModel({ inputSize: 16, hiddenSizes: [32], outputSize: 4, seed: 9 })
  let coordinator: Coordinator
  let addr: string
  let http: string
  let node: RigpoolNode
  const agents = new Map<bigint, ProviderAgent>()

  before(async () => {
    coordinator = await startCoordinator({ dataDir: dirs.make(), heartbeatIntervalMs: 300, http: { port: 0 } })
    addr = coordinator.multiaddrs[0]!
    http = coordinator.httpUrl!
    node = await createRigpoolNode({ dataDir: dirs.make(), listen: [] })
    const uploader = await MarketClient.connect({ coordinator: addr })
    await uploader.uploadModel(model.bytes)
    await uploader.close()
  })

  after(async () => {
    for (const a of agents.values()) await a.stop().catch(() => {})
    await node?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  const get = async (path: string) => {
    const res = await fetch(`${http}${path}`)
    return { status: res.status, body: (await res.json()) as Record<string, any> }
  }
  const cpuStats = async () => (await get('/v1/prices?gpu_class=cpu')).body.classes[0]

  test('price statistics follow providers with known prices joining and leaving, and equal an independent computation', async () => {
    const check = async (prices: bigint[]) => {
      await until(() => coordinator.registry.size === prices.length, 20_000, `${prices.length} providers`)
      const s = await cpuStats()
      assert.equal(s.providers_online, prices.length)
      assert.equal(s.median_price_per_gpu_hour, rank(prices, 50).toString())
      assert.equal(s.p10_price_per_gpu_hour, rank(prices, 10).toString())
      assert.equal(s.p90_price_per_gpu_hour, rank(prices, 90).toString())
    }
    for (const p of [3_000_000n, 1_000_000n, 2_000_000n]) agents.set(p, await testProvider({ dataDir: dirs.make(), coordinator: addr, pricePerGpuHour: p }))
    await check([3_000_000n, 1_000_000n, 2_000_000n])
    agents.set(7_000_000n, await testProvider({ dataDir: dirs.make(), coordinator: addr, pricePerGpuHour: 7_000_000n }))
    await check([3_000_000n, 1_000_000n, 2_000_000n, 7_000_000n])
    await agents.get(1_000_000n)!.stop()
    agents.delete(1_000_000n)
    await check([3_000_000n, 2_000_000n, 7_000_000n])
  })

  test('the same queries over libp2p and HTTP agree', async () => {
    const modelId = modelIdOf(model.bytes)
    const p2pOffers = await marketRequest(node, addr, { kind: 'offers', query: { modelId, sort: 'price_per_item', limit: 10 } })
    const httpOffers = await get(`/v1/offers?model=${modelId}&sort=price_per_item&limit=10`)
    assert.ok(p2pOffers.kind === 'offers')
    assert.deepEqual(
      httpOffers.body.offers.map((o: any) => [o.peer_id, o.price_per_gpu_hour, o.price_per_million_items]),
      p2pOffers.offers.map((o) => [o.peerId, o.pricePerGpuHour.toString(), o.pricePerMillionItems!.toString()]),
    )
    const p2pStats = await marketRequest(node, addr, { kind: 'stats' })
    assert.ok(p2pStats.kind === 'stats')
    assert.deepEqual(
      (await get('/v1/prices')).body.classes.map((c: any) => [c.gpu_class, c.providers_online, c.median_price_per_gpu_hour, c.p10_price_per_gpu_hour, c.p90_price_per_gpu_hour]),
      p2pStats.classes.map((c) => [c.gpuClass, c.providersOnline, c.medianPricePerGpuHour.toString(), c.p10PricePerGpuHour.toString(), c.p90PricePerGpuHour.toString()]),
    )
    const p2pQuote = await marketRequest(node, addr, { kind: 'quote', request: { modelId, itemCount: 1000, deadlineMs: 0, spread: 2 } })
    assert.ok(p2pQuote.kind === 'quote')
    const httpQuote = await fetch(`${http}/v1/quote`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: modelId, items: 1000, spread: 2 }) })
    const q = (await httpQuote.json()) as any
    assert.equal(q.cost, p2pQuote.quote.cost.toString())
    assert.deepEqual(q.providers.map((p: any) => [p.peer_id, p.items]), p2pQuote.quote.providers.map((p) => [p.peerId, p.items]))
    assert.equal(p2pQuote.quote.providers.length, 2)
    // The two cheapest per item, items summing to the request.
    assert.equal(p2pQuote.quote.providers.reduce((s, p) => s + p.items, 0), 1000)
    assert.deepEqual(p2pQuote.quote.providers.map((p) => p.peerId).sort(), p2pOffers.offers.slice(0, 2).map((o) => o.peerId).sort())
  })

  test('gossiped adverts: signed ones enter with their GPU, tampered, expired, stale and banned ones never do', async () => {
    const good = await gpuAdvert({ price: 9_000_000n, gpu: 'NVIDIA GeForce RTX 4090', vram: 24e9 })
    // Over real gossipsub: the test node joins the topic and publishes.
    await node.dial(coordinator.node.getMultiaddrs()[0]!)
    node.services.pubsub.subscribe(TOPIC_ADVERTS)
    await until(() => node.services.pubsub.getSubscribers(TOPIC_ADVERTS).length > 0, 10_000, 'gossip mesh')
    await node.services.pubsub.publish(TOPIC_ADVERTS, encodeSignedAdvert(good.signed))
    await until(() => coordinator.adverts.entries().some((e) => e.id === good.advert.peerId), 10_000, 'the advert in the book')
    const rtx = await get('/v1/offers?gpu=4090&min_vram=20000000000')
    assert.deepEqual(rtx.body.offers.map((o: any) => o.peer_id), [good.advert.peerId])
    assert.equal((await get('/v1/offers?gpu=4090&min_vram=30000000000')).body.offers.length, 0)
    assert.equal((await get('/v1/offers?execution_provider=cuda&max_price=8999999')).body.offers.length, 0)
    const cls = (await get('/v1/prices?gpu_class=RTX%204090')).body.classes
    assert.deepEqual(cls.map((c: any) => [c.gpu_class, c.providers_online, c.median_price_per_gpu_hour, c.price_per_tflop_hour]), [['RTX 4090', 1, '9000000', '225000']])

    const before = coordinator.adverts.entries().length
    const tampered = await gpuAdvert({ price: 1n, gpu: 'RTX 3090', vram: 24e9 })
    const bytes = Uint8Array.from(tampered.signed.advert)
    bytes[bytes.length - 3]! ^= 1
    await assert.rejects(coordinator.adverts.add({ advert: bytes, signature: tampered.signed.signature }), (e: unknown) => e instanceof RigpoolError && ['E_BAD_ADVERT', 'E_BAD_FRAME'].includes(e.code))
    const expired = await gpuAdvert({ price: 1n, gpu: 'RTX 3090', vram: 24e9, issuedAtMs: Date.now() - 120_000, ttlMs: 60_000 })
    await assert.rejects(coordinator.adverts.add(expired.signed), (e: unknown) => e instanceof RigpoolError && e.code === 'E_BAD_ADVERT')
    const stale = await signAdvert(good.account, { ...good.advert, seq: 1, pricePerGpuHour: 1n })
    await assert.rejects(coordinator.adverts.add(stale), (e: unknown) => e instanceof RigpoolError && e.code === 'E_BAD_ADVERT')
    const banned = await gpuAdvert({ price: 1n, gpu: 'RTX 3090', vram: 24e9 })
    coordinator.store.providers.ban(banned.advert.peerId, 'caught cheating', Date.now())
    await assert.rejects(coordinator.adverts.add(banned.signed), (e: unknown) => e instanceof RigpoolError && e.code === 'E_BANNED')
    assert.equal(coordinator.adverts.entries().length, before)
    assert.equal((await get('/v1/offers?max_price=1')).body.offers.length, 0, 'none of them is offered')
  })

  test('HTTP queries with bad parameters get a 4xx with a clear message', async () => {
    const bad: Array<[string, RegExp]> = [
      ['/v1/offers?sort=cheapest', /sort must be one of/],
      ['/v1/offers?min_vram=-1', /min_vram must be an integer/],
      ['/v1/offers?max_price=1.5', /max_price must be a whole number/],
      ['/v1/offers?limit=0', /limit must be an integer in 1..1000/],
      ['/v1/offers?min_reputation=2', /min_reputation/],
      ['/v1/offers?sort=price_per_item', /needs a model/],
      ['/v1/offers?colour=red', /unknown parameter colour/],
      ['/v1/quote?items=10', /model is required/],
      ['/v1/quote?model=nonsense&items=10', /model must be a model content id/],
      [`/v1/quote?model=${modelIdOf(model.bytes)}&items=0`, /items must be an integer/],
      [`/v1/quote?model=${modelIdOf(model.bytes)}&items=10&deadline_ms=5`, /deadline_ms/],
    ]
    for (const [path, message] of bad) {
      const { status, body } = await get(path)
      assert.equal(status, 400, path)
      assert.equal(body.error.code, 'E_BAD_QUERY', path)
      assert.match(body.error.message, message, path)
    }
    const post = await fetch(`${http}/v1/quote`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' })
    assert.equal(post.status, 400)
    const openapi = await get('/v1/openapi.json')
    assert.ok(openapi.body.paths['/v1/offers'] !== undefined && openapi.body.openapi === '3.1.0')
    const metrics = await (await fetch(`${http}/metrics`)).text()
    assert.match(metrics, /rigpool_providers_online\{state="ready"\} 3/)
    assert.match(metrics, /rigpool_refusals_total\{code="E_BAD_QUERY"\}/)
  })
})
