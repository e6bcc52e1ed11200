// SQLite for settlement: WAL, synchronous FULL (a stored voucher survives a power cut), migrations.
import Database from 'better-sqlite3'
import { chmodSync, existsSync } from 'node:fs'
import { RigpoolError } from '../protocol/errors.ts'

export type SettlementDb = Database.Database

const MIGRATIONS: string[] = [
  `CREATE TABLE settlement_payer_channels (
     channel_id TEXT PRIMARY KEY,
     chain_id INTEGER NOT NULL,
     contract TEXT NOT NULL,
     payer TEXT NOT NULL,
     payee TEXT NOT NULL,
     token TEXT NOT NULL,
     deposit TEXT NOT NULL,
     challenge_period INTEGER NOT NULL,
     signed_amount TEXT NOT NULL DEFAULT '0',
     signature TEXT,
     state TEXT NOT NULL CHECK (state IN ('open', 'closing', 'closed')),
     closes_at INTEGER,
     open_tx TEXT,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE settlement_payee_channels (
     channel_id TEXT PRIMARY KEY,
     chain_id INTEGER NOT NULL,
     contract TEXT NOT NULL,
     payer TEXT NOT NULL,
     payee TEXT NOT NULL,
     token TEXT NOT NULL,
     deposit TEXT NOT NULL,
     challenge_period INTEGER NOT NULL,
     best_amount TEXT NOT NULL DEFAULT '0',
     best_signature TEXT,
     pending_since INTEGER,
     withdrawn TEXT NOT NULL DEFAULT '0',
     delivered TEXT NOT NULL DEFAULT '0',
     state TEXT NOT NULL CHECK (state IN ('open', 'closing', 'closed', 'expired')),
     closes_at INTEGER,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE settlement_withdrawals (
     tx_hash TEXT PRIMARY KEY,
     channel_id TEXT NOT NULL,
     cumulative_amount TEXT NOT NULL,
     amount TEXT NOT NULL,
     block_number INTEGER NOT NULL,
     kind TEXT NOT NULL,
     at INTEGER NOT NULL
   );
   CREATE TABLE settlement_cursors (
     name TEXT PRIMARY KEY,
     last_block INTEGER NOT NULL
   );`,
]

/** Brings a database (shared with the node's other tables) up to the settlement schema. */
export function migrateSettlement(db: SettlementDb): void {
  db.exec('CREATE TABLE IF NOT EXISTS settlement_schema (version INTEGER NOT NULL)')
  const row = db.prepare('SELECT version FROM settlement_schema').get() as { version: number } | undefined
  const current = row?.version ?? 0
  if (current > MIGRATIONS.length) {
    throw new RigpoolError('E_STORAGE', `settlement schema ${current} is newer than this build (${MIGRATIONS.length})`)
  }
  db.transaction(() => {
    for (let v = current; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!)
    if (row === undefined) db.prepare('INSERT INTO settlement_schema (version) VALUES (?)').run(MIGRATIONS.length)
    else db.prepare('UPDATE settlement_schema SET version = ?').run(MIGRATIONS.length)
  })()
}

/** Opens (creating, mode 0600) a settlement database file and migrates it. */
export function openSettlementDb(path: string): SettlementDb {
  const isNew = path !== ':memory:' && !existsSync(path)
  let db: SettlementDb
  try {
    db = new Database(path)
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    migrateSettlement(db)
  } catch (err) {
    throw new RigpoolError('E_STORAGE', `cannot open settlement database ${path}`, { cause: err })
  }
  if (isNew) chmodSync(path, 0o600)
  return db
}

/** Reads a watcher's last scanned block. */
export function readCursor(db: SettlementDb, name: string): bigint | undefined {
  const row = db.prepare('SELECT last_block FROM settlement_cursors WHERE name = ?').get(name) as { last_block: number } | undefined
  return row === undefined ? undefined : BigInt(row.last_block)
}

/** Stores a watcher's last scanned block. */
export function writeCursor(db: SettlementDb, name: string, block: bigint): void {
  db.prepare(
    'INSERT INTO settlement_cursors (name, last_block) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET last_block = excluded.last_block',
  ).run(name, Number(block))
}
