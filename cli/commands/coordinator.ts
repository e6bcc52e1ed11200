import { Command } from 'commander'
import { startCoordinator } from '../../coordinator/index.ts'
import { fromEnv } from '../options.ts'
import { waitForShutdownSignal } from '../wait-for-signal.ts'

/** `rigpool coordinator start`. */
export function register(program: Command): void {
  const coordinator = program.command('coordinator').description('run the market: matching, scheduling, verification')
  coordinator
    .command('start')
    .description('start a coordinator and print the multiaddr providers and clients dial')
    .option('--data-dir <dir>', 'keys, models and database (env RIGPOOL_DATA_DIR)', fromEnv('DATA_DIR') ?? '.rigpool/coordinator')
    .option('--listen <multiaddr...>', 'addresses to listen on (env RIGPOOL_LISTEN)', fromEnv('LISTEN')?.split(',') ?? ['/ip4/127.0.0.1/tcp/4100'])
    .action(async (opts: { dataDir: string; listen: string[] }) => {
      const c = await startCoordinator({
        dataDir: opts.dataDir,
        listen: opts.listen,
        log: (msg, fields) => console.error(JSON.stringify({ msg, ...fields })),
      })
      for (const a of c.multiaddrs) console.log(a)
      await waitForShutdownSignal()
      await c.stop()
    })
}
