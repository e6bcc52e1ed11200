// A real market for client tests: a coordinator and provider agents on loopback, in
// temp dirs removed on stop. No mocks.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InferenceSession, Tensor } from 'onnxruntime-node'
import { startCoordinator, type Coordinator, type CoordinatorConfig } from '../../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { fromOrtTensor, toOrtTensor, type NamedTensors, type WireTensor } from '../../protocol/index.ts'

export interface Market {
  coordinator: Coordinator
  coordinatorDir: string
  providers: ProviderAgent[]
  addr: string
  tempDir(): string
  /** Stops the coordinator and starts it again on the same address and data dir. */
  restartCoordinator(): Promise<void>
  stop(): Promise<void>
}

/** Starts a coordinator and `prices.length` providers (one thread each, owner-first policy off). */
export async function startMarket(options: { prices?: bigint[]; coordinator?: Partial<CoordinatorConfig> } = {}): Promise<Market> {
  const dirs: string[] = []
  const tempDir = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'rigpool-client-test-'))
    dirs.push(d)
    return d
  }
  const coordinatorDir = tempDir()
  const config: CoordinatorConfig = { dataDir: coordinatorDir, heartbeatIntervalMs: 500, ...options.coordinator }
  let coordinator = await startCoordinator(config)
  const addr = coordinator.multiaddrs[0]!
  const listen = [addr.split('/p2p/')[0]!]
  const providers = await Promise.all(
    (options.prices ?? [1_000_000n, 2_000_000n]).map((price) =>
      startProvider({ dataDir: tempDir(), coordinator: addr, pricePerGpuHour: price, intraOpNumThreads: 1, idle: false, benchmarkMs: 300 }),
    ),
  )
  const market: Market = {
    get coordinator() {
      return coordinator
    },
    coordinatorDir,
    providers,
    addr,
    tempDir,
    async restartCoordinator() {
      await coordinator.stop()
      coordinator = await startCoordinator({ ...config, listen })
    },
    async stop() {
      for (const p of providers) await p.stop().catch(() => {})
      await coordinator.stop().catch(() => {})
      for (const d of dirs) rmSync(d, { recursive: true, force: true })
    },
  }
  return market
}

/** Runs items through onnxruntime directly, one by one: the reference outputs. */
export async function runDirect(model: Uint8Array, items: NamedTensors[]): Promise<Array<Record<string, WireTensor>>> {
  const session = await InferenceSession.create(model, { intraOpNumThreads: 1 })
  const out: Array<Record<string, WireTensor>> = []
  for (const item of items) {
    const feeds: Record<string, Tensor> = {}
    for (const [name, t] of Object.entries(item)) feeds[name] = toOrtTensor(t)
    const r = await session.run(feeds)
    out.push(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fromOrtTensor(v)])))
  }
  await session.release()
  return out
}
