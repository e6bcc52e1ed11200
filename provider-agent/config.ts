import { readFileSync } from 'node:fs'
import { RigpoolError } from '../protocol/index.ts'
import type { ProviderConfig } from './agent.ts'
import { DEFAULT_GAME_PROCESSES } from './idle/index.ts'
import { parseWindow } from './idle/signals.ts'

/** Flat settings as they come from flags, RIGPOOL_* variables or the JSON config file (all optional). */
export interface ProviderSettings {
  coordinator?: string
  price?: string
  dataDir?: string
  listen?: string[]
  executionProviders?: string[]
  threads?: number
  maxBatch?: number
  maxTaskBytes?: number
  benchmarkMs?: number
  metricsPort?: number
  metricsHost?: string
  drainGraceMs?: number
  idle?: boolean
  games?: string[]
  extraGames?: string[]
  pauseCpuCores?: number
  gpuPercent?: number
  hours?: string[]
  processPollMs?: number
  resumeAfterMs?: number
  onPause?: 'finish' | 'handBack'
  graceMs?: number
}

export interface ProviderConfigSources {
  flags?: ProviderSettings
  env?: NodeJS.ProcessEnv
  /** A JSON file of ProviderSettings (flag --config or RIGPOOL_CONFIG). */
  file?: string
}

const LISTS = ['listen', 'executionProviders', 'games', 'extraGames', 'hours'] as const
const NUMBERS = [
  'threads',
  'maxBatch',
  'maxTaskBytes',
  'benchmarkMs',
  'metricsPort',
  'drainGraceMs',
  'pauseCpuCores',
  'gpuPercent',
  'processPollMs',
  'resumeAfterMs',
  'graceMs',
] as const
const STRINGS = ['coordinator', 'price', 'dataDir', 'metricsHost', 'onPause'] as const

const envName = (key: string): string => `RIGPOOL_${key.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase()}`

/** Settings from RIGPOOL_* variables (RIGPOOL_DATA_DIR, RIGPOOL_PAUSE_CPU_CORES, lists comma-separated). */
export function settingsFromEnv(env: NodeJS.ProcessEnv): ProviderSettings {
  const out: Record<string, unknown> = {}
  const get = (k: string): string | undefined => (env[envName(k)] === '' ? undefined : env[envName(k)])
  for (const k of STRINGS) if (get(k) !== undefined) out[k] = get(k)
  for (const k of LISTS)
    if (get(k) !== undefined)
      out[k] = get(k)!
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
  for (const k of NUMBERS) if (get(k) !== undefined) out[k] = Number(get(k))
  if (get('idle') !== undefined) out.idle = !/^(0|false|no|off)$/i.test(get('idle')!)
  return out as ProviderSettings
}

/** Reads and checks a JSON config file. */
export function settingsFromFile(path: string): ProviderSettings {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (err) {
    throw new RigpoolError(
      'E_CONFIG',
      `cannot read config file ${path}: ${err instanceof Error ? err.message : String(err)}`,
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new RigpoolError('E_CONFIG', `${path} must hold a JSON object`)
  const known = new Set<string>([...LISTS, ...NUMBERS, ...STRINGS, 'idle'])
  for (const key of Object.keys(parsed))
    if (!known.has(key)) throw new RigpoolError('E_CONFIG', `unknown setting ${JSON.stringify(key)} in ${path}`)
  const s = parsed as Record<string, unknown>
  if (typeof s.price === 'number') s.price = String(s.price)
  return s as ProviderSettings
}

function merge(...layers: ProviderSettings[]): ProviderSettings {
  const out: Record<string, unknown> = {}
  for (const layer of layers) for (const [k, v] of Object.entries(layer)) if (v !== undefined) out[k] = v
  return out as ProviderSettings
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new RigpoolError('E_CONFIG', message)
}

/** Config precedence (DESIGN.md §10): flags, then RIGPOOL_* variables, then the config file, then defaults. */
export function loadProviderConfig(sources: ProviderConfigSources): Omit<ProviderConfig, 'log'> {
  const env = settingsFromEnv(sources.env ?? {})
  const filePath = sources.file ?? (sources.env ?? {}).RIGPOOL_CONFIG
  const s = merge(filePath === undefined || filePath === '' ? {} : settingsFromFile(filePath), env, sources.flags ?? {})
  check(
    typeof s.coordinator === 'string' && s.coordinator.length > 0,
    'the coordinator address is required (--coordinator or RIGPOOL_COORDINATOR)',
  )
  check(
    typeof s.price === 'string' && /^\d+$/.test(s.price),
    'the price per GPU-hour is required, in whole token base units (--price or RIGPOOL_PRICE)',
  )
  for (const k of NUMBERS) {
    const v = s[k]
    check(
      v === undefined || (typeof v === 'number' && Number.isFinite(v) && v >= 0),
      `${k} must be a non-negative number`,
    )
  }
  for (const k of LISTS)
    check(
      s[k] === undefined || (Array.isArray(s[k]) && s[k].every((x) => typeof x === 'string')),
      `${k} must be a list of strings`,
    )
  check(
    s.onPause === undefined || s.onPause === 'finish' || s.onPause === 'handBack',
    'onPause must be finish or handBack',
  )
  try {
    for (const h of s.hours ?? []) parseWindow(h)
  } catch (err) {
    throw new RigpoolError('E_CONFIG', (err as Error).message)
  }
  const price = BigInt(s.price!)
  check(price > 0n, 'the price per GPU-hour must be positive')
  return {
    dataDir: s.dataDir ?? '.rigpool/provider',
    coordinator: s.coordinator!,
    pricePerGpuHour: price,
    listen: s.listen,
    executionProviders: s.executionProviders,
    intraOpNumThreads: s.threads,
    maxBatch: s.maxBatch,
    maxTaskBytes: s.maxTaskBytes,
    benchmarkMs: s.benchmarkMs,
    metricsPort: s.metricsPort,
    metricsHost: s.metricsHost,
    drainGraceMs: s.drainGraceMs,
    idle:
      s.idle === false
        ? false
        : {
            games: [...(s.games ?? DEFAULT_GAME_PROCESSES), ...(s.extraGames ?? [])],
            cpuCores: s.pauseCpuCores,
            gpuPercent: s.gpuPercent,
            hours: s.hours,
            processPollMs: s.processPollMs,
            pollMs: 1_000,
            resumeAfterIdleMs: s.resumeAfterMs,
            onPause: s.onPause,
            graceMs: s.graceMs,
          },
  }
}
