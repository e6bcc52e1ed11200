import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { noise } from '@chainsafe/libp2p-noise'
import { yamux } from '@chainsafe/libp2p-yamux'
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys'
import { gossipsub } from '@libp2p/gossipsub'
import { identify } from '@libp2p/identify'
import type { PrivateKey } from '@libp2p/interface'
import { ping } from '@libp2p/ping'
import { tcp } from '@libp2p/tcp'
import { createLibp2p } from 'libp2p'
import { RigpoolError } from './errors.ts'

export interface NodeOptions {
  /** Where the node's key lives (peer.key, mode 0600); the PeerId survives restarts. */
  dataDir: string
  /** Multiaddrs to listen on; default loopback on a free port. */
  listen?: string[]
  /** Raise for tests and busy coordinators (libp2p's default is 5 per second per host). */
  inboundConnectionThreshold?: number
}

/** Loads the node's Ed25519 key from the data dir, creating it (mode 0600) on first start. */
export async function loadOrCreateNodeKey(dataDir: string): Promise<PrivateKey> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const path = join(dataDir, 'peer.key')
  if (existsSync(path)) {
    try {
      return privateKeyFromProtobuf(readFileSync(path))
    } catch (err) {
      throw new RigpoolError('E_CONFIG', `unreadable node key at ${path}`, { cause: err })
    }
  }
  const key = await generateKeyPair('Ed25519')
  writeFileSync(path, privateKeyToProtobuf(key), { mode: 0o600, flag: 'wx' })
  chmodSync(path, 0o600)
  return key
}

/** A libp2p node with rigpool's stack: TCP, Noise, Yamux, identify, ping, gossipsub. */
export async function createRigpoolNode(options: NodeOptions) {
  const privateKey = await loadOrCreateNodeKey(options.dataDir)
  return createLibp2p({
    privateKey,
    addresses: { listen: options.listen ?? ['/ip4/127.0.0.1/tcp/0'] },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionManager: {
      inboundConnectionThreshold: options.inboundConnectionThreshold ?? 100,
      maxIncomingPendingConnections: 100,
    },
    services: {
      identify: identify(),
      ping: ping({ maxInboundStreams: 16, maxOutboundStreams: 16 }),
      pubsub: gossipsub({ allowPublishToZeroTopicPeers: true, emitSelf: false }),
    },
  })
}

export type RigpoolNode = Awaited<ReturnType<typeof createRigpoolNode>>
