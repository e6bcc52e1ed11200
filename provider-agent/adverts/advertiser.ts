import type { LocalAccount } from 'viem'
import {
  encodeSignedAdvert,
  signAdvert,
  TOPIC_ADVERTS,
  type Advert,
  type RigpoolNode,
  type SignedAdvertBytes,
} from '../../protocol/index.ts'

export interface AdvertiserOptions {
  node: RigpoolNode
  account: LocalAccount
  /** The current advert, without seq, issue time and TTL (the advertiser stamps those). */
  current: () => Omit<Advert, 'seq' | 'issuedAtMs' | 'ttlMs'>
  /** Sends on the provider session; false when not connected (the next registration carries a fresh advert). */
  sendOnSession: (advert: SignedAdvertBytes) => Promise<boolean>
  ttlMs: number
  /** Re-published this often even without a change; default ttl / 3. */
  intervalMs?: number
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

/** Signs adverts with a rising seq and publishes them on the session and the gossipsub topic, on change and periodically. */
export class Advertiser {
  private readonly options: AdvertiserOptions
  private seq = 0
  private timer: NodeJS.Timeout | undefined
  private pending: Promise<void> = Promise.resolve()
  /** The last advert signed (what the coordinator and the topic saw last). */
  last: Advert | undefined

  constructor(options: AdvertiserOptions) {
    this.options = options
  }

  /** A freshly signed advert (also used for (re)registration). */
  async sign(nowMs = Date.now()): Promise<SignedAdvertBytes> {
    const advert: Advert = { ...this.options.current(), seq: ++this.seq, issuedAtMs: nowMs, ttlMs: this.options.ttlMs }
    this.last = advert
    return signAdvert(this.options.account, advert)
  }

  start(): void {
    const every = this.options.intervalMs ?? Math.max(1_000, Math.floor(this.options.ttlMs / 3))
    this.timer ??= setInterval(() => void this.publish('periodic'), every)
    this.timer.unref()
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  /** Signs and publishes the current advert now (serialised, so seqs arrive in order). */
  publish(why: string): Promise<void> {
    this.pending = this.pending.then(async () => {
      try {
        const signed = await this.sign()
        await this.options.sendOnSession(signed)
        await this.options.node.services.pubsub
          .publish(TOPIC_ADVERTS, encodeSignedAdvert(signed))
          .catch(() => undefined)
        this.options.log?.('advert published', { why, seq: this.seq, state: this.last?.state })
      } catch (err) {
        this.options.log?.('advert not published', { why, message: String(err) })
      }
    })
    return this.pending
  }
}
