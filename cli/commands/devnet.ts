import { resolve } from 'node:path'
import { Command } from 'commander'
import { deploymentPath, formatTokenAmount, startDevnet, tokenBalance } from '../../settlement/index.ts'
import { fromEnv } from '../options.ts'
import { DEFAULT_DEVNET_DIR, DEFAULT_DEVNET_PORT } from '../settlement-context.ts'
import { waitForShutdownSignal } from '../wait-for-signal.ts'

const port = (v: string): number => {
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`expected a port (0 picks a free one), got ${v}`)
  return n
}

/** `rigpool devnet`: a local chain with the contracts deployed and dev accounts funded. */
export function register(program: Command): void {
  program
    .command('devnet')
    .description('run a local chain (anvil) with the rigpool contracts and a test stablecoin; state kept in --data-dir')
    .option('--data-dir <dir>', `chain state and deployment.json (default ${DEFAULT_DEVNET_DIR})`, DEFAULT_DEVNET_DIR)
    .option('--port <port>', `RPC port on 127.0.0.1; 0 picks a free one (env RIGPOOL_DEVNET_PORT; default ${DEFAULT_DEVNET_PORT})`, port)
    .option('--show-keys', "also print the dev accounts' private keys (anvil's public test keys: devnet only)")
    .action(async (opts: { dataDir: string; port?: number; showKeys?: boolean }) => {
      const envPort = fromEnv('DEVNET_PORT')
      const devnet = await startDevnet({
        dataDir: opts.dataDir,
        port: opts.port ?? (envPort === undefined ? DEFAULT_DEVNET_PORT : port(envPort)),
      })
      const d = devnet.deployment
      const fmt = (v: bigint): string => formatTokenAmount(v, d.tokenDecimals, { symbol: d.tokenSymbol })
      console.log('rigpool devnet')
      console.log(`  rpc          ${devnet.rpcUrl}`)
      console.log(`  chain id     ${devnet.chainId}`)
      console.log(`  channels     ${d.channels}`)
      console.log(`  token        ${d.token} (${d.tokenSymbol}, ${d.tokenDecimals} decimals)`)
      console.log(`  deployment   ${resolve(deploymentPath(opts.dataDir))}`)
      console.log(`  state        ${resolve(opts.dataDir)} (kept across restarts)`)
      console.log('dev accounts (funded):')
      for (const [i, a] of devnet.accounts.entries()) {
        const balance = await tokenBalance(devnet.publicClient, d.token, a.address)
        console.log(`  ${String(i).padStart(2)}  ${a.address}  ${fmt(balance)}`)
      }
      if (opts.showKeys === true) {
        console.log("dev private keys: PUBLIC anvil test keys, known to everyone; never send real money to them:")
        for (const [i, a] of devnet.accounts.entries()) console.log(`  ${String(i).padStart(2)}  ${a.privateKey}`)
      }
      console.log(`use: rigpool channel list --rpc ${devnet.rpcUrl} --deployment ${resolve(deploymentPath(opts.dataDir))}`)
      console.log('running; Ctrl-C to stop')
      await waitForShutdownSignal()
      await devnet.stop()
      console.log('devnet stopped')
    })
}
