// The coordinator's durable state: one SQLite database per data dir (DESIGN.md §10).
import { AuditStore } from './audit-store.ts'
import { openDatabase, type Db } from './database.ts'
import { JobStore } from './job-store.ts'
import { PaymentStore } from './payment-store.ts'
import { ProviderStore } from './provider-store.ts'
import { ResultStore } from './result-store.ts'
import { TaskStore } from './task-store.ts'

export interface Store {
  db: Db
  jobs: JobStore
  tasks: TaskStore
  results: ResultStore
  providers: ProviderStore
  payments: PaymentStore
  audits: AuditStore
  close(): void
}

/** Opens the data dir's database, migrating it, with a module per table family. */
export function openStore(dataDir: string): Store {
  const db = openDatabase(dataDir)
  return {
    db,
    jobs: new JobStore(db),
    tasks: new TaskStore(db),
    results: new ResultStore(db),
    providers: new ProviderStore(db),
    payments: new PaymentStore(db),
    audits: new AuditStore(db),
    close: () => db.close(),
  }
}

export { channelKey, encodeItem, type JobRow } from './job-store.ts'
export type { PayoutRow } from './payment-store.ts'
export type { TaskRow, TaskState } from './task-store.ts'
export type { AuditDecision, AuditRow, AuditState } from './audit-store.ts'
export { reputationOf, type ProviderRecord } from './provider-store.ts'
export { migrate, type Db } from './database.ts'
