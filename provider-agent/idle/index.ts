// The owner comes first: activity signals and the pause policy (DESIGN.md §6).
export { DEFAULT_GAME_PROCESSES, processKey } from './default-games.ts'
export { listProcesses, processTree, type ProcessSample } from './process-list.ts'
export {
  gameProcessSignal,
  cpuLoadSignal,
  gpuUtilisationSignal,
  hoursSignal,
  manualSignal,
  parseWindow,
  type ActivityReading,
  type CpuLoadReading,
  type OwnerSignal,
  type ProcessLister,
} from './signals.ts'
export { IdlePolicy, type IdlePolicyOptions } from './policy.ts'
