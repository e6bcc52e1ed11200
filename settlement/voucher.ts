// EIP-712 vouchers {channelId, cumulativeAmount}: signing, and the pure checks the contract makes.
import { hexToBigInt, isHex, recoverTypedDataAddress, type Address, type Hex, type LocalAccount } from 'viem'
import { VOUCHER_DOMAIN_NAME, VOUCHER_DOMAIN_VERSION, voucherTypes } from '../contracts/index.ts'
import { RigpoolError } from '../protocol/errors.ts'
import type { WireVoucher } from '../protocol/wire/voucher.ts'

export interface Voucher {
  channelId: Hex
  /** Everything paid on the channel so far, token base units. */
  cumulativeAmount: bigint
  /** 65 bytes r‖s‖v, v 27 or 28, low s. */
  signature: Hex
  /** The chain and contract the voucher claims (as on the wire); checked when present, and bound by the signature anyway. */
  chainId?: bigint
  contract?: Address
}

/** What makes a voucher valid for one contract on one chain only. */
export interface VoucherDomain {
  chainId: number
  verifyingContract: Address
}

/** secp256k1 group order n, and n/2: OpenZeppelin's ECDSA refuses s above n/2. */
export const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
export const SECP256K1_HALF_N = SECP256K1_N >> 1n

function typedData(domain: VoucherDomain, channelId: Hex, cumulativeAmount: bigint) {
  return {
    domain: {
      name: VOUCHER_DOMAIN_NAME,
      version: VOUCHER_DOMAIN_VERSION,
      chainId: domain.chainId,
      verifyingContract: domain.verifyingContract,
    },
    types: voucherTypes,
    primaryType: 'Voucher' as const,
    message: { channelId, cumulativeAmount },
  }
}

/** Signs a voucher with the payer's account (viem signs low-s). */
export async function signVoucher(
  account: LocalAccount,
  domain: VoucherDomain,
  channelId: Hex,
  cumulativeAmount: bigint,
): Promise<Voucher> {
  if (cumulativeAmount <= 0n) throw new RigpoolError('E_BAD_AMOUNT', 'a voucher pays a positive amount')
  const signature = await account.signTypedData(typedData(domain, channelId, cumulativeAmount))
  return { channelId, cumulativeAmount, signature, chainId: BigInt(domain.chainId), contract: domain.verifyingContract }
}

/** Checks the signature's shape as the contract does: 65 bytes, v 27/28, s ≤ n/2. */
export function checkSignatureShape(signature: Hex): void {
  if (!isHex(signature) || signature.length !== 132) {
    throw new RigpoolError('E_BAD_SIGNATURE', 'a voucher signature is 65 bytes')
  }
  const s = hexToBigInt(`0x${signature.slice(66, 130)}`)
  const v = Number.parseInt(signature.slice(130, 132), 16)
  if (s === 0n || s > SECP256K1_HALF_N) throw new RigpoolError('E_BAD_SIGNATURE', 'high-s signature (refused on chain)')
  if (v !== 27 && v !== 28) throw new RigpoolError('E_BAD_SIGNATURE', 'signature v must be 27 or 28')
}

/** Recovers a voucher's signer without any RPC; E_BAD_SIGNATURE for a malformed or high-s signature. */
export async function recoverVoucherSigner(domain: VoucherDomain, voucher: Voucher): Promise<Address> {
  checkSignatureShape(voucher.signature)
  if (!isHex(voucher.channelId) || voucher.channelId.length !== 66) {
    throw new RigpoolError('E_BAD_VOUCHER', 'a channel id is 32 bytes')
  }
  try {
    return await recoverTypedDataAddress({
      ...typedData(domain, voucher.channelId, voucher.cumulativeAmount),
      signature: voucher.signature,
    })
  } catch (err) {
    throw new RigpoolError('E_BAD_SIGNATURE', 'voucher signature does not recover', { cause: err })
  }
}

/** A signed voucher as it travels: it names its chain and contract (every voucher `signVoucher` makes does). */
export function toWireVoucher(v: Voucher): WireVoucher {
  if (v.chainId === undefined || v.contract === undefined) throw new RigpoolError('E_BAD_VOUCHER', 'a voucher on the wire names its chain and contract')
  return { channelId: v.channelId, cumulativeAmount: v.cumulativeAmount, signature: v.signature, chainId: v.chainId, contract: v.contract }
}
