// Public surface of contracts/: the committed ABI + bytecode, ready for viem.
export { rigpoolChannelsAbi, rigpoolChannelsBytecode } from './generated/rigpoolChannels.ts'
export { testStablecoinAbi, testStablecoinBytecode } from './generated/testStablecoin.ts'

/** EIP-712 domain name and version of RigpoolChannels (the chain id and address complete it). */
export const VOUCHER_DOMAIN_NAME = 'RigpoolChannels'
export const VOUCHER_DOMAIN_VERSION = '1'

/** EIP-712 types of a voucher; the primary type is `Voucher`. */
export const voucherTypes = {
  Voucher: [
    { name: 'channelId', type: 'bytes32' },
    { name: 'cumulativeAmount', type: 'uint256' },
  ],
} as const

/** Contract constants mirrored for off-chain checks (seconds). */
export const MIN_CHALLENGE_PERIOD_S = 3600n
export const MAX_CHALLENGE_PERIOD_S = 30n * 86400n
export const UNSTAKE_DELAY_S = 7n * 86400n
