import { existsSync } from 'node:fs'
import { Command } from 'commander'
import { getAddress, isAddress, type Address } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { RigpoolError } from '../../protocol/index.ts'
import {
  createRigpoolPublicClient,
  formatEarnings,
  openSettlementDb,
  PayeeChannels,
  summarizeEarnings,
  type Earnings,
} from '../../settlement/index.ts'
import { loadKey, resolveSettlement, settlementOptions, type SettlementFlags } from '../settlement-context.ts'

const DEFAULT_DATA_DIR = '.rigpool/provider'
const FIGURES = ['delivered', 'vouchered', 'withdrawn', 'pending', 'unvouchered'] as const

/** The earnings of a payee, read from its settlement database alone (no RPC). */
function earningsOf(dbPath: string, payee: Address, r: ReturnType<typeof resolveSettlement>): ReturnType<typeof summarizeEarnings> {
  // No database yet: nothing earned, and nothing is created just by asking.
  if (!existsSync(dbPath)) return summarizeEarnings([])
  const db = openSettlementDb(dbPath)
  try {
    const publicClient = createRigpoolPublicClient({ rpcUrl: r.rpcUrl, chainId: r.deployment.chainId })
    return summarizeEarnings(new PayeeChannels({ db, deployment: r.deployment, publicClient, payee }).list())
  } finally {
    db.close()
  }
}

/** `rigpool provider earnings`: delivered, vouchered, withdrawn, pending (registered under `provider`). */
export function register(program: Command): void {
  const provider = program.commands.find((c) => c.name() === 'provider')
  if (provider !== undefined) {
    addEarnings(provider)
    return
  }
  // 'provider-earnings.ts' sorts before 'provider.ts' ('-' < '.'), so `provider` may not exist
  // yet: attach just before commander dispatches to it (its parse and --help then see it).
  program.hook('preSubcommand', (_program, sub) => {
    if (sub.name() === 'provider' && !sub.commands.some((c) => c.name() === 'earnings')) addEarnings(sub)
  })
}

function addEarnings(provider: Command): void {
  settlementOptions(provider.command('earnings').description("what this rig earned, in token units (reads <data-dir>/settlement.sqlite)"), DEFAULT_DATA_DIR)
    .option('--payout <address>', 'the payout address channels pay (default: the key file\'s address)')
    .option('--json', 'machine-readable output')
    .action((flags: Partial<SettlementFlags> & { payout?: string; json?: boolean }) => {
      const r = resolveSettlement(flags, DEFAULT_DATA_DIR)
      let payee: Address
      if (flags.payout !== undefined) {
        if (!isAddress(flags.payout, { strict: false })) throw new RigpoolError('E_CONFIG', `not an address: ${JSON.stringify(flags.payout)}`)
        payee = getAddress(flags.payout)
      } else {
        payee = privateKeyToAccount(loadKey(r.keyFile)).address
      }
      const e = earningsOf(r.dbPath, payee, r)
      const d = r.deployment
      const human = formatEarnings(e, d.tokenDecimals)
      if (flags.json === true) {
        const baseUnits = Object.fromEntries(FIGURES.map((k) => [k, e[k].toString()])) as Record<keyof Earnings, string>
        const channels = e.channels.map((c) => ({
          channelId: c.channelId,
          state: c.state,
          ...formatEarnings(c, d.tokenDecimals),
        }))
        console.log(JSON.stringify({ payee, symbol: d.tokenSymbol, ...human, baseUnits, channels }, null, 2))
        return
      }
      const withSymbol = formatEarnings(e, d.tokenDecimals, d.tokenSymbol)
      console.log(`earnings of ${payee} (${e.channels.length} channel${e.channels.length === 1 ? '' : 's'})`)
      for (const k of FIGURES) console.log(`  ${k.padEnd(12)} ${withSymbol[k]}`)
    })
}
