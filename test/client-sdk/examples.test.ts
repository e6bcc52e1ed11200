// The documented example runs: examples/submit-first-job.ts as a child process against
// a real coordinator and provider, exactly as docs/client.md tells a user to run it.
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { smallMlp } from '../fixtures/models.ts'
import { startMarket, type Market } from './market.ts'

const root = new URL('../../', import.meta.url).pathname
let market: Market

before(async () => {
  market = await startMarket({ prices: [1_000_000n] })
})
after(async () => {
  await market?.stop()
})

test('examples/submit-first-job.ts quotes, submits, reports progress and gets every result', async () => {
  const dir = market.tempDir()
  const model = join(dir, 'model.onnx')
  writeFileSync(model, smallMlp().bytes)
  // Asynchronously: the coordinator lives in this process and must keep serving while the example runs.
  const r = await promisify(execFile)(process.execPath, ['--import', './scripts/register.mjs', 'examples/submit-first-job.ts', market.addr, model, '50'], {
    cwd: root,
    env: { ...process.env },
    timeout: 90_000,
    encoding: 'utf8',
  })
  assert.match(r.stdout, /quote: \d+ base units/)
  assert.match(r.stdout, /progress: 50\/50 items/)
  assert.match(r.stdout, /done: job \S+ completed, 50 results in item order/)
})
