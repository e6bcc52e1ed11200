import {
  decodeSignedAdvert,
  RigpoolError,
  TOPIC_ADVERTS,
  toRigpoolError,
  verifySignedAdvert,
  type Advert,
  type RigpoolNode,
  type SignedAdvertBytes,
} from '../../protocol/index.ts'
import type { ProviderStore } from '../store/provider-store.ts'
import { reputationOf } from '../store/provider-store.ts'
import type { BookEntry } from './book-entry.ts'

export interface AdvertBookOptions {
  providers: ProviderStore
  /** Most adverts held; the oldest expiring goes first past it. */
  maxAdverts?: number
  now?: () => number
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

interface Held {
  entry: BookEntry
  expiresAtMs: number
}

/**
 * Providers known from gossipsub adverts on `rigpool/adverts/1`: signature checked, TTL
 * honoured, a stale (older seq), tampered, expired or banned advert never enters.
 */
export class AdvertBook {
  private readonly options: AdvertBookOptions
  private readonly held = new Map<string, Held>()
  private node: RigpoolNode | undefined
  private readonly onMessage = (evt: { detail: { topic: string; data: Uint8Array } }): void => {
    if (evt.detail.topic !== TOPIC_ADVERTS) return
    let signed: SignedAdvertBytes
    try {
      signed = decodeSignedAdvert(evt.detail.data)
    } catch (err) {
      this.options.log?.('advert refused', { code: toRigpoolError(err, 'E_BAD_ADVERT').code })
      return
    }
    this.add(signed).catch((err: unknown) => {
      const e = toRigpoolError(err, 'E_BAD_ADVERT')
      this.options.log?.('advert refused', { code: e.code, message: e.message })
    })
  }

  constructor(options: AdvertBookOptions) {
    this.options = options
  }

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  /** Subscribes to the advert topic on `node`. */
  start(node: RigpoolNode): void {
    this.node = node
    node.services.pubsub.subscribe(TOPIC_ADVERTS)
    node.services.pubsub.addEventListener('message', this.onMessage)
  }

  stop(): void {
    if (this.node === undefined) return
    this.node.services.pubsub.removeEventListener('message', this.onMessage)
    this.node.services.pubsub.unsubscribe(TOPIC_ADVERTS)
  }

  /** Verifies and holds an advert; throws a typed error (and changes nothing) when it is refused. */
  async add(signed: SignedAdvertBytes): Promise<Advert> {
    const nowMs = this.now()
    const advert = await verifySignedAdvert(signed, { nowMs })
    const record = this.options.providers.get(advert.peerId)
    if (record?.isBanned === true) throw new RigpoolError('E_BANNED', `provider ${advert.peerId} is banned`)
    const known = this.held.get(advert.peerId)
    if (known !== undefined && known.entry.advert.seq >= advert.seq) {
      throw new RigpoolError('E_BAD_ADVERT', `stale advert (seq ${advert.seq} ≤ ${known.entry.advert.seq})`)
    }
    this.prune(nowMs)
    if (known === undefined && this.held.size >= (this.options.maxAdverts ?? 200_000)) {
      throw new RigpoolError('E_BUSY', 'the advert book is full', { retryAfterMs: 30_000 })
    }
    this.held.set(advert.peerId, {
      expiresAtMs: advert.issuedAtMs + advert.ttlMs,
      entry: {
        id: advert.peerId,
        advert,
        state: advert.state,
        reputation: record === undefined ? 0.5 : reputationOf(record),
        observedItemsPerSecond: new Map(Object.entries(record?.observed ?? {})),
        hasSession: false,
        isBusy: false,
        isBanned: false,
      },
    })
    this.options.providers.saveAdvert(advert.peerId, signed.advert, signed.signature, 'gossip', nowMs)
    return advert
  }

  /** Drops an advert (a ban, or the provider's session now speaks for it). */
  delete(peerId: string): void {
    this.held.delete(peerId)
  }

  /** Unexpired adverts. */
  entries(): BookEntry[] {
    this.prune(this.now())
    return [...this.held.values()].map((h) => h.entry)
  }

  private prune(nowMs: number): void {
    for (const [id, h] of this.held) if (h.expiresAtMs < nowMs) this.held.delete(id)
  }
}
