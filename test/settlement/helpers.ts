// A devnet plus payer/payee managers on SQLite files in a temp dir, for the settlement tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Hex } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import {
  createRigpoolWalletClient,
  openSettlementDb,
  PayeeChannels,
  PayerChannels,
  startDevnet,
  TxSender,
  type Devnet,
  type PayeeOptions,
  type SettlementDb,
} from '../../settlement/index.ts'

export const USD = 1_000_000n

export interface Env {
  devnet: Devnet
  dir: string
  sender(index: number): TxSender
  payer(index: number, db: SettlementDb, budget?: bigint): PayerChannels
  payee(index: number, db: SettlementDb, extra?: Partial<PayeeOptions> & { senderIndex?: number }): PayeeChannels
  db(name: string): SettlementDb
  close(): Promise<void>
}

export async function startEnv(): Promise<Env> {
  const devnet = await startDevnet({ accounts: 8 })
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-settlement-'))
  const dbs: SettlementDb[] = []
  const sender = (index: number): TxSender => {
    const wallet = createRigpoolWalletClient({ rpcUrl: devnet.rpcUrl, chainId: devnet.chainId }, devnet.accounts[index]!.privateKey)
    return new TxSender(devnet.publicClient, wallet)
  }
  return {
    devnet,
    dir,
    sender,
    payer: (index, db, budget = 1000n * USD) =>
      new PayerChannels({
        db,
        deployment: devnet.deployment,
        sender: sender(index),
        signer: privateKeyToAccount(devnet.accounts[index]!.privateKey as Hex),
        budget,
      }),
    payee: (index, db, extra = {}) =>
      new PayeeChannels({
        db,
        deployment: devnet.deployment,
        publicClient: devnet.publicClient,
        payee: devnet.accounts[index]!.address,
        sender: sender(extra.senderIndex ?? index),
        ...extra,
      }),
    db(name) {
      const db = openSettlementDb(join(dir, name))
      dbs.push(db)
      return db
    },
    async close() {
      for (const db of dbs) if (db.open) db.close()
      await devnet.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
