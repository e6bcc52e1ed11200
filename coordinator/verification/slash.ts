// Slashing a provider's stake on chain with the evidence hash (RigpoolChannels.slash).
import type { Abi, Address, Hex } from 'viem'
import { rigpoolChannelsAbi } from '../../contracts/index.ts'
import { RigpoolError } from '../../protocol/index.ts'
import type { RigpoolPublicClient, SentTx, TxSender, WaitOptions } from '../../settlement/index.ts'

/** Slashes `amount` of `provider`'s stake to the sender (who must be its arbiter), recording `evidenceHash`. */
export function slashProvider(sender: TxSender, contract: Address, provider: Address, amount: bigint, evidenceHash: Hex, options: WaitOptions = {}): Promise<SentTx> {
  if (amount <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'slash amount must be positive')
  return sender.send({ address: contract, abi: rigpoolChannelsAbi as Abi, functionName: 'slash', args: [provider, amount, evidenceHash] }, options)
}

export interface ProviderStake {
  token: Address
  arbiter: Address
  amount: bigint
}

/** A provider's stake as the contract holds it (the input of q(provider) and of the slash amount). */
export async function readStake(publicClient: RigpoolPublicClient, contract: Address, provider: Address): Promise<ProviderStake> {
  const s = await publicClient.readContract({ address: contract, abi: rigpoolChannelsAbi, functionName: 'getStake', args: [provider] })
  return { token: s.token, arbiter: s.arbiter, amount: s.amount }
}
