// One call that gives a node (client, coordinator, provider) or the CLI everything settlement offers.
import type { Address, Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { createRigpoolPublicClient, createRigpoolWalletClient, TxSender, type RigpoolPublicClient } from './chain.ts'
import { CloseWatcher } from './close-watcher.ts'
import type { Deployment } from './deployment.ts'
import { summarizeEarnings } from './earnings.ts'
import { tokenBalance } from './onchain.ts'
import { PayeeChannels, type WithdrawPolicy } from './payee.ts'
import { PayerChannels } from './payer.ts'
import { openSettlementDb, type SettlementDb } from './store.ts'

export interface SettlementConfig {
  rpcUrl: string
  deployment: Deployment
  /** The node's Ethereum key (from loadOrCreateEthKey); signs vouchers and sends transactions. */
  privateKey: Hex
  /** An open database (shared with the node's tables) or a file path. */
  db: SettlementDb | string
  /** Most kept deposited in open channels as payer (default 0: this node does not pay). */
  budget?: bigint
  /** Where channels to this node pay out (default: the key's own address). */
  payout?: Address
  withdrawPolicy?: WithdrawPolicy
  minChallengePeriodS?: bigint
  closeWatcherPollMs?: number
}

export interface Settlement {
  address: Address
  publicClient: RigpoolPublicClient
  /** Sends this account's transactions (stake, slash, redemptions). */
  sender: TxSender
  deployment: Deployment
  payer: PayerChannels
  payee: PayeeChannels
  watcher: CloseWatcher
  db: SettlementDb
  /** Token and ETH balances of an address (default: this node's payout address). */
  balances(address?: Address): Promise<{ token: bigint; eth: bigint }>
  earnings(): ReturnType<typeof summarizeEarnings>
  /** Stops the watcher and closes the database if we opened it. */
  close(): Promise<void>
}

/** Builds the payer and payee managers and the close watcher for one account (the watcher is not started). */
export function connectSettlement(config: SettlementConfig): Settlement {
  const chain = { rpcUrl: config.rpcUrl, chainId: config.deployment.chainId }
  const publicClient = createRigpoolPublicClient(chain)
  const sender = new TxSender(publicClient, createRigpoolWalletClient(chain, config.privateKey))
  const isOwnDb = typeof config.db === 'string'
  const db = typeof config.db === 'string' ? openSettlementDb(config.db) : config.db
  const payer = new PayerChannels({
    db,
    deployment: config.deployment,
    sender,
    signer: privateKeyToAccount(config.privateKey),
    budget: config.budget ?? 0n,
  })
  const payee = new PayeeChannels({
    db,
    deployment: config.deployment,
    publicClient,
    payee: config.payout ?? sender.address,
    sender,
    withdrawPolicy: config.withdrawPolicy,
    minChallengePeriodS: config.minChallengePeriodS,
  })
  const watcher = new CloseWatcher({ db, payee, pollMs: config.closeWatcherPollMs })
  return {
    address: sender.address,
    publicClient,
    sender,
    deployment: config.deployment,
    payer,
    payee,
    watcher,
    db,
    async balances(address = payee.payee) {
      const [token, eth] = await Promise.all([
        tokenBalance(publicClient, config.deployment.token, address),
        publicClient.getBalance({ address }),
      ])
      return { token, eth }
    },
    earnings: () => summarizeEarnings(payee.list()),
    async close() {
      await watcher.stop()
      if (isOwnDb && db.open) db.close()
    },
  }
}
