import type { LocalAccount } from 'viem'
import { RigpoolError } from './errors.ts'
import { signBytes, verifyBytesSignature } from './signatures.ts'
import { decodeAdvert, encodeAdvert, type Advert, type SignedAdvertBytes } from './wire/advert.ts'

/** Adverts issued further than this in the future are refused (clock skew allowance). */
const MAX_CLOCK_SKEW_MS = 60_000

/** Signs an advert with the provider's Ethereum key, binding its PeerId to its address. */
export async function signAdvert(account: LocalAccount, advert: Advert): Promise<SignedAdvertBytes> {
  if (account.address.toLowerCase() !== advert.ethAddress.toLowerCase()) {
    throw new RigpoolError('E_BAD_ADVERT', 'advert eth address is not the signing account')
  }
  const bytes = encodeAdvert(advert)
  return { advert: bytes, signature: await signBytes(account, bytes) }
}

export interface VerifyAdvertOptions {
  nowMs: number
  /** When known (the session's remote peer), the advert must be for this PeerId. */
  expectedPeerId?: string
}

/** Decodes an advert and checks its signature, PeerId binding and TTL. */
export async function verifySignedAdvert(signed: SignedAdvertBytes, options: VerifyAdvertOptions): Promise<Advert> {
  let advert: Advert
  try {
    advert = decodeAdvert(signed.advert)
  } catch (err) {
    if (err instanceof RigpoolError && err.code === 'E_BAD_ADVERT') throw err
    throw new RigpoolError('E_BAD_ADVERT', `malformed advert: ${err instanceof Error ? err.message : String(err)}`, { cause: err })
  }
  try {
    await verifyBytesSignature(signed.advert, signed.signature, advert.ethAddress)
  } catch (err) {
    throw new RigpoolError('E_BAD_ADVERT', 'advert signature does not match its address', { cause: err })
  }
  if (options.expectedPeerId !== undefined && advert.peerId !== options.expectedPeerId) {
    throw new RigpoolError('E_PEER_MISMATCH', `advert is for ${advert.peerId}, sent by ${options.expectedPeerId}`)
  }
  if (advert.issuedAtMs > options.nowMs + MAX_CLOCK_SKEW_MS) {
    throw new RigpoolError('E_BAD_ADVERT', 'advert issued in the future')
  }
  if (advert.issuedAtMs + advert.ttlMs < options.nowMs) throw new RigpoolError('E_BAD_ADVERT', 'advert expired')
  return advert
}
