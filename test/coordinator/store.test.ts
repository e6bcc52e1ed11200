import { after, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { openStore } from '../../coordinator/index.ts'
import { MIGRATIONS } from '../../coordinator/store/migrations.ts'
import { RigpoolError } from '../../protocol/index.ts'
import { tempDirs } from './helpers.ts'

describe('the coordinator database', () => {
  const dirs = tempDirs()
  after(() => dirs.cleanup())

  test('opens in WAL with synchronous=FULL, records its schema version, and reopens without re-migrating', () => {
    const dir = dirs.make()
    const store = openStore(dir)
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal')
    assert.equal(store.db.pragma('synchronous', { simple: true }), 2)
    assert.equal((store.db.prepare('SELECT version FROM schema_version').get() as { version: number }).version, MIGRATIONS.length)
    store.db.prepare(`INSERT INTO providers (peer_id, source, first_seen_ms, last_seen_ms) VALUES ('p', 'session', 1, 1)`).run()
    store.close()
    const again = openStore(dir)
    assert.equal((again.db.prepare('SELECT COUNT(*) AS n FROM providers').get() as { n: number }).n, 1, 'data survives a reopen')
    again.db.prepare('UPDATE schema_version SET version = ?').run(MIGRATIONS.length + 1)
    again.close()
    assert.throws(() => openStore(dir), (e: unknown) => e instanceof RigpoolError && e.code === 'E_STORAGE' && /newer/.test(e.message))
  })

  test('uptime history: sessions left open by a crash end at the restart', () => {
    const store = openStore(dirs.make())
    const h = store.providers.sessionStarted('p', 1_000)
    store.providers.sessionEnded(h, 'bye', 3_000)
    store.providers.sessionStarted('p', 5_000)
    store.providers.closeDanglingSessions(6_000)
    assert.equal(store.providers.uptime('p', 10_000, 10_000), 3_000 / 10_000)
    store.close()
  })
})
