// `npm run demo`: the main job on loopback, stage by stage. Each stage is its own file
// under demo/stages; later work adds stages to the list below.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DemoContext, DemoStage } from './context.ts'
import { marketStage } from './stages/01-market.ts'
import { batchStage } from './stages/02-batch.ts'
import { ownerPlaysStage } from './stages/03-owner-plays.ts'
import { cheaterStage } from './stages/04-cheater.ts'
import { settlementStage } from './stages/08-settlement.ts'
import { pricesStage } from './stages/09-prices.ts'

const stages: DemoStage[] = [marketStage, batchStage, ownerPlaysStage, cheaterStage, settlementStage, pricesStage]

const ctx: DemoContext = {
  root: mkdtempSync(join(tmpdir(), 'rigpool-demo-')),
  providers: [],
  itemsRun: 0,
  cleanups: [],
  print: (line) => console.log(`  ${line}`),
}

const started = performance.now()
let failed = false
try {
  for (const [i, stage] of stages.entries()) {
    console.log(`\n[${i + 1}/${stages.length}] ${stage.title}`)
    const t = performance.now()
    await stage.run(ctx)
    console.log(`  (${((performance.now() - t) / 1000).toFixed(1)} s)`)
  }
} catch (err) {
  failed = true
  console.error('\ndemo failed:', err)
} finally {
  for (const cleanup of ctx.cleanups.reverse()) await cleanup().catch(() => {})
  rmSync(ctx.root, { recursive: true, force: true })
}
console.log(`\ndemo ${failed ? 'FAILED' : 'finished'} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
process.exit(failed ? 1 : 0)
