// Hardware and execution-provider detection (DESIGN.md §6).
export { probeHardware, gpusFromControllers, vendorName, type HardwareReport } from './hardware.ts'
export { executionProviderCandidates, deviceTargets, type DeviceTarget } from './ep-candidates.ts'
export {
  chooseExecutionProvider,
  attemptLog,
  type EpAttempt,
  type EpChoice,
  type ChooseEpOptions,
} from './execution-provider.ts'
export { checkPrecision, driftScore, FP32_STRICT_BOUND, type PrecisionCheck } from './precision-check.ts'
