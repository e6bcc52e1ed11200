// Slashing a provider's stake on chain with the evidence hash (RigpoolChannels.slash).
import type { Abi, Address, Hex } from 'viem'
import { rigpoolChannelsAbi } from '../../contracts/index.ts'
import { RigpoolError } from '../../protocol/index.ts'
import type { SentTx, TxSender, WaitOptions } from '../../settlement/index.ts'

/** Slashes `amount` of `provider`'s stake to the sender (who must be its arbiter), recording `evidenceHash`. */
export function slashProvider(sender: TxSender, contract: Address, provider: Address, amount: bigint, evidenceHash: Hex, options: WaitOptions = {}): Promise<SentTx> {
  if (amount <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'slash amount must be positive')
  return sender.send({ address: contract, abi: rigpoolChannelsAbi as Abi, functionName: 'slash', args: [provider, amount, evidenceHash] }, options)
}

// The stake as the contract holds it (the input of q and of the slash amount) is read by settlement/.
export { readStake, type ProviderStake } from '../../settlement/index.ts'
