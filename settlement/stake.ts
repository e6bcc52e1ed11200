// A provider's stake: what a confirmed cheat costs it (DESIGN.md §7), held by the channel
// contract under the arbiter the provider chose (its coordinator).
import type { Address } from 'viem'
import { rigpoolChannelsAbi } from '../contracts/index.ts'
import { RigpoolError } from '../protocol/errors.ts'
import type { RigpoolPublicClient, SentTx, TxSender } from './chain.ts'
import type { WaitOptions } from './deadline.ts'
import type { Deployment } from './deployment.ts'
import { channelsCall, ensureAllowance } from './onchain.ts'

export interface ProviderStake {
  token: Address
  arbiter: Address
  amount: bigint
}

/** A provider's stake as the contract holds it. */
export async function readStake(publicClient: RigpoolPublicClient, contract: Address, provider: Address): Promise<ProviderStake> {
  const s = await publicClient.readContract({ address: contract, abi: rigpoolChannelsAbi, functionName: 'getStake', args: [provider] })
  return { token: s.token, arbiter: s.arbiter, amount: s.amount }
}

/**
 * Tops the sender's stake under `arbiter` up to `target` (approving the token first); undefined
 * when it is already there. A stake under another arbiter is refused: it would revert on chain.
 */
export async function stakeUpTo(sender: TxSender, deployment: Deployment, arbiter: Address, target: bigint, options: WaitOptions = {}): Promise<SentTx | undefined> {
  if (target <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'a stake must be positive')
  const current = await readStake(sender.publicClient, deployment.channels, sender.address)
  if (current.amount > 0n && current.arbiter.toLowerCase() !== arbiter.toLowerCase()) {
    throw new RigpoolError('E_CONFIG', `this key is staked under arbiter ${current.arbiter}, not ${arbiter}: unstake first`)
  }
  if (current.amount >= target) return undefined
  const more = target - current.amount
  await ensureAllowance(sender, deployment, deployment.token, more, options)
  return sender.send(channelsCall(deployment, 'stake', [deployment.token, arbiter, more]), options)
}
