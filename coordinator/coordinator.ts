import { createRigpoolNode, loadOrCreateEthAccount, type RigpoolNode } from '../protocol/index.ts'
import { ClientService } from './api/client-service.ts'
import { ModelService } from './api/model-service.ts'
import { ProviderService } from './api/provider-service.ts'
import { ProviderRegistry } from './book/provider-registry.ts'
import { ModelRegistry } from './models/model-registry.ts'
import type { Job } from './scheduling/job.ts'
import { Scheduler } from './scheduling/scheduler.ts'

export interface CoordinatorConfig {
  dataDir: string
  listen?: string[]
  heartbeatIntervalMs?: number
  maxModelBytes?: number
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

export interface Coordinator {
  node: RigpoolNode
  peerId: string
  /** Multiaddrs ending in /p2p/<PeerId>, for providers and clients to dial. */
  multiaddrs: string[]
  registry: ProviderRegistry
  jobs: Map<string, Job>
  stop(): Promise<void>
}

/** Starts a coordinator: libp2p node with the provider, model and client services. */
export async function startCoordinator(config: CoordinatorConfig): Promise<Coordinator> {
  const node = await createRigpoolNode({ dataDir: config.dataDir, listen: config.listen })
  const registry = new ProviderRegistry()
  const models = new ModelRegistry(config.dataDir, config.maxModelBytes)
  const scheduler = new Scheduler({ registry, log: config.log })
  const jobs = new Map<string, Job>()
  const ethAddress = loadOrCreateEthAccount(config.dataDir).address
  const services = [
    new ProviderService({
      node,
      registry,
      coordinatorEthAddress: ethAddress,
      heartbeatIntervalMs: config.heartbeatIntervalMs,
      onGone: (peerId) => scheduler.providerGone(peerId),
      log: config.log,
    }),
    new ModelService(node, models),
    new ClientService({ node, models, registry, scheduler, jobs, log: config.log }),
  ]
  for (const s of services) await s.start()
  return {
    node,
    peerId: node.peerId.toString(),
    multiaddrs: node.getMultiaddrs().map((a) => a.toString()),
    registry,
    jobs,
    async stop() {
      for (const s of services) await s.stop()
      for (const p of registry.all()) p.channel.close()
      await node.stop()
    },
  }
}
