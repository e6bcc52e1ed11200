// What the client commands share: the coordinator and data dir options, and connecting.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { MarketClient } from '../../client-sdk/index.ts'
import { isModelId, modelIdOf, RigpoolError, type ModelId } from '../../protocol/index.ts'
import { fromEnv } from '../options.ts'
import { chainFromFlags, parsePositiveAmount, type ChainFlags } from '../settlement-context.ts'

export interface ClientFlags extends ChainFlags {
  deposit?: string
  coordinator?: string
  dataDir: string
  json?: boolean
}

/** Adds --coordinator, --data-dir and --json to a client command. */
export function clientOptions(cmd: Command): Command {
  return cmd
    .option('--coordinator <multiaddr>', 'the coordinator, ending in /p2p/<PeerId> (env RIGPOOL_COORDINATOR)', fromEnv('COORDINATOR'))
    .option('--data-dir <dir>', "the client's key and job records (env RIGPOOL_DATA_DIR)", fromEnv('DATA_DIR') ?? '.rigpool/client')
    .option('--json', 'print data as JSON')
    .option('--rpc <url>', "pay the coordinator as results arrive, on this chain (env RIGPOOL_RPC); the key is <data-dir>/eth.key")
    .option('--deployment <file>', 'contract addresses of that chain (env RIGPOOL_DEPLOYMENT)')
    .option('--deposit <amount>', 'a new channel to the coordinator starts with this much, token units (default 100)')
}

/** Connects with the flags (a typed error, within 10 s, when the coordinator is down). */
export async function connectClient(flags: ClientFlags, signal?: AbortSignal): Promise<MarketClient> {
  if (flags.coordinator === undefined) throw new RigpoolError('E_CONFIG', 'give --coordinator <multiaddr> or set RIGPOOL_COORDINATOR')
  const chain = chainFromFlags(flags)
  const payments = chain === undefined ? undefined : { ...chain, deposit: flags.deposit === undefined ? undefined : parsePositiveAmount(flags.deposit, chain.deployment) }
  return MarketClient.connect({ coordinator: flags.coordinator, dataDir: resolve(flags.dataDir), payments, signal, timeoutMs: 10_000 })
}

/** A model given as an .onnx path (read) or a model id. */
export function readModelArg(arg: string): { id: ModelId; bytes?: Uint8Array } {
  if (existsSync(arg)) {
    const bytes = new Uint8Array(readFileSync(arg))
    return { id: modelIdOf(bytes), bytes }
  }
  if (isModelId(arg)) return { id: arg }
  throw new RigpoolError('E_CONFIG', `${arg} is neither a file nor a model id`)
}

/** JSON with bigints as strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
}

/** Milliseconds as 1:05 or 1:02:05. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const pad = (n: number): string => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`
}
