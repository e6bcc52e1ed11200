import { availableParallelism } from 'node:os'
import type { ProviderToCoordinator } from '../protocol/index.ts'
import {
  cpuLoadSignal,
  DEFAULT_GAME_PROCESSES,
  gameProcessSignal,
  gpuUtilisationSignal,
  hoursSignal,
  IdlePolicy,
  type OwnerSignal,
} from './idle/index.ts'
import type { TaskServer } from './services/task-server.ts'

/** How the agent steps aside for its owner. */
export interface IdleConfig {
  /** Signals to read; default: the real readers built from the fields below. */
  signals?: OwnerSignal[]
  /** Process names meaning "the owner is playing"; default DEFAULT_GAME_PROCESSES. */
  games?: string[]
  /** Pause when other processes use more than this many cores; 0 or absent: not watched. */
  cpuCores?: number
  /** Pause when another process uses more than this % of a GPU (nvidia-smi); default 15. */
  gpuPercent?: number
  /** Working hours "HH:MM-HH:MM"; outside them the agent pauses. Absent: always. */
  hours?: string[]
  pollMs?: number
  /** Minimum interval between process-list reads (≥ 2 s). */
  processPollMs?: number
  resumeAfterIdleMs?: number
  /** On pause: 'finish' running tasks within graceMs (then hand back the rest), or 'handBack' at once. */
  onPause?: 'finish' | 'handBack'
  graceMs?: number
}

/** The real readers, as configured. */
export function defaultSignals(config: IdleConfig): OwnerSignal[] {
  const signals: OwnerSignal[] = [
    gameProcessSignal({ games: config.games ?? DEFAULT_GAME_PROCESSES, minIntervalMs: config.processPollMs }),
    gpuUtilisationSignal({ thresholdPercent: config.gpuPercent, minIntervalMs: config.processPollMs }),
  ]
  if (config.cpuCores !== undefined && config.cpuCores > 0) {
    signals.push(
      cpuLoadSignal({
        thresholdCores: Math.min(config.cpuCores, availableParallelism()),
        minIntervalMs: config.processPollMs,
      }),
    )
  }
  if (config.hours !== undefined && config.hours.length > 0) signals.push(hoursSignal({ windows: config.hours }))
  return signals
}

export interface OwnerFirstDeps {
  config: IdleConfig
  taskServer: TaskServer
  send: (msg: ProviderToCoordinator) => Promise<boolean>
  setPaused: (isPaused: boolean, reason: string) => void
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

/** Hands back every running task: the task streams end in E_CANCELLED (the coordinator re-queues) and the session says so. */
export async function handBackAll(
  taskServer: TaskServer,
  send: OwnerFirstDeps['send'],
  reason: string,
): Promise<string[]> {
  const ids = taskServer.abortAll(reason)
  for (const taskId of ids) await send({ kind: 'handBack', taskId, reason })
  return ids
}

/** The idle policy wired to the agent: pause → tell the coordinator, finish or hand back; resume → tell it. */
export function ownerFirstPolicy(deps: OwnerFirstDeps): IdlePolicy {
  const { config, taskServer, send } = deps
  const graceMs = config.graceMs ?? 10_000
  const isHandBack = (config.onPause ?? 'finish') === 'handBack'
  return new IdlePolicy({
    signals: config.signals ?? defaultSignals(config),
    pollMs: config.pollMs ?? 1_000,
    resumeAfterIdleMs: config.resumeAfterIdleMs ?? 60_000,
    log: deps.log,
    onPause: async (reasons) => {
      const reason = reasons.join('; ').slice(0, 400)
      deps.setPaused(true, reason)
      await send({ kind: 'pause', reason, handBack: isHandBack, graceMs: isHandBack ? 0 : graceMs })
      if (!isHandBack && (await taskServer.waitIdle({ timeoutMs: graceMs }))) return
      const ids = await handBackAll(taskServer, send, `owner is using the rig: ${reason}`)
      if (ids.length > 0) deps.log?.('tasks handed back', { taskIds: ids })
    },
    onResume: async () => {
      deps.setPaused(false, '')
      await send({ kind: 'resume' })
    },
  })
}
