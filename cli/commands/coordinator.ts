import { Command } from 'commander'
import { startCoordinator } from '../../coordinator/index.ts'
import { pinoLog } from '../../coordinator/observability/logger.ts'
import { fromEnv, parsePositiveInt } from '../options.ts'
import { waitForShutdownSignal } from '../wait-for-signal.ts'

interface StartOptions {
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
  coordinator
    .command('start')
    .description('start a coordinator and print the multiaddr providers and clients dial, and the HTTP API URL')
    .option('--data-dir <dir>', 'keys, models and database (env RIGPOOL_DATA_DIR)', fromEnv('DATA_DIR') ?? '.rigpool/coordinator')
    .option('--listen <multiaddr...>', 'addresses to listen on (env RIGPOOL_LISTEN)', fromEnv('LISTEN')?.split(',') ?? ['/ip4/127.0.0.1/tcp/4100'])
    .option('--http-host <host>', 'HTTP API host (env RIGPOOL_HTTP_HOST)', fromEnv('HTTP_HOST') ?? '127.0.0.1')
    .option('--http-port <port>', 'HTTP API port (env RIGPOOL_HTTP_PORT)', parsePositiveInt, Number(fromEnv('HTTP_PORT') ?? 4180))
    .option('--no-http', 'no HTTP API')
    .option('--retention-hours <h>', 'keep results of finished jobs this long', parsePositiveInt, 24)
    .action(async (opts: StartOptions) => {
      const log = pinoLog()
      const c = await startCoordinator({
        dataDir: opts.dataDir,
        listen: opts.listen,
        http: opts.http ? { host: opts.httpHost, port: opts.httpPort ?? 4180 } : undefined,
        retentionMs: opts.retentionHours * 3_600_000,
        log,
      })
      for (const a of c.multiaddrs) console.log(a)
      if (c.httpUrl !== undefined) console.log(`HTTP API ${c.httpUrl} (OpenAPI at ${c.httpUrl}/v1/openapi.json, metrics at ${c.httpUrl}/metrics)`)
      if (c.recovered.jobs > 0) console.log(`resumed ${c.recovered.jobs} unfinished jobs (${c.recovered.requeued} tasks re-queued)`)
      await waitForShutdownSignal()
      await c.stop()
    })
}
