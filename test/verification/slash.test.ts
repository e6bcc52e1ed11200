// A confirmed cheat slashes the provider's stake on a real anvil, with the evidence hash in the Slashed event.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { rigpoolChannelsAbi } from '../../contracts/index.ts'
import { AuditLedger, readStake, slashProvider, type Auditor } from '../../coordinator/verification/index.ts'
import { channelsCall, createRigpoolWalletClient, ensureAllowance, startDevnet, TxSender, type Devnet } from '../../settlement/index.ts'
import { accountOf, int8Model, runnerExecutor, type RunnerExecutor } from '../adversaries/index.ts'
import { smallMlp } from '../fixtures/models.ts'
import { calibrated, deliverAndAudit, startAuditor, type CalibratedModel } from './harness.ts'

const USD = 1_000_000n

describe('slashing a caught cheater on anvil', () => {
  let devnet: Devnet
  let auditor: Auditor
  let cheap: RunnerExecutor
  let mlp: CalibratedModel

  before(async () => {
    ;[devnet, mlp] = await Promise.all([startDevnet(), calibrated(smallMlp(), 8, 64)])
    auditor = await startAuditor([mlp])
    cheap = await runnerExecutor(int8Model(mlp.model.bytes))
  })
  after(async () => {
    await auditor?.stop()
    await cheap?.stop()
    await devnet?.stop()
  })

  test('the provider stakes with the coordinator as arbiter, is caught running int8, and is slashed with the evidence hash', async () => {
    const config = { rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }
    const [coordinatorKey, providerKey] = [devnet.accounts[1]!, devnet.accounts[6]!]
    const coordinator = new TxSender(devnet.publicClient, createRigpoolWalletClient(config, coordinatorKey.privateKey))
    const providerTx = new TxSender(devnet.publicClient, createRigpoolWalletClient(config, providerKey.privateKey))
    await ensureAllowance(providerTx, devnet.deployment, devnet.deployment.token, 50n * USD)
    await providerTx.send(channelsCall(devnet.deployment, 'stake', [devnet.deployment.token, coordinator.address, 50n * USD]))
    const contract = devnet.deployment.channels
    assert.equal((await readStake(devnet.publicClient, contract, providerKey.address)).arbiter, coordinator.address)

    const ledger = new AuditLedger()
    const cheater = { name: 'int8', account: accountOf(providerKey.privateKey), execute: cheap.execute }
    const r = await deliverAndAudit(auditor, ledger, cheater, mlp, { taskSize: 16, maxItems: 256 })
    assert.ok(r.caught?.evidence !== undefined, 'caught')
    const { hash } = r.caught.evidence

    const from = await devnet.publicClient.getBlockNumber()
    const tx = await slashProvider(coordinator, contract, providerKey.address, 20n * USD, hash)
    assert.match(tx.hash, /^0x[0-9a-f]{64}$/)
    assert.equal((await readStake(devnet.publicClient, contract, providerKey.address)).amount, 30n * USD)
    const events = await devnet.publicClient.getContractEvents({ address: contract, abi: rigpoolChannelsAbi, eventName: 'Slashed', fromBlock: from })
    assert.equal(events.length, 1)
    assert.equal(events[0]!.args.provider, providerKey.address)
    assert.equal(events[0]!.args.evidenceHash, hash)

    // Only the arbiter the provider chose may slash: the cheater's own key cannot.
    await assert.rejects(slashProvider(providerTx, contract, providerKey.address, USD, hash), (err: { code?: string }) => err.code === 'E_CHAIN')
  })
})
