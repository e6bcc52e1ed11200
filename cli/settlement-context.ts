// What the settlement commands share: where the chain, the deployment, the key and the database are.
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Command } from 'commander'
import { RigpoolError } from '../protocol/index.ts'
import { deploymentPath, loadOrCreateEthKey, parseTokenAmount, readDeployment, type Deployment } from '../settlement/index.ts'
import { fromEnv } from './options.ts'

/** Where `rigpool devnet` keeps its chain and deployment file by default. */
export const DEFAULT_DEVNET_DIR = join('.rigpool', 'devnet')
/** The devnet's default RPC port. */
export const DEFAULT_DEVNET_PORT = 8545

export interface SettlementFlags {
  rpc?: string
  deployment?: string
  keyFile?: string
  dataDir: string
}

/** Adds --rpc, --deployment, --key-file and --data-dir (flag > RIGPOOL_* env > default). */
export function settlementOptions(cmd: Command, defaultDataDir: string): Command {
  return cmd
    .option('--rpc <url>', `JSON-RPC URL of the chain (env RIGPOOL_RPC; default http://127.0.0.1:${DEFAULT_DEVNET_PORT})`)
    .option('--deployment <file>', `contract addresses (env RIGPOOL_DEPLOYMENT; default ${deploymentPath(DEFAULT_DEVNET_DIR)})`)
    .option('--key-file <path>', 'Ethereum key, created mode 0600 if missing (env RIGPOOL_KEY_FILE; default <data-dir>/eth.key)')
    .option('--data-dir <dir>', `settlement database lives here (env RIGPOOL_DATA_DIR; default ${defaultDataDir})`)
}

export interface Resolved {
  rpcUrl: string
  deploymentFile: string
  deployment: Deployment
  keyFile: string
  dataDir: string
  dbPath: string
}

/** Resolves flags and env into paths and reads the deployment (no key is created here). */
export function resolveSettlement(flags: Partial<SettlementFlags>, defaultDataDir: string): Resolved {
  const dataDir = flags.dataDir ?? fromEnv('DATA_DIR') ?? defaultDataDir
  const deploymentFile = flags.deployment ?? fromEnv('DEPLOYMENT') ?? deploymentPath(DEFAULT_DEVNET_DIR)
  const rpcUrl = flags.rpc ?? fromEnv('RPC') ?? `http://127.0.0.1:${DEFAULT_DEVNET_PORT}`
  if (!/^https?:\/\//.test(rpcUrl)) throw new RigpoolError('E_CONFIG', `--rpc must be an http(s) URL, got ${JSON.stringify(rpcUrl)}`)
  return {
    rpcUrl,
    deploymentFile,
    deployment: readDeployment(deploymentFile),
    keyFile: flags.keyFile ?? fromEnv('KEY_FILE') ?? join(dataDir, 'eth.key'),
    dataDir,
    dbPath: join(dataDir, 'settlement.sqlite'),
  }
}

/** Loads the key, creating it (and its folder, 0700) if missing. */
export function loadKey(keyFile: string): `0x${string}` {
  if (!existsSync(keyFile)) mkdirSync(dirname(keyFile), { recursive: true, mode: 0o700 })
  return loadOrCreateEthKey(keyFile)
}

/** Parses a positive human token amount ('12.5'); E_BAD_AMOUNT otherwise. */
export function parsePositiveAmount(text: string, deployment: Deployment): bigint {
  const amount = parseTokenAmount(text, deployment.tokenDecimals)
  if (amount <= 0n) throw new RigpoolError('E_BAD_AMOUNT', `amount must be positive, got ${JSON.stringify(text)}`)
  return amount
}

export interface ChainFlags {
  rpc?: string
  deployment?: string
}

/** Adds --rpc and --deployment to a node's command: given (or RIGPOOL_RPC / RIGPOOL_DEPLOYMENT set), the node pays or is paid on that chain. */
export function chainOptions(cmd: Command): Command {
  return cmd
    .option('--rpc <url>', 'pay-as-you-go on this chain: JSON-RPC URL (env RIGPOOL_RPC; with --deployment alone, the devnet at 127.0.0.1:8545)')
    .option('--deployment <file>', `contract addresses of that chain (env RIGPOOL_DEPLOYMENT; default ${deploymentPath(DEFAULT_DEVNET_DIR)} when --rpc is given)`)
}

/** The chain a node settles on, or undefined when neither flag nor env names one (an unpaid node). */
export function chainFromFlags(flags: ChainFlags): { rpcUrl: string; deployment: Deployment } | undefined {
  if (flags.rpc === undefined && flags.deployment === undefined && fromEnv('RPC') === undefined && fromEnv('DEPLOYMENT') === undefined) return undefined
  const r = resolveSettlement({ rpc: flags.rpc, deployment: flags.deployment }, '.')
  return { rpcUrl: r.rpcUrl, deployment: r.deployment }
}
