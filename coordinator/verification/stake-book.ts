// The coordinator's view of providers' stakes on chain: read (for q) and slashed (on a
// confirmed cheat), only where this coordinator is the stake's arbiter.
import type { Address, Hex } from 'viem'
import { withDeadline, type RigpoolPublicClient, type SentTx, type TxSender } from '../../settlement/index.ts'
import { readStake, slashProvider } from './slash.ts'

export interface ChainAccess {
  /** Sends from the coordinator's own key: the arbiter providers stake to. */
  sender: TxSender
  publicClient: RigpoolPublicClient
  /** RigpoolChannels (the deployment's `channels`). */
  contract: Address
}

/** Stakes by provider address, cached briefly so planning an audit never waits on the chain twice. */
export class StakeBook {
  readonly #cache = new Map<string, { amount: bigint; atMs: number }>()

  constructor(
    readonly chain: ChainAccess | undefined,
    private readonly cacheMs = 10_000,
  ) {}

  /** Stake slashable by this coordinator (0 without a chain, or when another arbiter holds it). */
  async stakeOf(provider: Address, options: { timeoutMs?: number } = {}): Promise<bigint> {
    if (this.chain === undefined) return 0n
    const key = provider.toLowerCase()
    const hit = this.#cache.get(key)
    if (hit !== undefined && Date.now() - hit.atMs < this.cacheMs) return hit.amount
    const stake = await withDeadline(() => readStake(this.chain!.publicClient, this.chain!.contract, provider), 'reading a stake', { timeoutMs: options.timeoutMs ?? 10_000 })
    const amount = stake.arbiter.toLowerCase() === this.chain.sender.address.toLowerCase() ? stake.amount : 0n
    this.#cache.set(key, { amount, atMs: Date.now() })
    return amount
  }

  /** Slashes the whole stake this coordinator arbitrates, with the evidence hash; undefined when there is nothing to slash. */
  async slash(provider: Address, evidenceHash: Hex, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<{ tx: SentTx; amount: bigint } | undefined> {
    if (this.chain === undefined) return undefined
    this.#cache.delete(provider.toLowerCase())
    const amount = await this.stakeOf(provider)
    if (amount === 0n) return undefined
    const tx = await slashProvider(this.chain.sender, this.chain.contract, provider, amount, evidenceHash, { timeoutMs: options.timeoutMs ?? 60_000, signal: options.signal })
    this.#cache.delete(provider.toLowerCase())
    return { tx, amount }
  }
}
