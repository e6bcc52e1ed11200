// Public surface of verification (DESIGN.md §7): comparators, calibration, audit rate and
// plan, the auditor, evidence, slashing, and the records behind q and the client report.
export * from './comparators/index.ts'
export {
  calibrateModel,
  calibrationPathFor,
  CalibrationStore,
  defaultConfigurations,
  loadCalibration,
  proposeBounds,
  saveCalibration,
  type CalibrateOptions,
  type Calibration,
  type Configuration,
  type ConfigurationDrift,
} from './calibrate.ts'
export {
  auditOverhead,
  auditRate,
  DEFAULT_AUDIT_POLICY,
  detectionProbability,
  economicRate,
  expectedCheatProfit,
  isOnProbation,
  itemsForConfidence,
  type AuditPolicy,
  type ProviderStanding,
} from './audit-rate.ts'
export { cryptoWord, planAudit, type AuditPlan, type PlanOptions, type StoredCommitment } from './audit-plan.ts'
export { Auditor, type AuditedItem, type AuditorOptions, type AuditOutcome, type AuditRequest, type ExecutionConfig } from './auditor.ts'
export { judgeItem, type Judgement } from './judge.ts'
export { buildEvidence, encodeEvidence, evidenceHash, inputsHashOf, verifyEvidence, type Evidence, type EvidenceCheck, type EvidenceInput, type Rerun } from './evidence.ts'
export { readStake, slashProvider, type ProviderStake } from './slash.ts'
export { AuditLedger, buildJobReport, type ProviderRecord, type ProviderReport } from './ledger.ts'
export { executeItems, type ExecuteOptions } from './execute.ts'
export { StakeBook, type ChainAccess } from './stake-book.ts'
export { Verifier, type CaughtEvent, type MarketVerificationReport, type SlashedEvent, type VerificationConfig, type VerifierOptions } from './verifier.ts'
