import { bytesToHex, getAddress, hexToBytes, type Address, type Hex } from 'viem'
import { RigpoolError } from '../errors.ts'
import type { Voucher as VoucherMessage } from '../messages/common.ts'
import { decodeMoney, encodeMoney } from '../money.ts'

/** A cumulative EIP-712 voucher as it travels; settlement/ verifies it. */
export interface WireVoucher {
  channelId: Hex
  cumulativeAmount: bigint
  signature: Hex
  chainId: bigint
  contract: Address
}

export function decodeVoucher(m: VoucherMessage | undefined): WireVoucher {
  if (m === undefined) throw new RigpoolError('E_BAD_VOUCHER', 'voucher missing')
  if (m.channelId.byteLength !== 32) throw new RigpoolError('E_BAD_VOUCHER', 'channel id must be 32 bytes')
  if (m.signature.byteLength !== 65) throw new RigpoolError('E_BAD_VOUCHER', 'voucher signature must be 65 bytes')
  if (m.contract.byteLength !== 20) throw new RigpoolError('E_BAD_VOUCHER', 'contract must be 20 bytes')
  return {
    channelId: bytesToHex(m.channelId),
    cumulativeAmount: decodeMoney(m.cumulativeAmount),
    signature: bytesToHex(m.signature),
    chainId: m.chainId,
    contract: getAddress(bytesToHex(m.contract)),
  }
}

export function encodeVoucher(v: WireVoucher): VoucherMessage {
  return {
    channelId: hexToBytes(v.channelId) as Uint8Array<ArrayBuffer>,
    cumulativeAmount: encodeMoney(v.cumulativeAmount) as Uint8Array<ArrayBuffer>,
    signature: hexToBytes(v.signature) as Uint8Array<ArrayBuffer>,
    chainId: v.chainId,
    contract: hexToBytes(v.contract) as Uint8Array<ArrayBuffer>,
  }
}
