// Shared by the contract tests: a devnet with named parties, and "refused with no state change".
import assert from 'node:assert/strict'
import { hexToBigInt, maxUint256, type Abi, type Address, type Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { rigpoolChannelsAbi, testStablecoinAbi } from '../../contracts/index.ts'
import {
  createRigpoolWalletClient,
  revertName,
  startDevnet,
  TxSender,
  type ContractCall,
  type Devnet,
  type RigpoolWalletClient,
} from '../../settlement/index.ts'
import { SECP256K1_N } from '../../settlement/voucher.ts'

export interface Party {
  address: Address
  privateKey: Hex
  wallet: RigpoolWalletClient
  sender: TxSender
  account: ReturnType<typeof privateKeyToAccount>
}

export interface World {
  devnet: Devnet
  channels: Address
  token: Address
  party(index: number): Party
}

export async function startWorld(): Promise<World> {
  const devnet = await startDevnet({ accounts: 8 })
  const parties = new Map<number, Party>()
  return {
    devnet,
    channels: devnet.deployment.channels,
    token: devnet.deployment.token,
    party(index) {
      let p = parties.get(index)
      if (p === undefined) {
        const { address, privateKey } = devnet.accounts[index]!
        const wallet = createRigpoolWalletClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }, privateKey)
        p = { address, privateKey, wallet, sender: new TxSender(devnet.publicClient, wallet), account: privateKeyToAccount(privateKey) }
        parties.set(index, p)
      }
      return p
    },
  }
}

export function channelCall(world: World, functionName: string, args: readonly unknown[]): ContractCall {
  return { address: world.channels, abi: rigpoolChannelsAbi as Abi, functionName, args }
}

export async function approve(world: World, party: Party, token: Address = world.token, abi: Abi = testStablecoinAbi): Promise<void> {
  await party.sender.send({ address: token, abi, functionName: 'approve', args: [world.channels, maxUint256] })
}

export async function balanceOf(world: World, who: Address, token: Address = world.token): Promise<bigint> {
  return world.devnet.publicClient.readContract({ address: token, abi: testStablecoinAbi, functionName: 'balanceOf', args: [who] })
}

export async function getChannel(world: World, channelId: Hex) {
  return world.devnet.publicClient.readContract({
    address: world.channels,
    abi: rigpoolChannelsAbi,
    functionName: 'getChannel',
    args: [channelId],
  })
}

/** Opens a channel and returns its id. */
export async function openChannel(
  world: World,
  payer: Party,
  payee: Address,
  amount: bigint,
  challengePeriod = 3600n,
  token: Address = world.token,
): Promise<Hex> {
  const sent = await payer.sender.send(channelCall(world, 'open', [payee, token, amount, challengePeriod]))
  return sent.result as Hex
}

/**
 * Asserts that `call` from `party` is refused with `errorName` — both when simulated and when
 * actually mined with a fixed gas limit — and that `snapshot()` reads the same before and after.
 */
export async function assertRefused(
  world: World,
  party: Party,
  call: ContractCall,
  errorName: string,
  snapshot: () => Promise<unknown>,
): Promise<void> {
  const before = await snapshot()
  await assert.rejects(party.sender.send(call), (err: unknown) => {
    assert.equal(revertName(err), errorName)
    return true
  })
  const hash = await party.wallet.writeContract({
    address: call.address,
    abi: call.abi,
    functionName: call.functionName,
    args: call.args,
    gas: 500_000n,
  } as Parameters<RigpoolWalletClient['writeContract']>[0])
  const receipt = await world.devnet.publicClient.waitForTransactionReceipt({ hash })
  assert.equal(receipt.status, 'reverted', `${call.functionName} should revert on chain`)
  assert.deepEqual(await snapshot(), before, `${call.functionName} changed state although refused`)
}

/** The same signature with s replaced by n − s and v flipped: viem accepts it, the contract does not. */
export function toHighS(signature: Hex): Hex {
  const s = hexToBigInt(`0x${signature.slice(66, 130)}`)
  const v = Number.parseInt(signature.slice(130, 132), 16)
  const highS = (SECP256K1_N - s).toString(16).padStart(64, '0')
  return `${signature.slice(0, 66)}${highS}${(v === 27 ? 28 : 27).toString(16)}` as Hex
}
