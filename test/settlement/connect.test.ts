// connectSettlement as the CLI and the nodes will use it: key file, payer and payee on one database.
import assert from 'node:assert/strict'
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { hasCode } from '../../protocol/errors.ts'
import { connectSettlement, formatEarnings, loadOrCreateEthKey, startDevnet, type Devnet } from '../../settlement/index.ts'

const USD = 1_000_000n

describe('connectSettlement', () => {
  let devnet: Devnet
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-connect-'))
  before(async () => {
    devnet = await startDevnet({ accounts: 4 })
  })
  after(async () => {
    await devnet?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  test('key files are created 0600, reused, and refused when others can read them', () => {
    const path = join(dir, 'eth.key')
    const key = loadOrCreateEthKey(path)
    assert.equal(statSync(path).mode & 0o777, 0o600)
    assert.equal(loadOrCreateEthKey(path), key)
    const loose = join(dir, 'loose.key')
    writeFileSync(loose, key)
    chmodSync(loose, 0o644)
    assert.throws(() => loadOrCreateEthKey(loose), (e) => hasCode(e, 'E_CONFIG'))
  })

  test('a client pays a provider whose payout address is a cold wallet; the provider hot key redeems', async () => {
    const client = connectSettlement({ rpcUrl: devnet.rpcUrl, deployment: devnet.deployment, privateKey: devnet.accounts[1]!.privateKey, db: join(dir, 'client.db'), budget: 50n * USD })
    const cold = devnet.accounts[3]!.address
    const provider = connectSettlement({ rpcUrl: devnet.rpcUrl, deployment: devnet.deployment, privateKey: devnet.accounts[2]!.privateKey, db: join(dir, 'provider.db'), payout: cold })
    try {
      const before = (await provider.balances()).token
      const ch = await client.payer.open(cold, 10n * USD, { challengePeriodS: 3600n })
      assert.deepEqual(client.payer.list().map((c) => c.channelId), [ch.channelId])
      await provider.payee.track(ch.channelId)
      provider.payee.recordDelivered(ch.channelId, 2n * USD)
      await provider.payee.acceptVoucher(await client.payer.pay(ch.channelId, 2n * USD))
      await provider.payee.withdraw(ch.channelId)
      assert.equal((await provider.balances()).token, before + 2n * USD)
      assert.deepEqual(formatEarnings(provider.earnings()), { delivered: '2.00', vouchered: '2.00', withdrawn: '2.00', pending: '0.00', unvouchered: '0.00' })
    } finally {
      await client.close()
      await provider.close()
    }
  })
})
