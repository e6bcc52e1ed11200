// The settlement commands of `rigpool`, run as real child processes: `rigpool devnet` on a free
// port, then channel open / list / topup, refused amounts, and provider earnings on an empty payee.
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { devAccount } from '../../settlement/index.ts'
import { cli, ROOT as root } from './run-cli.ts'



interface Listed {
  address: string
  balanceBaseUnits: string
  channels: { role: string; channelId: string; payee: string; state: string; deposit: string; depositBaseUnits: string }[]
}

describe('rigpool settlement commands', () => {
  let dir: string
  let devnet: ChildProcess | undefined
  let devnetOut = ''
  let env: Record<string, string>
  const payer = devAccount(1)
  const payee = devAccount(3)

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rigpool-'))
    devnet = spawn(process.execPath, ['bin/rigpool.mjs', 'devnet', '--data-dir', join(dir, 'devnet'), '--port', '0'], { cwd: root })
    devnet.stderr!.on('data', (d: Buffer) => (devnetOut += d.toString()))
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`devnet did not start: ${devnetOut}`)), 45_000)
      devnet!.stdout!.on('data', (d: Buffer) => {
        devnetOut += d.toString()
        if (devnetOut.includes('Ctrl-C to stop')) {
          clearTimeout(timer)
          resolve()
        }
      })
      devnet!.once('exit', (code) => reject(new Error(`devnet exited (${code}): ${devnetOut}`)))
    })
    const rpc = /rpc\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(devnetOut)![1]!
    // The payer's key file holds a funded dev account (anvil's public test key).
    mkdirSync(join(dir, 'payer'), { mode: 0o700 })
    writeFileSync(join(dir, 'payer', 'eth.key'), payer.privateKey + '\n', { mode: 0o600 })
    env = { RIGPOOL_RPC: rpc, RIGPOOL_DEPLOYMENT: join(dir, 'devnet', 'deployment.json'), RIGPOOL_DATA_DIR: join(dir, 'payer') }
  })

  after(async () => {
    if (devnet !== undefined && devnet.exitCode === null) {
      const exited = new Promise((resolve) => devnet!.once('exit', resolve))
      devnet.kill('SIGTERM')
      await exited
    }
    rmSync(dir, { recursive: true, force: true })
  })

  test('devnet prints its RPC URL, chain id, contract addresses, deployment file and funded accounts, but no keys', () => {
    const deployment = JSON.parse(readFileSync(join(dir, 'devnet', 'deployment.json'), 'utf8')) as { channels: string; token: string }
    assert.match(devnetOut, /chain id\s+31337/)
    assert.ok(devnetOut.includes(deployment.channels) && devnetOut.includes(deployment.token))
    assert.ok(devnetOut.includes(join(dir, 'devnet', 'deployment.json')))
    assert.match(devnetOut, new RegExp(`${payer.address}\\s+1,000,000\\.00 tUSD`))
    assert.ok(!devnetOut.toLowerCase().includes(payer.privateKey.slice(2).toLowerCase()), 'a private key was printed')
  })

  test('channel open, list --json and topup move real deposits; bad amounts are refused with no state change', async () => {
    const open = await cli(['channel', 'open', payee.address, '12.5'], env)
    assert.equal(open.code, 0, open.stderr)
    const listed = async (): Promise<Listed> => {
      const r = await cli(['channel', 'list', '--json'], env)
      assert.equal(r.code, 0, r.stderr)
      return JSON.parse(r.stdout) as Listed
    }
    const first = await listed()
    assert.equal(first.address, payer.address)
    assert.equal(first.channels.length, 1)
    const ch = first.channels[0]!
    assert.deepEqual([ch.role, ch.payee, ch.state, ch.deposit, ch.depositBaseUnits], ['payer', payee.address, 'open', '12.50', '12500000'])
    assert.equal(BigInt(first.balanceBaseUnits), 1_000_000_000_000n - 12_500_000n, 'the deposit left the wallet')

    // Each CLI start costs seconds (tsx): the refusals run beside a good top-up; afterwards
    // exactly that top-up shows (one channel, deposit 12.5 + 7.25), so no refusal changed state.
    const refused = [
      ['channel', 'open', payee.address, '-1'],
      ['channel', 'open', payee.address, 'abc'],
      ['channel', 'open', payee.address, '0'],
      ['channel', 'topup', ch.channelId, '0'],
    ]
    const [top, ...runs] = await Promise.all([cli(['channel', 'topup', ch.channelId, '7.25'], env), ...refused.map((args) => cli(args, env))])
    assert.equal(top!.code, 0, top!.stderr)
    assert.match(top!.stdout, /deposit now 19\.75 tUSD/)
    runs.forEach((r, i) => {
      assert.notEqual(r.code, 0, `${refused[i]!.join(' ')} succeeded`)
      assert.match(r.stderr, /^rigpool: .*(not an amount|must be positive).*\[E_BAD_AMOUNT\]$/m, r.stderr)
      assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/, 'a stack trace instead of a clear error')
    })
    const second = await listed()
    assert.equal(second.channels.length, 1, 'a refused open made a channel')
    assert.equal(second.channels[0]!.depositBaseUnits, '19750000', 'topup raised the deposit by exactly 7.25')
    assert.equal(BigInt(second.balanceBaseUnits), 1_000_000_000_000n - 19_750_000n)
  })

  test('provider earnings --json on a payee that never earned prints zeros', async () => {
    const r = await cli(['provider', 'earnings', '--json', '--data-dir', join(dir, 'provider')], env)
    assert.equal(r.code, 0, r.stderr)
    const e = JSON.parse(r.stdout) as Record<string, unknown> & { baseUnits: Record<string, string>; channels: unknown[] }
    for (const k of ['delivered', 'vouchered', 'withdrawn', 'pending']) {
      assert.equal(e[k], '0.00')
      assert.equal(e.baseUnits[k], '0')
    }
    assert.deepEqual(e.channels, [])
    assert.ok(!existsSync(join(dir, 'provider', 'settlement.sqlite')), 'asking created a database')
  })
})
