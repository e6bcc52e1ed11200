import { join } from 'node:path'
import { multiaddr } from '@multiformats/multiaddr'
import { peerIdFromString } from '@libp2p/peer-id'
import {
  createRigpoolNode,
  loadOrCreateEthAccount,
  pricePerMillionItems,
  RigpoolError,
  type ModelOffer,
  type ProviderState,
  type RigpoolNode,
} from '../protocol/index.ts'
import { buildAdvert } from './adverts/build-advert.ts'
import { Advertiser } from './adverts/advertiser.ts'
import { DevicePool, startDevices, type StartDevicesOptions, type StartedDevice } from './devices/index.ts'
import { TaskJournal } from './journal/index.ts'
import { ProviderMetrics, serveMetrics } from './metrics/index.ts'
import { handBackAll, ownerFirstPolicy, type IdleConfig } from './owner-first.ts'
import { probeHardware, type HardwareReport } from './probe/index.ts'
import { fetchModel } from './services/model-fetcher.ts'
import { SessionClient } from './services/session-client.ts'
import { ModelStore } from './executor/index.ts'
import { TaskServer } from './services/task-server.ts'
import { ProviderPayments, type ProviderChainConfig } from './payments.ts'
import type { IdlePolicy } from './idle/index.ts'
import type { TaskRunner } from './services/task-runner.ts'

