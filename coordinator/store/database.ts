import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { RigpoolError } from '../../protocol/index.ts'
import { MIGRATIONS } from './migrations.ts'

export type Db = Database.Database

/**
 * Opens (creating) the coordinator's database in WAL mode with synchronous=FULL: a
 * committed acceptance or task transition survives SIGKILL and power loss, which is
 * what lets a message that depends on it be sent.
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  let db: Db
  try {
    db = new Database(join(dataDir, 'coordinator.sqlite'))
  } catch (err) {
    throw new RigpoolError('E_STORAGE', `cannot open the coordinator database in ${dataDir}`, { cause: err })
  }
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  migrate(db)
  return db
}

/** Applies every migration past the recorded version, each in its own transaction. */
export function migrate(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)')
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined
  let version = row?.version ?? 0
  if (row === undefined) db.prepare('INSERT INTO schema_version (version) VALUES (0)').run()
  if (version > MIGRATIONS.length) {
    throw new RigpoolError('E_STORAGE', `database schema ${version} is newer than this coordinator (${MIGRATIONS.length})`)
  }
  for (; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!)
      db.prepare('UPDATE schema_version SET version = ?').run(version + 1)
    })()
  }
  return version
}
