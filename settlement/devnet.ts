// The embedded devnet: anvil on 127.0.0.1, contracts deployed, dev accounts funded with test USD.
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createTestClient, http, toHex, type Address, type Hex } from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { testStablecoinAbi } from '../contracts/index.ts'
import { RigpoolError } from '../protocol/errors.ts'
import { startAnvil, type AnvilProcess } from './anvil.ts'
import { createRigpoolPublicClient, createRigpoolWalletClient, TxSender, type RigpoolPublicClient } from './chain.ts'
import type { WaitOptions } from './deadline.ts'
import { deployRigpool } from './deploy.ts'
import { deploymentPath, readDeployment, writeDeployment, type Deployment } from './deployment.ts'

/** anvil's public test mnemonic: these keys are known to everyone and hold only devnet money. */
export const DEV_MNEMONIC = 'test test test test test test test test test test test junk'

export interface DevAccount {
  address: Address
  privateKey: Hex
}

export interface DevnetOptions extends WaitOptions {
  /** Keeps the chain state (anvil-state.json) and deployment.json; omitted: an ephemeral chain. */
  dataDir?: string
  port?: number
  chainId?: number
  accounts?: number
  /** Test USD (base units) minted to every dev account at first start (default 1,000,000 tUSD). */
  fundAmount?: bigint
  stateIntervalS?: number
}

export interface Devnet {
  rpcUrl: string
  chainId: number
  deployment: Deployment
  /** Dev accounts; account 0 deployed the contracts and mints the stablecoin. */
  accounts: DevAccount[]
  publicClient: RigpoolPublicClient
  /** Moves chain time forward and mines a block (tests of challenge periods and delays). */
  advanceTime(seconds: bigint | number): Promise<void>
  stop(options?: WaitOptions): Promise<void>
}

/** The i-th dev account of the anvil mnemonic. */
export function devAccount(index: number): DevAccount {
  const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index })
  const key = account.getHdKey().privateKey
  if (key === null) throw new RigpoolError('E_INTERNAL', 'dev key derivation failed')
  return { address: account.address, privateKey: toHex(key) }
}

/** Starts (or restarts from its data dir) the devnet; default deadline 60 s. */
export async function startDevnet(options: DevnetOptions = {}): Promise<Devnet> {
  const accountCount = options.accounts ?? 10
  let stateFile: string | undefined
  if (options.dataDir !== undefined) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 })
    stateFile = join(options.dataDir, 'anvil-state.json')
  }
  const anvil: AnvilProcess = await startAnvil({
    port: options.port,
    chainId: options.chainId,
    stateFile,
    stateIntervalS: options.stateIntervalS,
    accounts: accountCount,
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? 20_000,
  })
  try {
    const config = { rpcUrl: anvil.rpcUrl, chainId: anvil.chainId }
    const publicClient = createRigpoolPublicClient(config)
    const accounts = Array.from({ length: accountCount }, (_, i) => devAccount(i))
    const deployer = createRigpoolWalletClient(config, accounts[0]!.privateKey)
    const waits = { signal: options.signal, timeoutMs: options.timeoutMs ?? 60_000 }

    let deployment: Deployment | undefined
    const file = options.dataDir === undefined ? undefined : deploymentPath(options.dataDir)
    if (file !== undefined && existsSync(file)) {
      const known = readDeployment(file)
      const code = await publicClient.getCode({ address: known.channels })
      if (known.chainId === anvil.chainId && code !== undefined && code !== '0x') deployment = known
    }
    if (deployment === undefined) {
      deployment = await deployRigpool(publicClient, deployer, waits)
      const sender = new TxSender(publicClient, deployer)
      const amount = options.fundAmount ?? 1_000_000n * 1_000_000n
      for (const a of accounts) {
        await sender.send({ address: deployment.token, abi: testStablecoinAbi, functionName: 'mint', args: [a.address, amount] }, waits)
      }
      if (file !== undefined) writeDeployment(file, deployment)
    }

    const testClient = createTestClient({ mode: 'anvil', transport: http(anvil.rpcUrl) })
    return {
      rpcUrl: anvil.rpcUrl,
      chainId: anvil.chainId,
      deployment,
      accounts,
      publicClient,
      async advanceTime(seconds) {
        await testClient.increaseTime({ seconds: Number(seconds) })
        await testClient.mine({ blocks: 1 })
      },
      stop: (opts) => anvil.stop(opts),
    }
  } catch (err) {
    await anvil.stop()
    throw err
  }
}
