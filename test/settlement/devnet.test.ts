// The devnet keeps its chain and deployment in the data dir across restarts.
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { deploymentPath, readDeployment, startDevnet, tokenBalance } from '../../settlement/index.ts'
import { sleep } from '../../settlement/index.ts'

const dir = mkdtempSync(join(tmpdir(), 'rigpool-devnet-'))
after(() => rmSync(dir, { recursive: true, force: true }))

test('devnet deploys once, funds dev accounts, and keeps state across a restart', async () => {
  const first = await startDevnet({ dataDir: dir, accounts: 3, stateIntervalS: 1 })
  let second: Awaited<ReturnType<typeof startDevnet>> | undefined
  try {
    const d = first.deployment
    assert.equal(d.chainId, 31337)
    assert.equal(d.tokenDecimals, 6)
    assert.deepEqual(readDeployment(deploymentPath(dir)), d)
    assert.equal(await tokenBalance(first.publicClient, d.token, first.accounts[2]!.address), 1_000_000n * 1_000_000n)
    const blockBefore = await first.publicClient.getBlockNumber()
    await sleep(1200)
    await first.stop()
    assert.ok(existsSync(join(dir, 'anvil-state.json')))
    assert.ok(statSync(join(dir, 'anvil-state.json')).size > 0)

    second = await startDevnet({ dataDir: dir, accounts: 3 })
    assert.deepEqual(second.deployment, d, 'no redeploy')
    assert.notEqual(second.rpcUrl, '', 'a fresh port')
    assert.ok((await second.publicClient.getBlockNumber()) >= blockBefore)
    assert.equal(await tokenBalance(second.publicClient, d.token, second.accounts[2]!.address), 1_000_000n * 1_000_000n)
  } finally {
    await first.stop()
    await second?.stop()
  }
})
