import { Command } from 'commander'
import { startProvider } from '../../provider-agent/index.ts'
import { fromEnv, parseBaseUnits } from '../options.ts'
import { waitForShutdownSignal } from '../wait-for-signal.ts'

/** `rigpool provider start`. */
export function register(program: Command): void {
  const provider = program.command('provider').description("earn with an idle GPU; steps aside when its owner plays")
  provider
    .command('start')
    .description('advertise this rig to a coordinator and run its tasks')
    .requiredOption('--coordinator <multiaddr>', 'coordinator address ending in /p2p/<PeerId> (env RIGPOOL_COORDINATOR)', fromEnv('COORDINATOR'))
    .requiredOption('--price <base units>', 'price per GPU-hour in token base units (env RIGPOOL_PRICE)', parseBaseUnits, fromEnv('PRICE') === undefined ? undefined : parseBaseUnits(fromEnv('PRICE')!))
    .option('--data-dir <dir>', 'keys, model cache and journal (env RIGPOOL_DATA_DIR)', fromEnv('DATA_DIR') ?? '.rigpool/provider')
    .option('--threads <n>', 'onnxruntime intra-op threads', (v) => Number(v))
    .action(async (opts: { coordinator: string; price: bigint; dataDir: string; threads?: number }) => {
      const agent = await startProvider({
        dataDir: opts.dataDir,
        coordinator: opts.coordinator,
        pricePerGpuHour: opts.price,
        intraOpNumThreads: opts.threads,
        log: (msg, fields) => console.error(JSON.stringify({ msg, ...fields })),
      })
      console.log(`provider ${agent.peerId} registered (eth ${agent.ethAddress})`)
      await waitForShutdownSignal()
      await agent.stop()
    })
}