export interface ProviderConfig {
  dataDir: string
  /** The coordinator's multiaddr ending in /p2p/<PeerId>. */
  coordinator: string
  /** The owner's price, token base units per GPU-hour. */
  pricePerGpuHour: bigint
  listen?: string[]
  /** Overrides the execution-provider candidates (tried in order, the first that works is used). */
  executionProviders?: string[]
  intraOpNumThreads?: number
  /** onnxruntime graph optimisation (default the executor's); honest drift between levels is calibrated. */
  graphOptimizationLevel?: StartDevicesOptions['graphOptimizationLevel']
  maxBatch?: number
  maxTaskBytes?: number
  /** Models above this many bytes are refused (a model is untrusted input). */
  maxModelBytes?: number
  /** Disk the model cache may use under <dataDir>/models. Default 4 GiB. */
  modelCacheBytes?: number
  /** Estimated memory the onnxruntime sessions of one device may hold. Default 2 GiB. */
  sessionBudgetBytes?: number
  /** Standard benchmark duration at start (ms); 0 skips it. Default 1500. */
  benchmarkMs?: number
  selfCheckModel?: StartDevicesOptions['selfCheckModel']
  /** Skips the hardware probe (tests, or an owner who states the hardware). */
  hardware?: HardwareReport
  /** The owner-first policy; false turns it off. Default: game list + nvidia-smi readers. */
  idle?: IdleConfig | false
  /** How long a drain (stop) waits for running tasks before handing them back. Default 30 s. */
  drainGraceMs?: number
  /** Serve Prometheus metrics on this port (0: a free one). Absent: no endpoint. */
  metricsPort?: number
  metricsHost?: string
  advertTtlMs?: number
  /** Settlement: stake under the coordinator, take its vouchers, redeem them. Absent: unpaid. */
  chain?: ProviderChainConfig
  /**
   * Test seam, never set in production: wraps the agent's real task runner so that tests
   * (test/adversaries) can make a provider cheat on top of its own executor.
   */
  wrapRunner?: (runner: TaskRunner) => TaskRunner
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

export interface ProviderAgent {
  node: RigpoolNode
  peerId: string
  ethAddress: string
  hardware: HardwareReport
  devices: StartedDevice[]
  metrics: ProviderMetrics
  metricsUrl?: string
  journal: TaskJournal
  advertiser: Advertiser
  /** Channels, vouchers and stake, when the agent is on a chain. */
  payments?: ProviderPayments
  /** Offers per model measured so far (what the advert lists). */
  models(): ModelOffer[]
  state(): ProviderState
  /** Why paused (empty otherwise). */
  pauseReason(): string
  /** Finishes running tasks within drainGraceMs (then hands back the rest), deregisters and stops. */
  stop(): Promise<void>
}

const AGENT_VERSION = 'rigpool-provider/0.2.0'

/** Starts a provider agent: probe, executors per device, task server, session, adverts, idle policy, journal, metrics. */
export async function startProvider(config: ProviderConfig): Promise<ProviderAgent> {
  if (config.pricePerGpuHour <= 0n) throw new RigpoolError('E_CONFIG', 'price per GPU-hour must be positive')
  const coordinatorAddr = multiaddr(config.coordinator)
  const coordinatorPeer = coordinatorAddr.getComponents().find((c) => c.name === 'p2p')?.value
  if (coordinatorPeer === undefined)
    throw new RigpoolError('E_CONFIG', 'the coordinator multiaddr must end in /p2p/<PeerId>')
  const log = config.log
  const account = loadOrCreateEthAccount(config.dataDir)
  const hardware = config.hardware ?? (await probeHardware())
  const modelStore = await ModelStore.open({ dir: join(config.dataDir, 'models'), budgetBytes: config.modelCacheBytes ?? 4 * 1024 ** 3 })
  const devices = await startDevices({ ...config, hardware, modelStore, log })
  const journal = TaskJournal.open(config.dataDir)
  const metrics = new ProviderMetrics()
  metrics.gflops.set(devices.reduce((n, d) => n + d.gflops, 0))
  let node: RigpoolNode | undefined
  try {
    node = await createRigpoolNode({ dataDir: config.dataDir, listen: config.listen })
  } catch (err) {
    journal.close()
    throw err
  }
  const payments = config.chain === undefined ? undefined : new ProviderPayments(config.chain, config.dataDir, log)
  const maxTaskBytes = config.maxTaskBytes ?? 256 * 1024 * 1024
  let state: ProviderState = 'ready'
  let pauseReason = ''
  // Set once the session exists (the advertiser sends on it); state changes before that publish nothing.
  const late: { advertiser?: Advertiser } = {}
  const setState = (next: ProviderState, reason = ''): void => {
    if (next === state) return
    state = next
    metrics.setState(next)
    journal.setStatus({
      state: next,
      reason,
      peerId: node.peerId.toString(),
      pid: process.pid,
      updatedAtMs: Date.now(),
    })
    void late.advertiser?.publish(`state ${next}`)
  }
  const pool = new DevicePool(devices, (modelId, speed, isFirst) => {
    metrics.itemsPerSecond.set({ model: modelId }, speed.itemsPerSecond)
    if (isFirst) void late.advertiser?.publish('model measured')
  })
  const models = (): ModelOffer[] =>
    pool.models().map(([modelId, s]) => ({
      modelId,
      itemsPerSecond: s.itemsPerSecond,
      batchSize: s.batchSize,
      pricePerMillionItems: pricePerMillionItems(config.pricePerGpuHour, s.itemsPerSecond),
    }))

  const taskServer = new TaskServer({
    node,
    coordinator: peerIdFromString(coordinatorPeer),
    account,
    runner: config.wrapRunner?.(pool) ?? pool,
    fetchModel: (modelId, signal) =>
      fetchModel(node, peerIdFromString(coordinatorPeer), modelId, { signal, maxModelBytes: config.maxModelBytes }),
    maxTaskBytes,
    isAccepting: () => state === 'ready' || state === 'busy',
    onActivity: (running) => {
      if (state === 'ready' || state === 'busy') setState(running > 0 ? 'busy' : 'ready')
    },
    onTaskEvent: (e) => {
      if (e.kind === 'received') {
        journal.received(e.taskId, e.modelId, e.itemCount)
        payments?.taskReceived(e.taskId, e.pricePerMillionItems)
      } else if (e.kind === 'started') journal.started(e.taskId)
      else {
        journal.ended(e.taskId, e.state, { computeMs: e.computeMs, errorCode: e.errorCode })
        if (e.state === 'finished') payments?.taskFinished(e.taskId, e.itemCount)
        else payments?.taskDropped(e.taskId)
        metrics.tasks.inc({ outcome: e.state })
        if (e.state === 'finished') metrics.items.inc(e.itemCount)
      }
    },
    log,
  })
  await taskServer.start()

  const session: SessionClient = new SessionClient({
    node,
    coordinator: coordinatorAddr,
    agentVersion: AGENT_VERSION,
    advert: () => advertiser.sign(),
    onRegistered: (reply) => payments?.registered(reply.coordinatorEthAddress, reply.feeBps),
    onMessage: (msg) => {
      if (msg.kind === 'voucher' && payments !== undefined) void payments.voucher(msg.voucher).then((ack) => session.send(ack))
    },
    log,
  })
  const advertiser: Advertiser = new Advertiser({
    node,
    account,
    ttlMs: config.advertTtlMs ?? 60_000,
    sendOnSession: (advert) => session.send({ kind: 'advert', advert }),
    current: () => {
      return buildAdvert({
        peerId: node.peerId.toString(),
        ethAddress: account.address,
        payoutAddress: payments?.payout ?? account.address,
        hardware,
        settings: pool.settings(),
        executionProviderLog: devices
          .flatMap((d) => (devices.length > 1 ? d.attemptLog.map((l) => `${d.label}: ${l}`) : d.attemptLog))
          .slice(0, 16),
        benchmarkGflops: devices.reduce((n, d) => n + d.gflops, 0),
        pricePerGpuHour: config.pricePerGpuHour,
        models: models(),
        freeSlots: Math.max(0, devices.length - taskServer.runningTasks),
        state,
        seq: 0,
        ttlMs: 0,
        maxTaskBytes,
        nowMs: 0,
      })
    },
    log,
  })
  journal.setStatus({ state, reason: '', peerId: node.peerId.toString(), pid: process.pid, updatedAtMs: Date.now() })
  session.start()
  late.advertiser = advertiser
  advertiser.start()
  let policy: IdlePolicy | undefined
  if (config.idle !== false) {
    policy = ownerFirstPolicy({
      config: config.idle ?? {},
      taskServer,
      send: (msg) => session.send(msg),
      setPaused: (isPaused, reason) => {
        pauseReason = reason
        if (state !== 'draining') setState(isPaused ? 'paused' : taskServer.runningTasks > 0 ? 'busy' : 'ready', reason)
      },
      log,
    })
    policy.start()
  }
  const metricsServer =
    config.metricsPort === undefined
      ? undefined
      : await serveMetrics(metrics, { port: config.metricsPort, host: config.metricsHost })
  try {
    await session.waitRegistered({ timeoutMs: 30_000 })
  } catch (err) {
    await policy?.stop()
    await payments?.stop()
    await session.stop()
    await taskServer.stop()
    await node.stop()
    await pool.close()
    await metricsServer?.close()
    journal.close()
    throw err
  }
  log?.('provider registered', {
    peerId: node.peerId.toString(),
    devices: devices.map((d) => `${d.label}: ${d.executionProvider}`),
  })

  let stopping: Promise<void> | undefined
  return {
    node,
    peerId: node.peerId.toString(),
    ethAddress: account.address,
    hardware,
    devices,
    metrics,
    metricsUrl: metricsServer?.url,
    journal,
    advertiser,
    payments,
    models,
    state: () => state,
    pauseReason: () => pauseReason,
    stop() {
      stopping ??= (async () => {
        setState('draining', 'stopping')
        await policy?.stop()
        await session.send({
          kind: 'pause',
          reason: 'draining',
          handBack: false,
          graceMs: config.drainGraceMs ?? 30_000,
        })
        if (!(await taskServer.waitIdle({ timeoutMs: config.drainGraceMs ?? 30_000 }))) {
          await handBackAll(taskServer, (m) => session.send(m), 'provider stopping')
          await taskServer.waitIdle({ timeoutMs: 10_000 })
        }
        advertiser.stop()
        await session.stop()
        await taskServer.stop()
        await node.stop()
        await pool.close()
        await metricsServer?.close()
        await payments?.stop()
        journal.setStatus({
          state: 'stopped',
          reason: '',
          peerId: node.peerId.toString(),
          pid: process.pid,
          updatedAtMs: Date.now(),
        })
        journal.close()
      })()
      return stopping
    },
  }
}
