// Provider stakes (slash by the arbiter only, delayed unstake) and hostile tokens, on a real anvil.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { keccak256, toHex, type Abi, type Address } from 'viem'
import { rigpoolChannelsAbi, UNSTAKE_DELAY_S } from '../../contracts/index.ts'
import {
  falseReturnTokenAbi,
  falseReturnTokenBytecode,
  feeOnTransferTokenAbi,
  feeOnTransferTokenBytecode,
} from '../../contracts/testing.ts'
import { deployContract, signVoucher } from '../../settlement/index.ts'
import { approve, assertRefused, balanceOf, channelCall, getChannel, openChannel, startWorld, type World } from './helpers.ts'

const USD = 1_000_000n

describe('RigpoolChannels: stakes and tokens', () => {
  let world: World
  const provider = () => world.party(5)
  const arbiter = () => world.party(4)
  const stranger = () => world.party(3)
  const getStake = (who: Address) =>
    world.devnet.publicClient.readContract({ address: world.channels, abi: rigpoolChannelsAbi, functionName: 'getStake', args: [who] })
  const snapshot = async () => ({
    stake: await getStake(provider().address),
    balances: await Promise.all([provider().address, arbiter().address, stranger().address, world.channels].map((a) => balanceOf(world, a))),
  })

  before(async () => {
    world = await startWorld()
    await approve(world, provider())
  })
  after(async () => {
    await world?.devnet.stop()
  })

  test('stake, slash by the arbiter with evidence, refused slash by anyone else and unstake before the delay', async () => {
    const from = await world.devnet.publicClient.getBlockNumber()
    await provider().sender.send(channelCall(world, 'stake', [world.token, arbiter().address, 100n * USD]))
    assert.equal((await getStake(provider().address)).amount, 100n * USD)
    await assertRefused(world, provider(), channelCall(world, 'stake', [world.token, stranger().address, USD]), 'StakeMismatch', snapshot)

    const evidence = keccak256(toHex('signed result root + model id + input id'))
    await assertRefused(world, stranger(), channelCall(world, 'slash', [provider().address, 10n * USD, evidence]), 'NotArbiter', snapshot)
    await assertRefused(world, provider(), channelCall(world, 'slash', [provider().address, 10n * USD, evidence]), 'NotArbiter', snapshot)
    await assertRefused(world, arbiter(), channelCall(world, 'slash', [provider().address, 101n * USD, evidence]), 'InsufficientStake', snapshot)

    const arbiterBefore = await balanceOf(world, arbiter().address)
    await arbiter().sender.send(channelCall(world, 'slash', [provider().address, 10n * USD, evidence]))
    assert.equal((await getStake(provider().address)).amount, 90n * USD)
    assert.equal(await balanceOf(world, arbiter().address), arbiterBefore + 10n * USD)
    const slashed = await world.devnet.publicClient.getContractEvents({
      address: world.channels,
      abi: rigpoolChannelsAbi,
      eventName: 'Slashed',
      fromBlock: from,
    })
    assert.equal(slashed.length, 1)
    assert.equal(slashed[0]!.args.evidenceHash, evidence)

    await provider().sender.send(channelCall(world, 'requestUnstake', [50n * USD]))
    await assertRefused(world, provider(), channelCall(world, 'unstake', []), 'UnstakeNotReady', snapshot)
    await world.devnet.advanceTime(UNSTAKE_DELAY_S - 10n)
    await assertRefused(world, provider(), channelCall(world, 'unstake', []), 'UnstakeNotReady', snapshot)
    // Still slashable during the delay: that is what the delay is for.
    await arbiter().sender.send(channelCall(world, 'slash', [provider().address, 60n * USD, evidence]))
    await world.devnet.advanceTime(20)
    const providerBefore = await balanceOf(world, provider().address)
    await provider().sender.send(channelCall(world, 'unstake', []))
    // 90 − 60 slashed = 30 left, less than the 50 asked for: pays what is left, never more.
    assert.equal(await balanceOf(world, provider().address), providerBefore + 30n * USD)
    assert.equal((await getStake(provider().address)).amount, 0n)
    await assertRefused(world, provider(), channelCall(world, 'unstake', []), 'ZeroAmount', snapshot)
  })

  test('a fee-on-transfer token is refused for channels and stakes; nothing is miscounted', async () => {
    const fee = await deployContract(world.devnet.publicClient, world.party(0).wallet, {
      abi: feeOnTransferTokenAbi as Abi,
      bytecode: feeOnTransferTokenBytecode,
    })
    const payer = world.party(1)
    await payer.sender.send({ address: fee.address, abi: feeOnTransferTokenAbi as Abi, functionName: 'mint', args: [payer.address, 100n * USD] })
    await approve(world, payer, fee.address, feeOnTransferTokenAbi as Abi)
    const snap = async () => ({
      nonce: await world.devnet.publicClient.readContract({ address: world.channels, abi: rigpoolChannelsAbi, functionName: 'channelNonce', args: [payer.address] }),
      balances: await Promise.all([payer.address, world.channels].map((a) => balanceOf(world, a, fee.address))),
    })
    await assertRefused(world, payer, channelCall(world, 'open', [world.party(2).address, fee.address, 10n * USD, 3600n]), 'UnsupportedToken', snap)
    await assertRefused(world, payer, channelCall(world, 'stake', [fee.address, arbiter().address, 10n * USD]), 'UnsupportedToken', snap)
  })

  test('a token whose transfers return false is refused; nothing is credited', async () => {
    const bad = await deployContract(world.devnet.publicClient, world.party(0).wallet, {
      abi: falseReturnTokenAbi as Abi,
      bytecode: falseReturnTokenBytecode,
    })
    const payer = world.party(6)
    await payer.sender.send({ address: bad.address, abi: falseReturnTokenAbi as Abi, functionName: 'mint', args: [payer.address, 100n * USD] })
    await approve(world, payer, bad.address, falseReturnTokenAbi as Abi)
    const snap = async () => ({
      nonce: await world.devnet.publicClient.readContract({ address: world.channels, abi: rigpoolChannelsAbi, functionName: 'channelNonce', args: [payer.address] }),
      stake: await getStake(payer.address),
      balances: await Promise.all([payer.address, world.channels].map((a) => balanceOf(world, a, bad.address))),
    })
    await assertRefused(world, payer, channelCall(world, 'open', [world.party(2).address, bad.address, 10n * USD, 3600n]), 'SafeERC20FailedOperation', snap)
    await assertRefused(world, payer, channelCall(world, 'stake', [bad.address, arbiter().address, 10n * USD]), 'SafeERC20FailedOperation', snap)
  })

  test('the contract holds exactly the sum of open deposits less withdrawals, plus stakes', async () => {
    const payer = world.party(7)
    await approve(world, payer)
    const held = await balanceOf(world, world.channels)
    const id = await openChannel(world, payer, world.party(2).address, 3n * USD)
    const v = await signVoucher(payer.account, { chainId: world.devnet.chainId, verifyingContract: world.channels }, id, 1n * USD)
    await world.party(2).sender.send(channelCall(world, 'withdraw', [id, v.cumulativeAmount, v.signature]))
    assert.equal(await balanceOf(world, world.channels), held + 2n * USD)
    assert.equal((await getChannel(world, id)).withdrawn, 1n * USD)
  })
})
