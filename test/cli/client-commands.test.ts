// The client commands of `rigpool`, run as real child processes against a real market:
// submit on an .npz batch, a client SIGKILLed mid-job and a new one that reattaches, the
// progress bar in a terminal (tmux), and bad input said before anything is sent.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { readNpz, splitBatch, writeNpy, writeNpz } from '../../client-sdk/index.ts'
import { tensorsEqual, type WireTensor } from '../../protocol/index.ts'
import { inspectModel } from '../../protocol/onnx/index.ts'
import { smallMlp } from '../fixtures/models.ts'
import { runDirect, startMarket, type Market } from '../client-sdk/market.ts'
import { cli, ROOT as root } from './run-cli.ts'

const m = smallMlp()


/** A batch of `n` items as an .npz of x[N,64], and the reference outputs from onnxruntime. */
async function batch(dir: string, n: number, seed: number): Promise<{ path: string; expected: WireTensor[] }> {
  const x = m.input(seed, n)[m.inputName]!
  const path = join(dir, `in-${seed}.npz`)
  writeFileSync(path, writeNpz({ [m.inputName]: x }))
  const { items } = splitBatch(inspectModel(m.bytes), { [m.inputName]: x })
  const direct = await runDirect(m.bytes, items)
  return { path, expected: direct.map((o) => o[m.outputName]!) }
}

function assertOutputs(file: string, expected: WireTensor[]): void {
  const out = readNpz(new Uint8Array(readFileSync(file)))[m.outputName]!
  assert.deepEqual(out.dims, [expected.length, 16])
  const rowBytes = 16 * 4
  expected.forEach((e, i) => {
    const row: WireTensor = { dtype: 'float32', dims: [1, 16], data: out.data.subarray(i * rowBytes, (i + 1) * rowBytes) }
    assert.ok(tensorsEqual(row, e), `output row ${i} differs from onnxruntime`)
  })
}

