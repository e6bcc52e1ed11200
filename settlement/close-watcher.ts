// Watches for a payer's startClose on our channels and redeems the best voucher within the
// challenge period. The last scanned block lives in SQLite, so after a restart the watcher
// backfills with getLogs (event filters do not survive one); deadlines are read in chain time.
import type { Hex } from 'viem'
import { rigpoolChannelsAbi } from '../contracts/index.ts'
import { RigpoolError, toRigpoolError } from '../protocol/errors.ts'
import { chainTime } from './chain.ts'
import { sleep, withDeadline, type WaitOptions } from './deadline.ts'
import type { PayeeChannels, WithdrawResult } from './payee.ts'
import { readCursor, writeCursor, type SettlementDb } from './store.ts'

export interface CloseWatcherOptions {
  db: SettlementDb
  payee: PayeeChannels
  /** Poll interval of `start()` (default 2 s). */
  pollMs?: number
  /** Most blocks per getLogs request (default 2,000: public RPCs cap ranges). */
  maxBlockRange?: bigint
  /** Blocks to stay behind the head, against reorgs (default 0: the devnet does not reorg). */
  confirmations?: bigint
  /** Called with what each scan did, and with errors of the background loop. */
  onScan?: (result: ScanResult) => void
  onError?: (err: RigpoolError) => void
}

export interface ScanResult {
  fromBlock: bigint
  toBlock: bigint
  /** Channels of ours whose payer started a close, seen in this scan. */
  closesSeen: Hex[]
  redeemed: WithdrawResult[]
  /** Channels whose challenge period had ended (chain time) with a voucher unredeemed. */
  missed: Hex[]
}

/** The close watcher of one payee: `scanOnce()` for tests and tools, `start()`/`stop()` for a node. */
export class CloseWatcher {
  private readonly db: SettlementDb
  private readonly payee: PayeeChannels
  private readonly pollMs: number
  private readonly maxBlockRange: bigint
  private readonly confirmations: bigint
  private readonly options: CloseWatcherOptions
  private loop?: { controller: AbortController; done: Promise<void> }

  constructor(options: CloseWatcherOptions) {
    this.options = options
    this.db = options.db
    this.payee = options.payee
    this.pollMs = options.pollMs ?? 2000
    this.maxBlockRange = options.maxBlockRange ?? 2000n
    this.confirmations = options.confirmations ?? 0n
  }

  /** The cursor's key: one per chain, contract and payee. */
  get cursorName(): string {
    const d = this.payee.deployment
    return `close-watcher:${d.chainId}:${d.channels.toLowerCase()}:${this.payee.payee.toLowerCase()}`
  }

  /** Last block scanned (the block before the deployment when never run). */
  lastScannedBlock(): bigint {
    return readCursor(this.db, this.cursorName) ?? BigInt(this.payee.deployment.deployedAtBlock) - 1n
  }

  /** Scans new blocks for closes of our channels, then redeems every closing channel in time (default deadline 60 s). */
  async scanOnce(options: WaitOptions = {}): Promise<ScanResult> {
    const timeoutMs = options.timeoutMs ?? 60_000
    return withDeadline(() => this.scan({ signal: options.signal, timeoutMs }), 'close watcher scan', {
      signal: options.signal,
      timeoutMs,
    })
  }

  private async scan(options: WaitOptions): Promise<ScanResult> {
    const client = this.payee.publicClient
    const head = (await client.getBlockNumber({ cacheTime: 0 })) - this.confirmations
    const fromBlock = this.lastScannedBlock() + 1n
    const closesSeen: Hex[] = []
    for (let start = fromBlock; start <= head; start += this.maxBlockRange) {
      const end = start + this.maxBlockRange - 1n < head ? start + this.maxBlockRange - 1n : head
      const logs = await client.getContractEvents({
        address: this.payee.deployment.channels,
        abi: rigpoolChannelsAbi,
        fromBlock: start,
        toBlock: end,
        strict: true,
      })
      // Marks and the cursor move together: a crash re-scans the range, never skips it.
      this.db.transaction(() => {
        for (const log of logs) {
          if (log.eventName === 'CloseStarted') {
            if (this.payee.find(log.args.channelId) === undefined) continue
            this.payee.markClosing(log.args.channelId, BigInt(log.args.closesAt))
            closesSeen.push(log.args.channelId)
          } else if (log.eventName === 'ChannelClosed' && this.payee.find(log.args.channelId) !== undefined) {
            this.payee.markClosed(log.args.channelId)
          }
        }
        writeCursor(this.db, this.cursorName, end)
      })()
    }
    const { redeemed, missed } = await this.redeemClosing(options)
    const result = { fromBlock, toBlock: head, closesSeen, redeemed, missed }
    this.options.onScan?.(result)
    return result
  }

  /** Redeems the best voucher of every closing channel whose challenge period (chain time) is still running. */
  private async redeemClosing(options: WaitOptions): Promise<{ redeemed: WithdrawResult[]; missed: Hex[] }> {
    const redeemed: WithdrawResult[] = []
    const missed: Hex[] = []
    const closing = this.payee.list().filter((c) => c.state === 'closing' && c.bestAmount > c.withdrawn)
    if (closing.length === 0) return { redeemed, missed }
    const now = await chainTime(this.payee.publicClient)
    for (const ch of closing) {
      if (ch.closesAt !== undefined && now >= ch.closesAt) {
        this.payee.markExpired(ch.channelId)
        missed.push(ch.channelId)
        continue
      }
      try {
        const result = await this.payee.withdraw(ch.channelId, options)
        if (result !== undefined) redeemed.push(result)
      } catch (err) {
        if (this.payee.find(ch.channelId)?.state === 'expired') missed.push(ch.channelId)
        else throw err
      }
    }
    return { redeemed, missed }
  }

  /** Scans every `pollMs` in the background until `stop()`. */
  start(): void {
    if (this.loop !== undefined) return
    const controller = new AbortController()
    const done = (async () => {
      while (!controller.signal.aborted) {
        try {
          await this.scanOnce({ signal: controller.signal })
        } catch (err) {
          if (controller.signal.aborted) break
          this.options.onError?.(toRigpoolError(err, 'E_CHAIN', 'close watcher'))
        }
        await sleep(this.pollMs, controller.signal).catch(() => {})
      }
    })()
    this.loop = { controller, done }
  }

  /** Stops the background loop and waits for it (default deadline 10 s). */
  async stop(options: WaitOptions = {}): Promise<void> {
    const loop = this.loop
    if (loop === undefined) return
    this.loop = undefined
    loop.controller.abort()
    await withDeadline(loop.done, 'stopping the close watcher', { signal: options.signal, timeoutMs: options.timeoutMs ?? 10_000 })
  }
}
