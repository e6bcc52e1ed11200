// Public surface of settlement/: devnet, chain clients, vouchers, money, channel managers.
export { startAnvil, anvilBinaryPath, type AnvilOptions, type AnvilProcess } from './anvil.ts'
export {
  chainTime,
  createRigpoolPublicClient,
  createRigpoolWalletClient,
  revertName,
  rigpoolChain,
  TxSender,
  type ChainConfig,
  type ContractCall,
  type RigpoolPublicClient,
  type RigpoolWalletClient,
  type SentTx,
} from './chain.ts'
export { sleep, withDeadline, type WaitOptions } from './deadline.ts'
export { deployContract, deployRigpool, type Deployed } from './deploy.ts'
export { DEPLOYMENT_FILE, deploymentPath, readDeployment, writeDeployment, type Deployment } from './deployment.ts'
export { DEV_MNEMONIC, devAccount, startDevnet, type DevAccount, type Devnet, type DevnetOptions } from './devnet.ts'
export {
  checkSignatureShape,
  recoverVoucherSigner,
  signVoucher,
  toWireVoucher,
  type Voucher,
  type VoucherDomain,
} from './voucher.ts'
export { amountDue, BPS, ceilDiv, costOfItems, exactCost, ITEMS_PER_PRICE_UNIT, maxJobCost, nextVoucherAmount, splitFee } from './money.ts'
export { formatTokenAmount, parseTokenAmount } from './format.ts'
export { migrateSettlement, openSettlementDb, type SettlementDb } from './store.ts'
export { channelsCall, ensureAllowance, readChannel, tokenBalance, type OnchainChannel } from './onchain.ts'
export { PayerChannels, type PayerChannel, type PayerOptions } from './payer.ts'
export {
  PayeeChannels,
  type AcceptedVoucher,
  type PayeeChannel,
  type PayeeChannelState,
  type PayeeOptions,
  type WithdrawPolicy,
  type WithdrawResult,
} from './payee.ts'
export { CloseWatcher, type CloseWatcherOptions, type ScanResult } from './close-watcher.ts'
export { formatEarnings, summarizeEarnings, type ChannelEarnings, type Earnings } from './earnings.ts'
export { loadOrCreateEthKey } from './keys.ts'
export { readStake, stakeUpTo, type ProviderStake } from './stake.ts'
export { connectSettlement, type Settlement, type SettlementConfig } from './connect.ts'