describe('rigpool client commands', () => {
  let market: Market
  let work: string
  let modelPath: string
  let env: Record<string, string>

  before(async () => {
    market = await startMarket({ coordinator: { sizing: { maxTaskItems: 4, targetTaskMs: 100 } } })
    work = market.tempDir()
    modelPath = join(work, 'model.onnx')
    writeFileSync(modelPath, m.bytes)
    env = { RIGPOOL_COORDINATOR: market.addr, RIGPOOL_DATA_DIR: join(work, 'client') }
  })
  after(async () => {
    await market?.stop()
  })

  test('JSON lines in, JSON lines out: the same numbers as onnxruntime', async () => {
    const n = 12
    const x = m.input(77, n)[m.inputName]!
    const rows = new Float32Array(x.data.buffer, x.data.byteOffset, n * 64)
    const inPath = join(work, 'batch.jsonl')
    // float32 values printed exactly (Math.fround round-trips), one item per line, without the batch dim.
    writeFileSync(inPath, Array.from({ length: n }, (_, i) => JSON.stringify({ [m.inputName]: Array.from(rows.subarray(i * 64, (i + 1) * 64)) })).join('\n') + '\n')
    const { items } = splitBatch(inspectModel(m.bytes), { [m.inputName]: x })
    const expected = (await runDirect(m.bytes, items)).map((o) => o[m.outputName]!)
    const out = join(work, 'out-jsonl')
    const r = await cli(['submit', modelPath, '--inputs', inPath, '--out', out, '--jsonl'], env)
    assert.equal(r.code, 0, r.stderr)
    const lines = readFileSync(join(out, 'outputs.jsonl'), 'utf8').trim().split('\n')
    assert.equal(lines.length, n)
    lines.forEach((line, i) => {
      const got = Float32Array.from((JSON.parse(line) as Record<string, number[][]>)[m.outputName]!.flat())
      const want = new Float32Array(expected[i]!.data.buffer, expected[i]!.data.byteOffset, 16)
      assert.deepEqual(Array.from(got), Array.from(want), `item ${i}`)
    })
  })

  test('quote and submit on an .npz batch write outputs byte-identical to onnxruntime; plain progress lines off a TTY', async () => {
    const q = await cli(['quote', modelPath, '-n', '40', '--json'], env)
    assert.equal(q.code, 0, q.stderr)
    const quote = JSON.parse(q.stdout) as { cost: string; providers: unknown[] }
    assert.ok(BigInt(quote.cost) > 0n && quote.providers.length > 0)
    const { path, expected } = await batch(work, 40, 1)
    const out = join(work, 'out-1')
    const r = await cli(['submit', modelPath, '--inputs', path, '--out', out, '--json'], env)
    assert.equal(r.code, 0, r.stderr)
    const summary = JSON.parse(r.stdout) as { state: string; items: number }
    assert.deepEqual([summary.state, summary.items], ['completed', 40])
    assert.match(r.stderr, /progress 40\/40 items 100\.0% .* items\/s ETA .* spent \d+/)
    assertOutputs(join(out, 'outputs.npz'), expected)
    const jobs = await cli(['jobs', '--json'], env)
    assert.ok((JSON.parse(jobs.stdout) as Array<{ state: string }>).some((j) => j.state === 'completed'))
  })

  test('a client SIGKILLed mid-job; `rigpool job <id> --follow --out` gets the remaining results exactly once', async () => {
    const n = 400
    const { path, expected } = await batch(work, n, 2)
    const out = join(work, 'out-2')
    const child: ChildProcess = spawn(process.execPath, ['bin/rigpool.mjs', 'submit', modelPath, '--inputs', path, '--out', out], { cwd: root, env: { ...process.env, ...env } })
    let stderr = ''
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
    const parts = (): number => (existsSync(join(out, '.parts')) ? readdirSync(join(out, '.parts')).filter((f) => f.endsWith('.npz')).length : 0)
    const deadline = Date.now() + 45_000
    while (parts() < 10 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 20))
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    const atKill = parts()
    assert.ok(atKill >= 10 && atKill < n, `killed with ${atKill} of ${n} results on disk (${stderr})`)
    const jobId = /job (\S+) accepted/.exec(stderr)?.[1]
    assert.ok(jobId !== undefined, stderr)

    const r = await cli(['job', jobId, '--follow', '--out', out, '--json'], env)
    assert.equal(r.code, 0, r.stderr)
    const summary = JSON.parse(r.stdout) as { state: string; items: number; received: number }
    assert.equal(summary.state, 'completed')
    assert.equal(summary.items, n)
    assert.equal(summary.received, n - atKill, 'the new process received exactly the results the killed one had not written')
    assertOutputs(join(out, 'outputs.npz'), expected)
  })

  test('the progress bar in a terminal (tmux): items, items/s, ETA and spend, redrawn in place', async (t) => {
    if (spawnSync('tmux', ['-V']).status !== 0) {
      t.skip('tmux is not installed (apt-get install -y tmux)')
      return
    }
    const { path } = await batch(work, 300, 3)
    const session = `rigpool-bar-${process.pid}`
    const envs = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')
    const cmd = `cd ${root} && ${envs} ${process.execPath} bin/rigpool.mjs submit ${modelPath} --inputs ${path} --out ${join(work, 'out-3')}; sleep 30`
    assert.equal(spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '160', '-y', '20', cmd]).status, 0)
    try {
      const seen: string[] = []
      const deadline = Date.now() + 45_000
      while (Date.now() < deadline) {
        const pane = spawnSync('tmux', ['capture-pane', '-p', '-t', session]).stdout.toString()
        const bar = /\[[#-]{24}\] \d+\/300 items [\d.]+% [\d.]+ items\/s ETA [\d:-]+ spent \d+/.exec(pane)?.[0]
        if (bar !== undefined && seen.at(-1) !== bar) seen.push(bar)
        if (/completed: 300\/300 items written/.test(pane)) break
        await new Promise((r) => setTimeout(r, 100))
      }
      assert.ok(seen.some((b) => /\] 300\/300 items 100\.0%/.test(b)), `the bar reached 100 %: ${seen.join(' | ')}`)
      assert.ok(seen.some((b) => !/300\/300/.test(b)), `the bar was seen part way: ${seen.join(' | ')}`)
      const pane = spawnSync('tmux', ['capture-pane', '-p', '-t', session]).stdout.toString()
      assert.equal(pane.match(/\[[#-]{24}\]/g)?.length, 1, `one bar line, redrawn in place:\n${pane}`)
      console.log(`tmux capture:\n${pane.trimEnd()}`)
    } finally {
      spawnSync('tmux', ['kill-session', '-t', session])
    }
  })

  test('bad input is a typed error before anything is sent: not ONNX, wrong inputs, truncated .npy, zero cap, unknown job, coordinator down', async () => {
    const before = market.coordinator.jobs.size
    const notOnnx = join(work, 'not.onnx')
    writeFileSync(notOnnx, 'this is not a model')
    const { path } = await batch(work, 3, 4)
    const out = join(work, 'out-bad')
    const run = (args: string[], e = env) => cli(args, e, 30_000)
    let r = await run(['submit', notOnnx, '--inputs', path, '--out', out])
    assert.match(r.stderr, /\[E_BAD_MODEL\]/)
    const wrong = join(work, 'wrong.npz')
    writeFileSync(wrong, writeNpz({ [m.inputName]: { dtype: 'float32', dims: [3, 63], data: new Uint8Array(3 * 63 * 4) } }))
    r = await run(['submit', modelPath, '--inputs', wrong, '--out', out])
    assert.match(r.stderr, /dim 1 must be 64; the model expects .*float32\[N,64\].*\[E_INPUT_MISMATCH\]/)
    const dir = join(work, 'npy-dir')
    spawnSync('mkdir', ['-p', dir])
    const npy = writeNpy({ dtype: 'float32', dims: [3, 64], data: new Uint8Array(3 * 64 * 4) })
    writeFileSync(join(dir, `${m.inputName}.npy`), npy.subarray(0, npy.byteLength - 7))
    r = await run(['submit', modelPath, '--inputs', dir, '--out', out])
    assert.match(r.stderr, /truncated data.*\[E_BAD_TENSOR\]/)
    writeFileSync(join(dir, `${m.inputName}.npy`), Buffer.from(npy).fill(0x3e, 21, 22)) // '<f4' → '>f4'
    r = await run(['submit', modelPath, '--inputs', dir, '--out', out])
    assert.match(r.stderr, /big-endian.*\[E_UNSUPPORTED_DTYPE\]/)
    r = await run(['submit', modelPath, '--inputs', path, '--out', out, '--max-spend', '0'])
    assert.match(r.stderr, /spend cap of zero.*\[E_SPEND_CAP\]/)
    r = await run(['job', '00000000-0000-4000-8000-000000000000'])
    assert.match(r.stderr, /\[E_UNKNOWN_JOB\]/)
    assert.equal(market.coordinator.jobs.size, before, 'no job reached the coordinator')
    const t = Date.now()
    r = await run(['jobs'], { ...env, RIGPOOL_COORDINATOR: market.addr.replace(/\/tcp\/\d+/, '/tcp/1') })
    assert.match(r.stderr, /cannot reach the coordinator.*\[E_STREAM_CLOSED\]/)
    assert.ok(Date.now() - t < 25_000)
    for (const x of [r]) assert.equal(x.code, 1)
  })
})
