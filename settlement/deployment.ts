// Where the contracts are: written by the devnet, or supplied by the operator for --rpc use.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { getAddress, isAddress, type Address } from 'viem'
import { RigpoolError } from '../protocol/errors.ts'

export interface Deployment {
  chainId: number
  /** RigpoolChannels. */
  channels: Address
  /** The settlement token (a 6-decimal stablecoin). */
  token: Address
  tokenDecimals: number
  tokenSymbol: string
  /** Block of the channels contract's deployment: watchers never scan before it. */
  deployedAtBlock: number
}

export const DEPLOYMENT_FILE = 'deployment.json'

/** Path of the deployment file in a data dir. */
export function deploymentPath(dataDir: string): string {
  return join(dataDir, DEPLOYMENT_FILE)
}

/** Reads and validates a deployment file; E_CONFIG if missing or malformed. */
export function readDeployment(path: string): Deployment {
  if (!existsSync(path)) throw new RigpoolError('E_CONFIG', `no deployment file at ${path}: start a devnet or pass one`)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new RigpoolError('E_CONFIG', `deployment file ${path} is not JSON`, { cause: err })
  }
  const d = raw as Record<string, unknown>
  const ok =
    Number.isSafeInteger(d.chainId) &&
    typeof d.channels === 'string' &&
    isAddress(d.channels) &&
    typeof d.token === 'string' &&
    isAddress(d.token) &&
    Number.isSafeInteger(d.tokenDecimals) &&
    typeof d.tokenSymbol === 'string' &&
    Number.isSafeInteger(d.deployedAtBlock)
  if (!ok) throw new RigpoolError('E_CONFIG', `deployment file ${path} is missing fields`)
  return {
    chainId: d.chainId as number,
    channels: getAddress(d.channels as string),
    token: getAddress(d.token as string),
    tokenDecimals: d.tokenDecimals as number,
    tokenSymbol: d.tokenSymbol as string,
    deployedAtBlock: d.deployedAtBlock as number,
  }
}

/** Writes a deployment file atomically (write then rename). */
export function writeDeployment(path: string, deployment: Deployment): void {
  const tmp = `${path}.tmp`
  writeFileSync(tmp, JSON.stringify(deployment, null, 2) + '\n')
  renameSync(tmp, path)
}
