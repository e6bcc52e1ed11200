// Test-only token contracts (fee-on-transfer, false-returning), compiled with the rest.
export { feeOnTransferTokenAbi, feeOnTransferTokenBytecode } from './generated/feeOnTransferToken.ts'
export { falseReturnTokenAbi, falseReturnTokenBytecode } from './generated/falseReturnToken.ts'
