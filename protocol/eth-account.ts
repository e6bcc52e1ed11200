import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts'
import { RigpoolError } from './errors.ts'

/** Loads the agent's Ethereum key (eth.key, mode 0600) from its data dir, creating it on first start. */
export function loadOrCreateEthAccount(dataDir: string): PrivateKeyAccount {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const path = join(dataDir, 'eth.key')
  if (!existsSync(path)) {
    writeFileSync(path, generatePrivateKey() + '\n', { mode: 0o600, flag: 'wx' })
    chmodSync(path, 0o600)
  }
  const hex = readFileSync(path, 'utf8').trim()
  if (!/^0x[0-9a-fA-F]{64}$/.test(hex)) throw new RigpoolError('E_CONFIG', `malformed key file ${path}`)
  return privateKeyToAccount(hex as `0x${string}`)
}
