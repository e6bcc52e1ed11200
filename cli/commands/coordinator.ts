import { Command } from 'commander'
import { startCoordinator } from '../../coordinator/index.ts'
import { pinoLog } from '../../coordinator/observability/logger.ts'
import { fromEnv, parsePositiveInt } from '../options.ts'
import { chainFromFlags, chainOptions, parsePositiveAmount, type ChainFlags } from '../settlement-context.ts'
import { waitForShutdownSignal } from '../wait-for-signal.ts'

interface StartOptions extends ChainFlags {
  feeBps: number
  creditStep?: string
  dataDir: string
  listen: string[]
  httpHost: string
  httpPort?: number
  http: boolean
  retentionHours: number
}

/** `rigpool coordinator start`. */
export function register(program: Command): void {
  const coordinator = program.command('coordinator').description('run the market: matching, scheduling, verification')
  chainOptions(coordinator.command('start'))
    .description('start a coordinator and print the multiaddr providers and clients dial, and the HTTP API URL')
    .option('--data-dir <dir>', 'keys, models and database (env RIGPOOL_DATA_DIR)', fromEnv('DATA_DIR') ?? '.rigpool/coordinator')
    .option('--listen <multiaddr...>', 'addresses to listen on (env RIGPOOL_LISTEN)', fromEnv('LISTEN')?.split(',') ?? ['/ip4/127.0.0.1/tcp/4100'])
    .option('--http-host <host>', 'HTTP API host (env RIGPOOL_HTTP_HOST)', fromEnv('HTTP_HOST') ?? '127.0.0.1')
    .option('--http-port <port>', 'HTTP API port (env RIGPOOL_HTTP_PORT)', parsePositiveInt, Number(fromEnv('HTTP_PORT') ?? 4180))
    .option('--no-http', 'no HTTP API')
    .option('--retention-hours <h>', 'keep results of finished jobs this long', parsePositiveInt, 24)
    .option('--fee-bps <bps>', 'fee kept from provider payouts, basis points (with --rpc/--deployment)', (v) => parseFeeBps(v), 500)
    .option('--credit-step <amount>', 'results run at most this far ahead of a client\'s vouchers, token units (default 1)')
    .action(async (opts: StartOptions) => {
      const log = pinoLog()
      const onChain = chainFromFlags(opts)
      const chain = onChain === undefined ? undefined : { ...onChain, feeBps: opts.feeBps, creditStep: opts.creditStep === undefined ? undefined : parsePositiveAmount(opts.creditStep, onChain.deployment) }
      const c = await startCoordinator({
        chain,
        dataDir: opts.dataDir,
        listen: opts.listen,
        http: opts.http ? { host: opts.httpHost, port: opts.httpPort ?? 4180 } : undefined,
        retentionMs: opts.retentionHours * 3_600_000,
        log,
      })
      for (const a of c.multiaddrs) console.log(a)
      if (c.payments !== undefined) console.log(`paid on chain ${c.payments.settlement.deployment.chainId} at ${c.payments.settlement.address} (fee ${opts.feeBps} bps)`)
      if (c.httpUrl !== undefined) console.log(`HTTP API ${c.httpUrl} (OpenAPI at ${c.httpUrl}/v1/openapi.json, metrics at ${c.httpUrl}/metrics)`)
      if (c.recovered.jobs > 0) console.log(`resumed ${c.recovered.jobs} unfinished jobs (${c.recovered.requeued} tasks re-queued)`)
      await waitForShutdownSignal()
      await c.stop()
    })
}

function parseFeeBps(v: string): number {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new Error(`--fee-bps must be an integer within 0..10000, got ${v}`)
  return n
}
