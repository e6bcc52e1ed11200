import { Command } from 'commander'
import pino from 'pino'
import { loadProviderConfig, startProvider, type ProviderConfigSources } from '../../provider-agent/index.ts'
import { parsePositiveInt } from '../options.ts'
import { waitForShutdownSignal } from '../wait-for-signal.ts'
import { registerProbe } from './provider-probe.ts'
import { registerStatus } from './provider-status.ts'
import { chainFromFlags, chainOptions, parsePositiveAmount, type ChainFlags } from '../settlement-context.ts'

const list = (v: string): string[] =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
const num = (v: string): number => {
  const n = Number(v)
  if (!Number.isFinite(n) || n < 0) throw new Error(`expected a non-negative number, got ${v}`)
  return n
}

interface StartFlags extends ChainFlags {
  stake?: string
  config?: string
  coordinator?: string
  price?: string
  dataDir?: string
  listen?: string[]
  ep?: string[]
  threads?: number
  maxBatch?: number
  benchmarkMs?: number
  metricsPort?: number
  metricsHost?: string
  idle?: boolean
  games?: string[]
  extraGames?: string[]
  pauseCpuCores?: number
  hours?: string[]
  onPause?: 'finish' | 'handBack'
  graceMs?: number
  resumeAfterMs?: number
  drainGraceMs?: number
  logLevel?: string
}

/** `rigpool provider start | probe | status`. */
export function register(program: Command): void {
  const provider = program.command('provider').description('earn with an idle GPU; steps aside when its owner plays')
  chainOptions(provider.command('start'))
    .option('--stake <amount>', 'keep this much staked under the coordinator, token units (with --rpc/--deployment)')
    .description(
      'probe this rig, benchmark it, advertise it to a coordinator and run its tasks (flags > RIGPOOL_* env > --config file)',
    )
    .option('--config <file>', 'JSON config file with the same settings (env RIGPOOL_CONFIG)')
    .option('--coordinator <multiaddr>', 'coordinator address ending in /p2p/<PeerId> (env RIGPOOL_COORDINATOR)')
    .option('--price <base units>', 'price per GPU-hour in token base units (env RIGPOOL_PRICE)')
    .option('--data-dir <dir>', 'keys, model cache and task journal (env RIGPOOL_DATA_DIR; default .rigpool/provider)')
    .option('--listen <multiaddrs>', 'comma-separated listen addresses (env RIGPOOL_LISTEN)', list)
    .option(
      '--ep <list>',
      'execution providers to try, in order (default: cuda/dml/webgpu where they fit, then cpu)',
      list,
    )
    .option('--threads <n>', 'onnxruntime intra-op threads (env RIGPOOL_THREADS)', parsePositiveInt)
    .option('--max-batch <n>', 'largest batch per session call', parsePositiveInt)
    .option('--benchmark-ms <ms>', 'standard benchmark duration at start; 0 skips it', num)
    .option('--metrics-port <port>', 'serve Prometheus /metrics on this port (env RIGPOOL_METRICS_PORT)', num)
    .option('--metrics-host <host>', 'address for /metrics (default 127.0.0.1)')
    .option('--no-idle', 'never pause for the owner (not recommended on a rig someone uses)')
    .option('--games <names>', 'replace the list of game/launcher processes that pause the agent', list)
    .option('--extra-games <names>', 'add process names to the default game list', list)
    .option('--pause-cpu-cores <n>', 'pause when other processes use more than n cores (0: ignore CPU load)', num)
    .option('--hours <windows>', 'only work within these hours, e.g. 01:00-08:00,22:00-24:00', list)
    .option('--on-pause <policy>', "'finish' running tasks within --grace-ms, or 'handBack' at once", (v) => {
      if (v !== 'finish' && v !== 'handBack') throw new Error("expected 'finish' or 'handBack'")
      return v
    })
    .option('--grace-ms <ms>', 'how long a paused agent may finish its running tasks', num)
    .option('--resume-after-ms <ms>', 'resume after the rig has been idle this long', num)
    .option(
      '--drain-grace-ms <ms>',
      'on SIGINT/SIGTERM, how long to finish running tasks before handing them back',
      num,
    )
    .option('--log-level <level>', 'pino log level (env RIGPOOL_LOG_LEVEL)', process.env.RIGPOOL_LOG_LEVEL ?? 'info')
    .action(async (opts: StartFlags) => {
      const log = pino({ level: opts.logLevel ?? 'info', base: { service: 'rigpool-provider' } }, pino.destination(2))
      const sources: ProviderConfigSources = {
        file: opts.config,
        env: process.env,
        flags: {
          coordinator: opts.coordinator,
          price: opts.price,
          dataDir: opts.dataDir,
          listen: opts.listen,
          executionProviders: opts.ep,
          threads: opts.threads,
          maxBatch: opts.maxBatch,
          benchmarkMs: opts.benchmarkMs,
          metricsPort: opts.metricsPort,
          metricsHost: opts.metricsHost,
          idle: opts.idle === false ? false : undefined,
          games: opts.games,
          extraGames: opts.extraGames,
          pauseCpuCores: opts.pauseCpuCores,
          hours: opts.hours,
          onPause: opts.onPause,
          graceMs: opts.graceMs,
          resumeAfterMs: opts.resumeAfterMs,
          drainGraceMs: opts.drainGraceMs,
        },
      }
      const config = loadProviderConfig(sources)
      const onChain = chainFromFlags(opts)
      const chain = onChain === undefined ? undefined : { ...onChain, stake: opts.stake === undefined ? undefined : parsePositiveAmount(opts.stake, onChain.deployment) }
      const agent = await startProvider({ ...config, chain, log: (msg, fields) => log.info(fields ?? {}, msg) })
      const d = agent.devices.map(
        (x) => `${x.label} on ${x.executionProvider} (${x.precision.precision}, ${x.gflops.toFixed(1)} GFLOP/s)`,
      )
      console.log(`provider ${agent.peerId} registered (eth ${agent.ethAddress}); ${d.join('; ')}`)
      if (agent.metricsUrl !== undefined) console.log(`metrics at ${agent.metricsUrl}`)
      const signal = await waitForShutdownSignal()
      log.info({ signal, running: agent.journal.openTasks().length }, 'draining')
      await agent.stop()
      log.info('stopped')
      log.flush()
    })
  registerProbe(provider)
  registerStatus(provider)
}
