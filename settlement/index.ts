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
  type Voucher,
  type VoucherDomain,
} from './voucher.ts'
