// Reads of RigpoolChannels state, and the calls the managers send.
import { erc20Abi, type Abi, type Address, type Hex } from 'viem'
import { rigpoolChannelsAbi } from '../contracts/index.ts'
import { RigpoolError } from '../protocol/errors.ts'
import type { ContractCall, RigpoolPublicClient, TxSender } from './chain.ts'
import { withDeadline, type WaitOptions } from './deadline.ts'
import type { Deployment } from './deployment.ts'

export interface OnchainChannel {
  channelId: Hex
  payer: Address
  payee: Address
  token: Address
  deposit: bigint
  withdrawn: bigint
  challengePeriodS: bigint
  /** Chain time (s) from which the payer may finalize; 0n while open. */
  closesAt: bigint
  isClosed: boolean
}

/** The channel as the contract holds it; E_BAD_VOUCHER for an unknown channel (default deadline 15 s). */
export async function readChannel(
  publicClient: RigpoolPublicClient,
  deployment: Deployment,
  channelId: Hex,
  options: WaitOptions = {},
): Promise<OnchainChannel> {
  const ch = await withDeadline(
    () =>
      publicClient.readContract({
        address: deployment.channels,
        abi: rigpoolChannelsAbi,
        functionName: 'getChannel',
        args: [channelId],
      }),
    'reading a channel',
    { signal: options.signal, timeoutMs: options.timeoutMs ?? 15_000 },
  ).catch((err: unknown) => {
    throw err instanceof RigpoolError ? err : new RigpoolError('E_CHAIN', 'cannot read channel', { cause: err })
  })
  if (ch.payer === '0x0000000000000000000000000000000000000000') {
    throw new RigpoolError('E_BAD_VOUCHER', `unknown channel ${channelId}`)
  }
  return {
    channelId,
    payer: ch.payer,
    payee: ch.payee,
    token: ch.token,
    deposit: ch.deposit,
    withdrawn: ch.withdrawn,
    challengePeriodS: BigInt(ch.challengePeriod),
    closesAt: BigInt(ch.closesAt),
    isClosed: ch.isClosed,
  }
}

/** A call to the channels contract. */
export function channelsCall(deployment: Deployment, functionName: string, args: readonly unknown[]): ContractCall {
  return { address: deployment.channels, abi: rigpoolChannelsAbi as Abi, functionName, args }
}

/** Approves the channels contract for at least `amount` of the token (exactly `amount` when short). */
export async function ensureAllowance(
  sender: TxSender,
  deployment: Deployment,
  token: Address,
  amount: bigint,
  options: WaitOptions = {},
): Promise<void> {
  const allowance = await sender.publicClient.readContract({
    address: token,
    abi: erc20Abi,
    functionName: 'allowance',
    args: [sender.address, deployment.channels],
  })
  if (allowance >= amount) return
  await sender.send({ address: token, abi: erc20Abi as Abi, functionName: 'approve', args: [deployment.channels, amount] }, options)
}

/** Token balance in base units. */
export async function tokenBalance(publicClient: RigpoolPublicClient, token: Address, owner: Address): Promise<bigint> {
  return publicClient.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [owner] })
}
