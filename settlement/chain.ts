// viem clients for one chain, and sending a contract call with a decoded revert and a deadline.
import {
  BaseError,
  ContractFunctionRevertedError,
  createPublicClient,
  createWalletClient,
  defineChain,
  http,
  type Abi,
  type Account,
  type Address,
  type Chain,
  type Hash,
  type Hex,
  type PublicClient,
  type TransactionReceipt,
  type Transport,
  type WalletClient,
} from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { RigpoolError } from '../protocol/errors.ts'
import { SerialQueue } from '../protocol/wait.ts'
import { withDeadline, type WaitOptions } from './deadline.ts'

export type RigpoolPublicClient = PublicClient<Transport, Chain>
export type RigpoolWalletClient = WalletClient<Transport, Chain, Account>

export interface ChainConfig {
  rpcUrl: string
  chainId: number
  /** How often viem polls for receipts and blocks (default 100 ms: the devnet mines at once). */
  pollingIntervalMs?: number
}

/** A viem chain for an RPC endpoint we were pointed at. */
export function rigpoolChain({ rpcUrl, chainId }: ChainConfig): Chain {
  return defineChain({
    id: chainId,
    name: chainId === 31337 ? 'rigpool devnet' : `chain ${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  })
}

/** A public client that never answers from a stale cache (watchers compare block numbers). */
export function createRigpoolPublicClient(config: ChainConfig): RigpoolPublicClient {
  return createPublicClient({
    chain: rigpoolChain(config),
    transport: http(config.rpcUrl, { retryCount: 2 }),
    pollingInterval: config.pollingIntervalMs ?? 100,
    cacheTime: 0,
  })
}

/** A wallet client for a private key; the key stays inside viem's local account. */
export function createRigpoolWalletClient(config: ChainConfig, privateKey: Hex): RigpoolWalletClient {
  return createWalletClient({
    account: privateKeyToAccount(privateKey),
    chain: rigpoolChain(config),
    transport: http(config.rpcUrl, { retryCount: 2 }),
    pollingInterval: config.pollingIntervalMs ?? 100,
    cacheTime: 0,
  })
}

/** The custom error name of a reverted call, if the error carries one. */
export function revertName(err: unknown): string | undefined {
  if (err instanceof RigpoolError) return err.details?.revert as string | undefined
  if (!(err instanceof BaseError)) return undefined
  const reverted = err.walk((e) => e instanceof ContractFunctionRevertedError)
  if (reverted instanceof ContractFunctionRevertedError) return reverted.data?.errorName ?? reverted.reason
  return undefined
}

export interface ContractCall {
  address: Address
  abi: Abi
  functionName: string
  args: readonly unknown[]
}

export interface SentTx {
  hash: Hash
  receipt: TransactionReceipt
  /** The simulated return value (e.g. the channel id of `open`). */
  result: unknown
}

/**
 * Sends contract calls from one account, one at a time (so nonces never race). Each call is
 * simulated first, so a call the contract would refuse throws E_CHAIN with the revert's
 * name in `details.revert` and sends nothing.
 */
export class TxSender {
  private readonly queue = new SerialQueue()

  constructor(
    readonly publicClient: RigpoolPublicClient,
    readonly walletClient: RigpoolWalletClient,
  ) {}

  get address(): Address {
    return this.walletClient.account.address
  }

  /** Simulates, sends and waits for the receipt (default deadline 60 s). */
  send(call: ContractCall, options: WaitOptions = {}): Promise<SentTx> {
    const run = async (): Promise<SentTx> => {
      const timeoutMs = options.timeoutMs ?? 60_000
      try {
        return await withDeadline(() => this.sendNow(call, timeoutMs), `${call.functionName} transaction`, {
          signal: options.signal,
          timeoutMs,
        })
      } catch (err) {
        if (err instanceof RigpoolError) throw err
        const revert = revertName(err)
        const text = revert ?? (err instanceof BaseError ? err.shortMessage : String(err))
        throw new RigpoolError('E_CHAIN', `${call.functionName} failed: ${text}`, {
          cause: err,
          details: revert === undefined ? { functionName: call.functionName } : { functionName: call.functionName, revert },
        })
      }
    }
    return this.queue.run(run)
  }

  private async sendNow(call: ContractCall, timeoutMs: number): Promise<SentTx> {
    const { request, result } = await this.publicClient.simulateContract({
      address: call.address,
      abi: call.abi,
      functionName: call.functionName,
      args: call.args,
      account: this.walletClient.account,
    } as Parameters<RigpoolPublicClient['simulateContract']>[0])
    const hash = await this.walletClient.writeContract(request as Parameters<RigpoolWalletClient['writeContract']>[0])
    const receipt = await this.publicClient.waitForTransactionReceipt({ hash, timeout: timeoutMs })
    if (receipt.status !== 'success') {
      throw new RigpoolError('E_CHAIN', `${call.functionName} reverted on chain`, { details: { hash } })
    }
    return { hash, receipt, result }
  }
}

/** Chain time: the latest block's timestamp in seconds. Deadlines use this, never the local clock. */
export async function chainTime(publicClient: RigpoolPublicClient): Promise<bigint> {
  const block = await publicClient.getBlock({ blockTag: 'latest' })
  return block.timestamp
}
