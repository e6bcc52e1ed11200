import { execFileSync } from 'node:child_process'
import { RigpoolError, sleep } from '../../protocol/index.ts'
import { DEFAULT_GAME_PROCESSES, type IdleConfig, type ProviderAgent } from '../../provider-agent/index.ts'
import type { DemoStage } from '../context.ts'
import { ocrClassifier, textLineImages } from '../workload.ts'

const ITEMS = 3_000
/** The game rig-a's owner plays. Not on the default list, so on this one machine only rig-a (whose owner listed it) steps aside. */
const OWNER_GAME = 'sekiro.exe'
const OWNER = 'rig-a'

/** rig-a's owner-first settings in the demo (01-market): its owner's game added, quick polls, hand back at once. */
export const ownerPlaysIdle: IdleConfig = {
  games: [...DEFAULT_GAME_PROCESSES, OWNER_GAME],
  processPollMs: 2_000,
  pollMs: 250,
  resumeAfterIdleMs: 2_000,
  onPause: 'handBack',
}

/** A real process named like the game, started outside our process tree (as the owner's launcher would). */
function startGame(): number {
  const busy =
    'setInterval(() => { const t = Date.now(); while (Date.now() - t < 10) {} }, 100); setTimeout(() => process.exit(0), 120000)'
  const out = execFileSync(
    'bash',
    [
      '-c',
      `(exec -a '${OWNER_GAME}' "${process.execPath}" -e '${busy}' >/dev/null 2>&1 &) ; sleep 0.2; pgrep -n -f -- '^${OWNER_GAME} '`,
    ],
    { encoding: 'utf8' },
  )
  return Number(out.trim().split('\n').pop())
}

async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<number> {
  const t0 = performance.now()
  while (!predicate()) {
    if (performance.now() - t0 > timeoutMs) throw new RigpoolError('E_TIMEOUT', `timed out waiting for ${what}`)
    await sleep(25)
  }
  return performance.now() - t0
}

function describeRig(name: string, agent: ProviderAgent): string[] {
  const h = agent.hardware
  const gpus =
    h.gpus.length === 0 ? 'no GPU detected (runs on the CPU)' : h.gpus.map((g) => `${g.vendor} ${g.model}`).join(', ')
  const lines = [
    `${name}: ${gpus}; ${h.cpuModel} x${h.cpuCores}, ${(h.ramBytes / 2 ** 30).toFixed(0)} GiB RAM, ${h.os}`,
  ]
  for (const d of agent.devices) {
    lines.push(
      `  ${d.label}: execution provider ${d.executionProvider} (${d.precision.precision}), ${d.gflops.toFixed(1)} GFLOP/s standard benchmark; tried: ${d.attemptLog.map((l) => l.slice(0, 90)).join(' | ')}`,
    )
  }
  return lines
}

/** Each rig's probe and benchmark; then one owner starts a game mid-batch: that rig pauses and the batch completes on the others. */
export const ownerPlaysStage: DemoStage = {
  title: `The owner comes first: a game starts on ${OWNER} in the middle of a ${ITEMS.toLocaleString('en-US')}-item batch`,
  async run(ctx) {
    const { client } = ctx
    const rig = ctx.providers.find((p) => p.name === OWNER)?.agent
    if (client === undefined || rig === undefined) throw new RigpoolError('E_CONFIG', 'market stage did not run')
    for (const p of ctx.providers) describeRig(p.name, p.agent).forEach((l) => ctx.print(l))

    const model = ocrClassifier()
    const before = ctx.providers.map((p) => p.agent.journal.summarySince(0))
    const started = performance.now()
    const job = await client.submit({
      model: model.bytes,
      items: textLineImages(ITEMS, 7).map((x) => ({ [model.inputName]: x })),
      priceCapPerMillionItems: 10n ** 9n,
    })
    let received = 0
    const consumed = (async () => {
      for await (const _result of job.results()) received++
      ctx.itemsRun += received
    })()
    consumed.catch(() => {}) // awaited below; this only keeps an early failure from being unhandled
    let game: number | undefined
    try {
      await until(() => rig.state() === 'busy', 30_000, `${OWNER} to get work`)
      game = startGame()
      const t0 = performance.now()
      ctx.print(`${OWNER}'s owner starts ${OWNER_GAME} (pid ${game}) after ${received} results`)
      await until(() => rig.state() === 'paused', 15_000, `${OWNER} to pause`)
      ctx.print(
        `${OWNER} paused ${(performance.now() - t0).toFixed(0)} ms after the game started: ${rig.pauseReason()}`,
      )
      await consumed
      const seconds = (performance.now() - started) / 1000
      ctx.print(
        `batch complete: ${received} of ${ITEMS} results in ${seconds.toFixed(1)} s while ${OWNER} is ${rig.state()}`,
      )
      for (const [i, p] of ctx.providers.entries()) {
        const s = p.agent.journal.summarySince(0)
        const items = s.finished.items - before[i]!.finished.items
        const handedBack = s.handed_back.tasks - before[i]!.handed_back.tasks
        ctx.print(`  ${p.name}: ${items} items finished, ${handedBack} task(s) handed back (its journal)`)
      }
      const quit = performance.now()
      process.kill(game, 'SIGKILL')
      game = undefined
      ctx.print(`the owner quits the game; ${OWNER} waits for ${ownerPlaysIdle.resumeAfterIdleMs} ms of idle...`)
      await until(() => rig.state() === 'ready', 20_000, `${OWNER} to resume`)
      ctx.print(`${OWNER} is ready again ${(performance.now() - quit).toFixed(0)} ms after the game exited`)
    } finally {
      if (game !== undefined) process.kill(game, 'SIGKILL')
      await consumed.catch(() => {})
    }
  },
}
