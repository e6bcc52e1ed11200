// Spend caps, enforced before anything is sent: per job and per client (the client's
// jobs in its data dir), using a quote when the market service gives one.
import { RigpoolError, type Quote } from '../protocol/index.ts'
import type { JobRecord } from './job-store.ts'

/** What a client has committed: spent on finished jobs, the reservation of unfinished ones. */
export function committedSpend(records: readonly JobRecord[]): bigint {
  let total = 0n
  for (const r of records) {
    const spent = BigInt(r.spent)
    const done = r.state === 'completed' || r.state === 'failed' || r.state === 'cancelled'
    const reserved = BigInt(r.reserved)
    total += done || spent > reserved ? spent : reserved
  }
  return total
}

export interface SpendCheck {
  /** The job's own cap. */
  jobCap?: bigint
  /** The client's cap over all its jobs, and what it has committed already. */
  clientCap?: bigint
  committed: bigint
  quote?: Quote
}

/**
 * Refuses a job that would exceed a cap (E_SPEND_CAP, with the figures) and returns the
 * spend cap to send, the tighter of the job's and what is left of the client's.
 */
export function checkSpend(c: SpendCheck): bigint | undefined {
  if (c.jobCap !== undefined && c.jobCap <= 0n) throw new RigpoolError('E_SPEND_CAP', 'a spend cap of zero buys nothing')
  const left = c.clientCap === undefined ? undefined : c.clientCap - c.committed
  if (left !== undefined && left <= 0n) {
    throw new RigpoolError('E_SPEND_CAP', `the client's spend cap ${c.clientCap} is used up (${c.committed} committed)`, { details: { clientCap: String(c.clientCap), committed: String(c.committed) } })
  }
  const cap = c.jobCap === undefined ? left : left === undefined || c.jobCap < left ? c.jobCap : left
  if (cap !== undefined && c.quote !== undefined && c.quote.cost > cap) {
    const which = cap === c.jobCap ? `the job's spend cap ${cap}` : `what is left of the client's spend cap (${cap})`
    throw new RigpoolError('E_SPEND_CAP', `the job is quoted at ${c.quote.cost}, above ${which}`, { details: { quoted: String(c.quote.cost), cap: String(cap) } })
  }
  return cap
}
