import type { Db } from './database.ts'

/** What the coordinator owes one provider at one payout address, exact (millionths of a base unit). */
export interface PayoutRow {
  provider: string
  payout: string
  owedExact: bigint
  tasks: number
  lastTask: string
}

/** channel_clients and provider_payouts: the coordinator's side of pay-as-you-go. */
export class PaymentStore {
  private readonly db: Db
  private readonly stmts

  constructor(db: Db) {
    this.db = db
    this.stmts = {
      clientOf: db.prepare('SELECT client FROM channel_clients WHERE channel_id = ?'),
      payout: db.prepare('SELECT * FROM provider_payouts WHERE provider = ? AND payout = ?'),
      payoutsOf: db.prepare('SELECT * FROM provider_payouts WHERE provider = ?'),
      owe: db.prepare(
        `INSERT INTO provider_payouts (provider, payout, owed_exact, tasks, last_task, updated_ms) VALUES (@provider, @payout, @exact, 1, @task, @now)
         ON CONFLICT (provider, payout) DO UPDATE SET owed_exact = @exact, tasks = tasks + 1, last_task = @task, updated_ms = @now`,
      ),
    }
  }

  /** The client a channel is bound to (the first to submit a job on it). */
  clientOf(channelId: string): string | undefined {
    return (this.stmts.clientOf.get(channelId) as { client: string } | undefined)?.client
  }

  /** Adds `exact` to what `provider` is owed at `payout`, durably; returns the new total. */
  owe(provider: string, payout: string, exact: bigint, taskId: string, nowMs: number): bigint {
    // bigint sums in JS: SQLite integers stop at 2^63 and amounts are kept as text.
    return this.db.transaction(() => {
      const row = this.payout(provider, payout)
      const total = (row?.owedExact ?? 0n) + exact
      this.stmts.owe.run({ provider, payout, exact: total.toString(), task: taskId, now: nowMs })
      return total
    })()
  }

  payout(provider: string, payout: string): PayoutRow | undefined {
    const r = this.stmts.payout.get(provider, payout) as RawPayout | undefined
    return r === undefined ? undefined : toPayout(r)
  }

  payoutsOf(provider: string): PayoutRow[] {
    return (this.stmts.payoutsOf.all(provider) as RawPayout[]).map(toPayout)
  }
}

interface RawPayout {
  provider: string
  payout: string
  owed_exact: string
  tasks: number
  last_task: string
}

function toPayout(r: RawPayout): PayoutRow {
  return { provider: r.provider, payout: r.payout, owedExact: BigInt(r.owed_exact), tasks: r.tasks, lastTask: r.last_task }
}
