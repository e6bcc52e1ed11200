import { after, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { DEFAULT_GAME_PROCESSES, gameProcessSignal, listProcesses } from '../../provider-agent/index.ts'
import { killPid } from './helpers/processes.ts'

/** A real process outside our tree whose title (and so its 15-character kernel name) is `title`, as npm sets its own. */
function spawnTitled(title: string): number {
  const script = `process.title = ${JSON.stringify(title)}; setTimeout(() => process.exit(0), 60000)`
  const out = execFileSync('sh', ['-c', `"${process.execPath}" -e '${script}' >/dev/null 2>&1 & echo $!`], {
    encoding: 'utf8',
  })
  return Number(out.trim())
}

describe('game names against the real process list', () => {
  const pids: number[] = []
  after(() => pids.forEach(killPid))

  /** The default game signal, reading the real /proc but only the processes this test started. */
  const signalOver = (only: number[]): ReturnType<typeof gameProcessSignal> =>
    gameProcessSignal({
      games: DEFAULT_GAME_PROCESSES,
      list: async () => (await listProcesses()).filter((p) => only.includes(p.pid)),
    })

  test('a tool whose title holds a slash is not a game ("npm test test/e2e" once matched every game starting with e)', async () => {
    const pid = spawnTitled('npm test test/e2e/slice.test.ts')
    pids.push(pid)
    await new Promise((r) => setTimeout(r, 300))
    const seen = (await listProcesses()).find((p) => p.pid === pid)
    assert.ok(seen?.names.includes('npm test test/e'), `the kernel cut the name: ${JSON.stringify(seen?.names)}`)
    const reading = await signalOver([pid]).read()
    assert.equal(reading.isActive, false, reading.reason)
  })

  test('a listed game whose name the kernel cut at 15 characters is still recognised', async () => {
    const pid = spawnTitled('EpicGamesLauncher')
    pids.push(pid)
    await new Promise((r) => setTimeout(r, 300))
    const reading = await signalOver([pid]).read()
    // At once: agents in test files running alongside pause for a listed game they see.
    killPid(pid)
    assert.equal(reading.isActive, true)
    assert.match(reading.reason, new RegExp(`EpicGamesLaunch.*pid ${pid}`))
  })
})
