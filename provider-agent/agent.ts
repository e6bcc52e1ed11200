import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import { OnnxRunner } from '../protocol/onnx/index.ts'
import {
  createRigpoolNode,
  RigpoolError,
  signAdvert,
  type ProviderState,
  type RigpoolNode,
} from '../protocol/index.ts'
import { basicHardware, buildAdvert } from './adverts/build-advert.ts'
import { loadOrCreateEthAccount } from '../protocol/index.ts'
import { fetchModel } from './services/model-fetcher.ts'
import { OnnxTaskRunner } from './services/onnx-task-runner.ts'
import { SessionClient } from './services/session-client.ts'
import { TaskServer } from './services/task-server.ts'

export interface ProviderConfig {
  dataDir: string
  /** The coordinator's multiaddr ending in /p2p/<PeerId>. */
  coordinator: string
  /** The owner's price, token base units per GPU-hour. */
  pricePerGpuHour: bigint
  listen?: string[]
  executionProviders?: string[]
  intraOpNumThreads?: number
  maxBatch?: number
  maxTaskBytes?: number
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

export interface ProviderAgent {
  node: RigpoolNode
  peerId: string
  ethAddress: string
  state(): ProviderState
  stop(): Promise<void>
}

const AGENT_VERSION = 'rigpool-provider/0.1.0'
const ADVERT_TTL_MS = 60_000

/** Starts a provider agent: libp2p node, ONNX worker, task server, session with the coordinator. */
export async function startProvider(config: ProviderConfig): Promise<ProviderAgent> {
  if (config.pricePerGpuHour <= 0n) throw new RigpoolError('E_CONFIG', 'price per GPU-hour must be positive')
  const coordinatorAddr = multiaddr(config.coordinator)
  const coordinatorPeer = coordinatorAddr.getComponents().find((c) => c.name === 'p2p')?.value
  if (coordinatorPeer === undefined) throw new RigpoolError('E_CONFIG', 'the coordinator multiaddr must end in /p2p/<PeerId>')
  const account = loadOrCreateEthAccount(config.dataDir)
  const runner = await OnnxRunner.start({ executionProviders: config.executionProviders, intraOpNumThreads: config.intraOpNumThreads })
  const taskRunner = new OnnxTaskRunner(runner, config.maxBatch ?? 32)
  const node = await createRigpoolNode({ dataDir: config.dataDir, listen: config.listen })
  const maxTaskBytes = config.maxTaskBytes ?? 256 * 1024 * 1024
  let state: ProviderState = 'ready'
  let seq = 0
  const log = config.log

  const taskServer = new TaskServer({
    node,
    coordinator: peerIdFromString(coordinatorPeer),
    account,
    runner: taskRunner,
    fetchModel: (modelId, signal) => fetchModel(node, peerIdFromString(coordinatorPeer), modelId, { signal }),
    maxTaskBytes,
    isAccepting: () => state === 'ready' || state === 'busy',
    onActivity: (running) => {
      if (state === 'ready' || state === 'busy') state = running > 0 ? 'busy' : 'ready'
    },
    log,
  })
  await taskServer.start()

  const session = new SessionClient({
    node,
    coordinator: coordinatorAddr,
    agentVersion: AGENT_VERSION,
    advert: async () =>
      signAdvert(
        account,
        buildAdvert({
          peerId: node.peerId.toString(),
          ethAddress: account.address,
          payoutAddress: account.address,
          hardware: basicHardware(),
          settings: taskRunner.settings(),
          executionProviderLog: [`${runner.settings().executionProvider}: ok`],
          benchmarkGflops: 0,
          pricePerGpuHour: config.pricePerGpuHour,
          models: [],
          freeSlots: 1,
          state,
          seq: ++seq,
          ttlMs: ADVERT_TTL_MS,
          maxTaskBytes,
          nowMs: Date.now(),
        }),
      ),
    log,
  })
  session.start()
  await session.waitRegistered({ timeoutMs: 30_000 })

  return {
    node,
    peerId: node.peerId.toString(),
    ethAddress: account.address,
    state: () => state,
    async stop() {
      state = 'draining'
      await session.stop()
      await taskServer.stop()
      await node.stop()
      await taskRunner.close()
    },
  }
}
