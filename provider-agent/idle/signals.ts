import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { availableParallelism } from 'node:os'
import { processKey } from './default-games.ts'
import { listProcesses, processTree, type ProcessSample } from './process-list.ts'

const run = promisify(execFile)

/** One reading of an owner-activity signal. */
export interface ActivityReading {
  /** True: the owner is using the rig (pause). */
  isActive: boolean
  reason: string
  /** False where the signal cannot be read on this rig (no nvidia-smi, ...). */
  isAvailable?: boolean
}

/** A source of "the owner is using the rig": the one interface the idle policy reads, and tests drive. */
export interface OwnerSignal {
  readonly name: string
  /** The signal is read no more often than this (process lists are not free). */
  readonly minIntervalMs: number
  read(options?: { signal?: AbortSignal }): Promise<ActivityReading>
}

export type ProcessLister = () => Promise<ProcessSample[]>

/** A listed game or launcher is running (outside the agent's own process tree). */
export function gameProcessSignal(options: {
  games: readonly string[]
  ownPid?: number
  list?: ProcessLister
  minIntervalMs?: number
}): OwnerSignal {
  const wanted = new Set(options.games.map(processKey))
  const list = options.list ?? listProcesses
  return {
    name: 'game-process',
    minIntervalMs: Math.max(2_000, options.minIntervalMs ?? 3_000),
    async read() {
      const processes = await list()
      const own = processTree(processes, options.ownPid ?? process.pid)
      for (const p of processes) {
        if (own.has(p.pid)) continue
        const hit = p.names.find((n) => wanted.has(processKey(n)) || isCutGameName(n, wanted))
        if (hit !== undefined) return { isActive: true, reason: `game process running: ${hit} (pid ${p.pid})` }
      }
      return { isActive: false, reason: 'no listed process' }
    },
  }
}

/**
 * The kernel cuts a process name at 15 characters, so a 15-character name may be the start of a
 * listed game. Only a bare name qualifies: a title such as "npm test test/e" is not a path to cut
 * down to "e" (which would match every game starting with e).
 */
function isCutGameName(name: string, wanted: ReadonlySet<string>): boolean {
  if (name.length !== 15 || /[\\/]/.test(name)) return false
  const key = processKey(name)
  return [...wanted].some((w) => w.startsWith(key))
}

/** Cores of CPU used by processes outside the agent's tree, from two samples of cumulative CPU time. */
export interface CpuLoadReading extends ActivityReading {
  othersCores: number
  ownCores: number
}

/** CPU used by other processes (never the agent's own tree) above `thresholdCores` for two readings in a row. */
export function cpuLoadSignal(options: {
  thresholdCores?: number
  ownPid?: number
  list?: ProcessLister
  minIntervalMs?: number
}): Omit<OwnerSignal, 'read'> & { read(options?: { signal?: AbortSignal }): Promise<CpuLoadReading> } {
  const threshold = options.thresholdCores ?? availableParallelism() * 0.6
  const list = options.list ?? listProcesses
  let last: { at: number; cpu: Map<number, number> } | undefined
  let above = 0
  return {
    name: 'cpu-load',
    minIntervalMs: Math.max(2_000, options.minIntervalMs ?? 3_000),
    async read() {
      const processes = await list()
      const own = processTree(processes, options.ownPid ?? process.pid)
      const now = performance.now()
      const cpu = new Map<number, number>()
      let others = 0
      let mine = 0
      const seconds = last === undefined ? 0 : (now - last.at) / 1000
      for (const p of processes) {
        let cores: number | undefined = p.cpuCores
        if (p.cpuSeconds !== undefined) {
          cpu.set(p.pid, p.cpuSeconds)
          const before = last?.cpu.get(p.pid)
          cores = before === undefined || seconds <= 0 ? 0 : Math.max(0, p.cpuSeconds - before) / seconds
        }
        if (own.has(p.pid)) mine += cores ?? 0
        else others += cores ?? 0
      }
      last = { at: now, cpu }
      above = others > threshold ? above + 1 : 0
      // Two readings in a row: a compile or a browser tab spike is not the owner sitting down to play.
      return {
        isActive: above >= 2,
        reason: `other processes use ${others.toFixed(2)} cores (threshold ${threshold.toFixed(2)})`,
        othersCores: others,
        ownCores: mine,
      }
    },
  }
}

/** GPU utilisation by other processes, from nvidia-smi's per-process data where present. */
export function gpuUtilisationSignal(options: {
  thresholdPercent?: number
  ownPid?: number
  minIntervalMs?: number
}): OwnerSignal {
  const threshold = options.thresholdPercent ?? 15
  let isMissing = false
  return {
    name: 'gpu-utilisation',
    minIntervalMs: Math.max(2_000, options.minIntervalMs ?? 3_000),
    async read(opts) {
      if (isMissing) return { isActive: false, isAvailable: false, reason: 'nvidia-smi not available' }
      let stdout: string
      try {
        ;({ stdout } = await run('nvidia-smi', ['pmon', '-c', '1', '-s', 'u'], {
          timeout: 10_000,
          signal: opts?.signal,
        }))
      } catch {
        isMissing = true
        return { isActive: false, isAvailable: false, reason: 'nvidia-smi not available' }
      }
      const own = processTree(await listProcesses(), options.ownPid ?? process.pid)
      // "# gpu pid type sm mem enc dec ... command"; '-' where a value is not reported.
      for (const line of stdout.split('\n')) {
        const cols = line.trim().split(/\s+/)
        if (cols[0]?.startsWith('#') || cols.length < 4) continue
        const pid = Number(cols[1])
        const sm = Number(cols[3])
        if (!Number.isFinite(pid) || own.has(pid) || !Number.isFinite(sm)) continue
        if (sm > threshold)
          return { isActive: true, reason: `process ${pid} (${cols.at(-1)}) uses ${sm}% of GPU ${cols[0]}` }
      }
      return { isActive: false, reason: 'GPU free of other processes' }
    },
  }
}

/** Working hours "HH:MM-HH:MM" (may wrap midnight); outside every window the rig belongs to its owner. */
export function hoursSignal(options: { windows: string[]; now?: () => Date }): OwnerSignal {
  const parsed = options.windows.map(parseWindow)
  const now = options.now ?? (() => new Date())
  return {
    name: 'hours',
    minIntervalMs: 1_000,
    async read() {
      const d = now()
      const minute = d.getHours() * 60 + d.getMinutes()
      const inside = parsed.some(([a, b]) => (a <= b ? minute >= a && minute < b : minute >= a || minute < b))
      return {
        isActive: !inside,
        reason: inside ? 'within configured hours' : `outside configured hours ${options.windows.join(', ')}`,
      }
    },
  }
}

/** Parses "HH:MM-HH:MM" into minutes of the day. */
export function parseWindow(text: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(text.trim())
  const values = m === null ? [] : m.slice(1).map(Number)
  if (values.length !== 4 || values[0]! > 24 || values[2]! > 24 || values[1]! > 59 || values[3]! > 59) {
    throw new Error(`hours must look like 09:00-17:30, got ${JSON.stringify(text)}`)
  }
  return [values[0]! * 60 + values[1]!, values[2]! * 60 + values[3]!]
}

/** A signal a test or an owner's own tool sets by hand. */
export function manualSignal(name = 'manual'): OwnerSignal & { set(isActive: boolean, reason?: string): void } {
  let state: ActivityReading = { isActive: false, reason: 'idle' }
  return {
    name,
    minIntervalMs: 0,
    set(isActive, reason = isActive ? 'set active' : 'idle') {
      state = { isActive, reason }
    },
    async read() {
      return state
    },
  }
}
