// RigpoolChannels on a real anvil: the happy paths and every refused call of the attack list.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Hex } from 'viem'
import { signVoucher } from '../../settlement/index.ts'
import { deployContract } from '../../settlement/index.ts'
import { rigpoolChannelsAbi, rigpoolChannelsBytecode } from '../../contracts/index.ts'
import {
  approve,
  assertRefused,
  balanceOf,
  channelCall,
  getChannel,
  openChannel,
  startWorld,
  toHighS,
  type World,
} from './helpers.ts'

const USD = 1_000_000n

describe('RigpoolChannels: channels', () => {
  let world: World
  const domain = () => ({ chainId: world.devnet.chainId, verifyingContract: world.channels })
  const payer = () => world.party(1)
  const payee = () => world.party(2)
  const stranger = () => world.party(3)
  let snapshotIds: Hex[] = []
  const snapshot = async () => ({
    channels: await Promise.all(snapshotIds.map((id) => getChannel(world, id))),
    balances: await Promise.all(
      [payer().address, payee().address, stranger().address, world.channels].map((a) => balanceOf(world, a)),
    ),
  })

  before(async () => {
    world = await startWorld()
    await approve(world, payer())
    await approve(world, stranger())
  })
  after(async () => {
    await world?.devnet.stop()
  })

  test('open, top up, withdraw part, withdraw more, cooperative close refunds the rest', async () => {
    const payerStart = await balanceOf(world, payer().address)
    const payeeStart = await balanceOf(world, payee().address)
    const id = await openChannel(world, payer(), payee().address, 10n * USD)
    await payer().sender.send(channelCall(world, 'topUp', [id, 5n * USD]))
    let ch = await getChannel(world, id)
    assert.equal(ch.deposit, 15n * USD)
    assert.equal(ch.payer, payer().address)

    const v1 = await signVoucher(payer().account, domain(), id, 3n * USD)
    // Anyone may submit a withdraw; the money goes to the payee (hot key ≠ payout address).
    await stranger().sender.send(channelCall(world, 'withdraw', [id, v1.cumulativeAmount, v1.signature]))
    assert.equal(await balanceOf(world, payee().address), payeeStart + 3n * USD)
    const v2 = await signVoucher(payer().account, domain(), id, 7n * USD)
    await payee().sender.send(channelCall(world, 'withdraw', [id, v2.cumulativeAmount, v2.signature]))
    assert.equal(await balanceOf(world, payee().address), payeeStart + 7n * USD)

    const v3 = await signVoucher(payer().account, domain(), id, 9n * USD)
    await payee().sender.send(channelCall(world, 'close', [id, v3.cumulativeAmount, v3.signature]))
    ch = await getChannel(world, id)
    assert.equal(ch.isClosed, true)
    assert.equal(ch.withdrawn, 9n * USD)
    assert.equal(await balanceOf(world, payee().address), payeeStart + 9n * USD)
    assert.equal(await balanceOf(world, payer().address), payerStart - 9n * USD)
  })

  test('refused: forged signature, replay on another channel, chain id, contract; high-s; above deposit', async () => {
    const id = await openChannel(world, payer(), payee().address, 10n * USD)
    const other = await openChannel(world, payer(), payee().address, 10n * USD)
    snapshotIds = [id, other]
    const forged = await signVoucher(stranger().account, domain(), id, 1n * USD)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, forged.cumulativeAmount, forged.signature]), 'InvalidSignature', snapshot)

    const good = await signVoucher(payer().account, domain(), id, 2n * USD)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [other, good.cumulativeAmount, good.signature]), 'InvalidSignature', snapshot)
    // A different amount than signed is a different message.
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, 3n * USD, good.signature]), 'InvalidSignature', snapshot)

    const otherChain = await signVoucher(payer().account, { ...domain(), chainId: 1 }, id, 2n * USD)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, otherChain.cumulativeAmount, otherChain.signature]), 'InvalidSignature', snapshot)

    const second = await deployContract(world.devnet.publicClient, world.party(0).wallet, {
      abi: rigpoolChannelsAbi,
      bytecode: rigpoolChannelsBytecode,
    })
    const otherContract = await signVoucher(payer().account, { ...domain(), verifyingContract: second.address }, id, 2n * USD)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, otherContract.cumulativeAmount, otherContract.signature]), 'InvalidSignature', snapshot)

    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, good.cumulativeAmount, toHighS(good.signature)]), 'ECDSAInvalidSignatureS', snapshot)

    const tooMuch = await signVoucher(payer().account, domain(), id, 11n * USD)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, tooMuch.cumulativeAmount, tooMuch.signature]), 'AmountExceedsDeposit', snapshot)
    await assertRefused(world, payee(), channelCall(world, 'close', [id, tooMuch.cumulativeAmount, tooMuch.signature]), 'AmountExceedsDeposit', snapshot)

    // The good voucher still works after all that.
    await payee().sender.send(channelCall(world, 'withdraw', [id, good.cumulativeAmount, good.signature]))
    assert.equal((await getChannel(world, id)).withdrawn, 2n * USD)
  })

  test('refused: double withdraw of one voucher, a lower voucher after a higher one, close by a non-payee', async () => {
    const id = await openChannel(world, payer(), payee().address, 10n * USD)
    snapshotIds = [id]
    const low = await signVoucher(payer().account, domain(), id, 2n * USD)
    const high = await signVoucher(payer().account, domain(), id, 5n * USD)
    await payee().sender.send(channelCall(world, 'withdraw', [id, high.cumulativeAmount, high.signature]))
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, high.cumulativeAmount, high.signature]), 'NothingToWithdraw', snapshot)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, low.cumulativeAmount, low.signature]), 'NothingToWithdraw', snapshot)
    await assertRefused(world, stranger(), channelCall(world, 'close', [id, high.cumulativeAmount, high.signature]), 'NotPayee', snapshot)
    await assertRefused(world, stranger(), channelCall(world, 'topUp', [id, 1n]), 'NotPayer', snapshot)
    await assertRefused(world, payee(), channelCall(world, 'startClose', [id]), 'NotPayer', snapshot)
    await assertRefused(world, payer(), channelCall(world, 'open', [payee().address, world.token, 1n, 60n]), 'BadChallengePeriod', snapshot)
    await assertRefused(world, payer(), channelCall(world, 'open', [payee().address, world.token, 0n, 3600n]), 'ZeroAmount', snapshot)
  })

  test('unilateral close: finalizeClose refused before the challenge period ends; payee redeems within it', async () => {
    const id = await openChannel(world, payer(), payee().address, 10n * USD, 3600n)
    snapshotIds = [id]
    const v = await signVoucher(payer().account, domain(), id, 4n * USD)
    const payerBefore = await balanceOf(world, payer().address)
    const payeeBefore = await balanceOf(world, payee().address)
    await payer().sender.send(channelCall(world, 'startClose', [id]))
    const closing = await getChannel(world, id)
    assert.ok(closing.closesAt > 0n)

    await assertRefused(world, payer(), channelCall(world, 'finalizeClose', [id]), 'ChallengeNotOver', snapshot)
    await assertRefused(world, payer(), channelCall(world, 'topUp', [id, 1n]), 'ChannelNotOpen', snapshot)
    await world.devnet.advanceTime(1800)
    await assertRefused(world, payer(), channelCall(world, 'finalizeClose', [id]), 'ChallengeNotOver', snapshot)
    // Within the period, the payee still redeems its best voucher.
    await payee().sender.send(channelCall(world, 'withdraw', [id, v.cumulativeAmount, v.signature]))
    await world.devnet.advanceTime(1801)
    const late = await signVoucher(payer().account, domain(), id, 5n * USD)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, late.cumulativeAmount, late.signature]), 'ChallengeOver', snapshot)
    await payer().sender.send(channelCall(world, 'finalizeClose', [id]))
    assert.equal((await getChannel(world, id)).isClosed, true)
    assert.equal(await balanceOf(world, payee().address), payeeBefore + 4n * USD)
    assert.equal(await balanceOf(world, payer().address), payerBefore + 6n * USD)
    await assertRefused(world, payer(), channelCall(world, 'finalizeClose', [id]), 'ChannelNotOpen', snapshot)
    await assertRefused(world, payee(), channelCall(world, 'withdraw', [id, late.cumulativeAmount, late.signature]), 'ChannelNotOpen', snapshot)
  })

  test('every state change emits its event', async () => {
    const from = await world.devnet.publicClient.getBlockNumber()
    const id = await openChannel(world, payer(), payee().address, 2n * USD)
    await payer().sender.send(channelCall(world, 'topUp', [id, USD]))
    const v = await signVoucher(payer().account, domain(), id, USD)
    await payee().sender.send(channelCall(world, 'withdraw', [id, v.cumulativeAmount, v.signature]))
    await payer().sender.send(channelCall(world, 'startClose', [id]))
    await world.devnet.advanceTime(3600)
    await payer().sender.send(channelCall(world, 'finalizeClose', [id]))
    const logs = await world.devnet.publicClient.getContractEvents({ address: world.channels, abi: rigpoolChannelsAbi, fromBlock: from })
    const names = logs.filter((l) => (l.args as { channelId?: Hex }).channelId === id).map((l) => l.eventName)
    assert.deepEqual(names, ['ChannelOpened', 'ChannelToppedUp', 'Withdrawn', 'CloseStarted', 'ChannelClosed'])
  })
})
