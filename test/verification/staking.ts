// Staking from a test or the demo: fund a provider's hot key with ETH and tUSD on the devnet,
// then stake with the coordinator as arbiter, sent from the provider's own key.
import { join } from 'node:path'
import type { Abi, Address, Hex } from 'viem'
import { testStablecoinAbi } from '../../contracts/index.ts'
import { createRigpoolWalletClient, loadOrCreateEthKey, stakeUpTo, TxSender, type Devnet } from '../../settlement/index.ts'

/** Sends 1 ETH for gas from the devnet's account 0 (a coordinator that slashes pays gas too). */
export async function fundEth(devnet: Devnet, to: Address): Promise<void> {
  const funder = createRigpoolWalletClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }, devnet.accounts[0]!.privateKey)
  const hash = await funder.sendTransaction({ to, value: 10n ** 18n })
  await devnet.publicClient.waitForTransactionReceipt({ hash })
}

/** Stakes `amount` tUSD from the provider whose key lives in `providerDataDir`, arbiter `arbiter`. */
export async function stakeProvider(devnet: Devnet, providerDataDir: string, arbiter: Address, amount: bigint): Promise<Address> {
  const config = { rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }
  const key: Hex = loadOrCreateEthKey(join(providerDataDir, 'eth.key'))
  const provider = new TxSender(devnet.publicClient, createRigpoolWalletClient(config, key))
  await fundEth(devnet, provider.address)
  const funder = createRigpoolWalletClient(config, devnet.accounts[0]!.privateKey)
  const minter = new TxSender(devnet.publicClient, funder)
  await minter.send({ address: devnet.deployment.token, abi: testStablecoinAbi as Abi, functionName: 'mint', args: [provider.address, amount] })
  await stakeUpTo(provider, devnet.deployment, arbiter, amount)
  return provider.address
}
