// The progress of a job on stderr: a live bar on a terminal, plain lines otherwise.
import type { Progress } from '../../client-sdk/index.ts'
import { formatDuration } from './connect.ts'

const BAR_WIDTH = 24

/** One line of progress text (also what the bar shows). */
export function progressText(p: Progress): string {
  const pct = (p.fraction * 100).toFixed(1)
  const rate = p.itemsPerSecond.toFixed(1)
  const eta = p.etaMs === undefined ? '--:--' : formatDuration(p.etaMs)
  return `${p.itemsDone}/${p.itemsTotal} items ${pct}% ${rate} items/s ETA ${eta} spent ${p.spent}`
}

/** Renders progress events: redraws one line on a TTY (at most 10 times a second), else a line every 2 s and at the end. */
export class ProgressView {
  private readonly out: NodeJS.WriteStream
  private readonly isTty: boolean
  private lastMs = 0
  private last?: Progress
  private shown?: Progress
  private drawn = false

  constructor(out: NodeJS.WriteStream = process.stderr) {
    this.out = out
    this.isTty = out.isTTY === true
  }

  update(p: Progress, force = false): void {
    this.last = p
    const now = Date.now()
    const final = p.state !== 'running' && p.state !== 'queued'
    if (!force && !final && now - this.lastMs < (this.isTty ? 100 : 2_000)) return
    this.lastMs = now
    this.shown = p
    if (this.isTty) {
      const filled = Math.round(p.fraction * BAR_WIDTH)
      const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled)
      this.out.write(`\r\x1b[2K[${bar}] ${progressText(p)}`)
      this.drawn = true
    } else {
      this.out.write(`progress ${progressText(p)}\n`)
    }
  }

  /** Ends the bar's line (so later output starts on a fresh one). */
  finish(): void {
    if (this.last !== undefined && this.last !== this.shown) this.update(this.last, true)
    if (this.drawn) this.out.write('\n')
    this.drawn = false
  }
}
