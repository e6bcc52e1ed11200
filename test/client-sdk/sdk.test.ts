// The client SDK against a real coordinator and real provider agents on loopback.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { MarketClient, type Progress } from '../../client-sdk/index.ts'
import { hasCode, tensorsEqual, toOrtTensor, type NamedTensors } from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/index.ts'
import { smallMlp } from '../fixtures/models.ts'
import { runDirect, startMarket, type Market } from './market.ts'

const m = smallMlp()
const itemsOf = (n: number, seed = 0): NamedTensors[] => Array.from({ length: n }, (_, i) => m.input(seed * 100_000 + i))
const ortItems = (items: NamedTensors[]) => items.map((it) => ({ [m.inputName]: toOrtTensor(it[m.inputName]!) }))

describe('client SDK on a real market', () => {
  let market: Market
  let client: MarketClient

  before(async () => {
    market = await startMarket({ coordinator: { sizing: { maxTaskItems: 8, targetTaskMs: 200 } } })
    client = await MarketClient.connect({ coordinator: market.addr, dataDir: market.tempDir() })
  })
  after(async () => {
    await client?.close()
    await market?.stop()
  })

  test('quote → submit → results in item order, byte-identical to onnxruntime; progress ends at 100 %', async () => {
    const items = itemsOf(60)
    const quote = await client.quote({ model: m.bytes, count: items.length })
    assert.ok(quote.cost > 0n && quote.providers.length > 0 && quote.completionMs > 0)
    const events: Progress[] = []
    const job = await client.submit({ model: m.bytes, items: ortItems(items) }, { onProgress: (p) => events.push(p) })
    const expected = await runDirect(m.bytes, items)
    let next = 0
    for await (const r of job.results()) {
      assert.equal(r.index, next++)
      assert.ok(tensorsEqual(r.tensors[m.outputName]!, expected[r.index]![m.outputName]!), `item ${r.index} differs from onnxruntime`)
    }
    assert.equal(next, items.length)
    assert.equal(job.finalState, 'completed')
    assert.ok(events.length >= items.length, `${events.length} progress events`)
    const last = events.at(-1)!
    assert.deepEqual([last.itemsDone, last.fraction, last.state], [items.length, 1, 'completed'])
    assert.ok(last.spent > 0n && last.spent <= quote.cost * 2n, `spent ${last.spent}, quoted ${quote.cost}`)
    for (let i = 1; i < events.length; i++) assert.ok(events[i]!.itemsDone >= events[i - 1]!.itemsDone)
    // Typed arrays work as inputs too.
    const outs = await client.run({ model: m.bytes, items: items.slice(0, 3).map((it) => ({ [m.inputName]: { data: new Float32Array(it[m.inputName]!.data.slice().buffer), dims: [1, 64] } })) })
    assert.ok(tensorsEqual({ dtype: 'float32', dims: [...outs[2]![m.outputName]!.dims], data: new Uint8Array((outs[2]![m.outputName]!.data as Float32Array).buffer) }, expected[2]![m.outputName]!))
  })

  test('a retried submission with the same idempotency key is the same job, and a new process-like client reattaches by id', async () => {
    const items = itemsOf(10, 1)
    const a = await client.submit({ model: m.bytes, items: ortItems(items), idempotencyKey: 'same-key-1' })
    const b = await client.submit({ model: m.bytes, items: ortItems(items), idempotencyKey: 'same-key-1' })
    assert.equal(a.id, b.id)
    const again = await client.job(a.id)
    const seen: number[] = []
    for await (const r of again.results()) seen.push(r.index)
    assert.deepEqual(seen, [...Array(10).keys()])
    const listed = await client.jobs()
    assert.ok(listed.some((j) => j.jobId === a.id && j.idempotencyKey === 'same-key-1' && j.cursor === 10))
  })

  test('spend caps: zero, below the quote, and the client cap are refused before anything is sent', async () => {
    const items = itemsOf(40, 2)
    const before = market.coordinator.jobs.size
    await assert.rejects(client.submit({ model: m.bytes, items: ortItems(items), spendCap: 0n }), (e) => hasCode(e, 'E_SPEND_CAP'))
    const q = await client.quote({ model: m.bytes, count: items.length })
    await assert.rejects(client.submit({ model: m.bytes, items: ortItems(items), spendCap: q.cost - 1n }), (e) => hasCode(e, 'E_SPEND_CAP') && /quoted at/.test((e as Error).message))
    const capped = await MarketClient.connect({ coordinator: market.addr, dataDir: market.tempDir(), spendCap: q.cost - 1n })
    try {
      await assert.rejects(capped.submit({ model: m.bytes, items: ortItems(items) }), (e) => hasCode(e, 'E_SPEND_CAP'))
      assert.deepEqual(capped.store.all(), [], 'nothing recorded for a refused job')
    } finally {
      await capped.close()
    }
    await assert.rejects(MarketClient.connect({ coordinator: market.addr, spendCap: 0n }), (e) => hasCode(e, 'E_SPEND_CAP'))
    assert.equal(market.coordinator.jobs.size, before, 'the coordinator saw no job')
  })

  test('bad input is refused before upload: not ONNX, wrong names, dtypes and shapes (naming the signature), unknown job', async () => {
    const fresh = mlpModel({ inputSize: 64, hiddenSizes: [32], outputSize: 4, seed: 99 })
    const x = m.input(1)[m.inputName]!
    const cases: Array<[string, NamedTensors]> = [
      ['unknown input', { wrong: x }],
      ['dtype', { [fresh.inputName]: { dtype: 'float64', dims: [1, 64], data: new Uint8Array(64 * 8) } }],
      ['dim 1 must be 64', { [fresh.inputName]: { dtype: 'float32', dims: [1, 63], data: new Uint8Array(63 * 4) } }],
    ]
    for (const [what, item] of cases) {
      await assert.rejects(client.submit({ model: fresh.bytes, items: [item] }), (e) => {
        assert.ok(hasCode(e, 'E_INPUT_MISMATCH'), String(e))
        assert.match((e as Error).message, /the model expects .*float32\[N,64\]/)
        return (e as Error).message.includes(what)
      })
    }
    await assert.rejects(client.submit({ model: new TextEncoder().encode('not a model at all'), items: [{ x }] }), (e) => hasCode(e, 'E_BAD_MODEL'))
    await assert.rejects(client.job('00000000-0000-4000-8000-000000000000'), (e) => hasCode(e, 'E_UNKNOWN_JOB'))
  })

  test('cancel stops the job; nothing more is charged after it', async () => {
    const items = itemsOf(1500, 3)
    const job = await client.submit({ model: m.bytes, items: ortItems(items) })
    let got = 0
    for await (const r of job.results()) {
      got++
      if (r.index === 4) await job.cancel()
    }
    assert.equal(job.finalState, 'cancelled')
    assert.ok(got < items.length, `${got} of ${items.length} delivered`)
    const a = await job.status()
    await new Promise((r) => setTimeout(r, 1_500))
    const b = await job.status()
    assert.equal(b.state, 'cancelled')
    assert.equal(b.spent, a.spent, 'spend does not grow after cancel')
    assert.ok(b.itemsDone < items.length, `${b.itemsDone} items done after cancel`)
  })

  test('a coordinator that is down is a typed error within seconds, not a hang', async () => {
    const dead = market.addr.replace(/\/tcp\/\d+/, '/tcp/1')
    const t = Date.now()
    await assert.rejects(MarketClient.connect({ coordinator: dead, timeoutMs: 5_000 }), (e) => hasCode(e, 'E_STREAM_CLOSED'))
    assert.ok(Date.now() - t < 15_000)
    await assert.rejects(MarketClient.connect({ coordinator: '/ip4/127.0.0.1/tcp/1' }), (e) => hasCode(e, 'E_CONFIG'))
  })
})
