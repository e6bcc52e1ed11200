// The Ethereum key of a party that moves money: one file in its data dir, mode 0600, never logged.
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { isHex, type Hex } from 'viem'
import { generatePrivateKey } from 'viem/accounts'
import { RigpoolError } from '../protocol/errors.ts'

/** Reads the key at `path`, or creates one there (mode 0600). Refuses a file others can read. */
export function loadOrCreateEthKey(path: string): Hex {
  if (!existsSync(path)) {
    try {
      writeFileSync(path, generatePrivateKey() + '\n', { mode: 0o600, flag: 'wx' })
      chmodSync(path, 0o600)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new RigpoolError('E_STORAGE', `cannot create key file ${path}`, { cause: err })
      }
    }
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    throw new RigpoolError('E_CONFIG', `key file ${path} is readable by others: chmod 600 it`)
  }
  const key = readFileSync(path, 'utf8').trim()
  if (!isHex(key) || key.length !== 66) throw new RigpoolError('E_CONFIG', `key file ${path} does not hold a 32-byte hex key`)
  return key
}
