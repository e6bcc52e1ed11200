// Deploys RigpoolChannels and the devnet stablecoin with viem, from the committed artifacts.
import { getAddress, type Abi, type Address, type Hex } from 'viem'
import { rigpoolChannelsAbi, rigpoolChannelsBytecode, testStablecoinAbi, testStablecoinBytecode } from '../contracts/index.ts'
import { RigpoolError } from '../protocol/errors.ts'
import { withDeadline, type WaitOptions } from './deadline.ts'
import type { RigpoolPublicClient, RigpoolWalletClient } from './chain.ts'
import type { Deployment } from './deployment.ts'

export interface Deployed {
  address: Address
  blockNumber: bigint
  gasUsed: bigint
}

/** Deploys one contract (no constructor arguments) and waits for it (default deadline 60 s). */
export async function deployContract(
  publicClient: RigpoolPublicClient,
  walletClient: RigpoolWalletClient,
  artifact: { abi: Abi; bytecode: Hex },
  options: WaitOptions = {},
): Promise<Deployed> {
  const timeoutMs = options.timeoutMs ?? 60_000
  return withDeadline(
    async () => {
      const hash = await walletClient.deployContract({ abi: artifact.abi, bytecode: artifact.bytecode })
      const receipt = await publicClient.waitForTransactionReceipt({ hash, timeout: timeoutMs })
      if (receipt.status !== 'success' || receipt.contractAddress == null) {
        throw new RigpoolError('E_CHAIN', `deployment failed (${hash})`)
      }
      return { address: getAddress(receipt.contractAddress), blockNumber: receipt.blockNumber, gasUsed: receipt.gasUsed }
    },
    'deploying a contract',
    { signal: options.signal, timeoutMs },
  )
}

/** Deploys the channels contract and a 6-decimal test stablecoin minted by `walletClient`. */
export async function deployRigpool(
  publicClient: RigpoolPublicClient,
  walletClient: RigpoolWalletClient,
  options: WaitOptions = {},
): Promise<Deployment> {
  const channels = await deployContract(
    publicClient,
    walletClient,
    { abi: rigpoolChannelsAbi, bytecode: rigpoolChannelsBytecode },
    options,
  )
  const token = await deployContract(publicClient, walletClient, { abi: testStablecoinAbi, bytecode: testStablecoinBytecode }, options)
  return {
    chainId: publicClient.chain.id,
    channels: channels.address,
    token: token.address,
    tokenDecimals: 6,
    tokenSymbol: 'tUSD',
    deployedAtBlock: Number(channels.blockNumber),
  }
}
