import { bytesToHex, hexToBytes, isAddressEqual, recoverMessageAddress, type Address, type Hex, type LocalAccount } from 'viem'
import { RigpoolError } from './errors.ts'

const SECP256K1_HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n

/** Throws unless `signature` is 65 bytes with a low s (OpenZeppelin's ECDSA refuses high s on chain). */
export function assertLowS(signature: Uint8Array | Hex): void {
  const bytes = typeof signature === 'string' ? hexToBytes(signature) : signature
  if (bytes.byteLength !== 65) throw new RigpoolError('E_BAD_SIGNATURE', 'signature must be 65 bytes')
  const s = BigInt(bytesToHex(bytes.subarray(32, 64)))
  if (s > SECP256K1_HALF_N) throw new RigpoolError('E_BAD_SIGNATURE', 'high-s signature refused')
}

/** Signs raw bytes with EIP-191 (personal_sign) by a local account. */
export async function signBytes(account: LocalAccount, bytes: Uint8Array): Promise<Uint8Array> {
  return hexToBytes(await account.signMessage({ message: { raw: bytes } }))
}

/** Recovers the EIP-191 signer of `bytes`, refusing malformed and high-s signatures. */
export async function recoverBytesSigner(bytes: Uint8Array, signature: Uint8Array): Promise<Address> {
  assertLowS(signature)
  try {
    return await recoverMessageAddress({ message: { raw: bytes }, signature: bytesToHex(signature) })
  } catch (err) {
    throw new RigpoolError('E_BAD_SIGNATURE', 'signature does not recover', { cause: err })
  }
}

/** Throws E_BAD_SIGNATURE unless `signature` over `bytes` is by `expected`. */
export async function verifyBytesSignature(bytes: Uint8Array, signature: Uint8Array, expected: Address): Promise<void> {
  const signer = await recoverBytesSigner(bytes, signature)
  if (!isAddressEqual(signer, expected)) {
    throw new RigpoolError('E_BAD_SIGNATURE', `signed by ${signer}, expected ${expected}`)
  }
}
