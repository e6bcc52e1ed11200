import { sleep } from '../../protocol/index.ts'
import type { ActivityReading, OwnerSignal } from './signals.ts'

export interface IdlePolicyOptions {
  signals: OwnerSignal[]
  /** How often the policy looks (each signal also keeps its own minimum interval). */
  pollMs?: number
  /** Resume only after the rig has been idle this long. */
  resumeAfterIdleMs?: number
  onPause: (reasons: string[]) => void | Promise<void>
  onResume: () => void | Promise<void>
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

/** Watches owner-activity signals and pauses the agent while the owner uses the rig. */
export class IdlePolicy {
  private readonly options: IdlePolicyOptions
  private readonly controller = new AbortController()
  private readonly lastRead = new Map<OwnerSignal, { at: number; reading: ActivityReading }>()
  private loop: Promise<void> | undefined
  private idleSince: number | undefined
  isPaused = false
  /** Why the agent is paused now (empty when not). */
  reasons: string[] = []

  constructor(options: IdlePolicyOptions) {
    this.options = options
  }

  start(): void {
    this.loop ??= this.run()
  }

  async stop(): Promise<void> {
    this.controller.abort()
    await this.loop?.catch(() => {})
  }

  /** Reads every signal that is due and applies the policy once. */
  async tick(): Promise<void> {
    const now = performance.now()
    const active: string[] = []
    for (const s of this.options.signals) {
      let entry = this.lastRead.get(s)
      if (entry === undefined || now - entry.at >= s.minIntervalMs) {
        try {
          entry = { at: now, reading: await s.read({ signal: this.controller.signal }) }
        } catch (err) {
          entry = { at: now, reading: { isActive: false, isAvailable: false, reason: `unreadable: ${String(err)}` } }
        }
        this.lastRead.set(s, entry)
      }
      if (entry.reading.isActive) active.push(`${s.name}: ${entry.reading.reason}`)
    }
    if (active.length > 0) {
      this.idleSince = undefined
      this.reasons = active
      if (!this.isPaused) {
        this.isPaused = true
        this.options.log?.('owner is using the rig: pausing', { reasons: active })
        await this.options.onPause(active)
      }
      return
    }
    this.idleSince ??= now
    if (this.isPaused && now - this.idleSince >= (this.options.resumeAfterIdleMs ?? 60_000)) {
      this.isPaused = false
      this.reasons = []
      this.options.log?.('rig idle again: resuming')
      await this.options.onResume()
    }
  }

  private async run(): Promise<void> {
    const signal = this.controller.signal
    while (!signal.aborted) {
      await this.tick().catch((err: unknown) => this.options.log?.('idle policy tick failed', { message: String(err) }))
      await sleep(this.options.pollMs ?? 1_000, signal).catch(() => {})
    }
  }
}
