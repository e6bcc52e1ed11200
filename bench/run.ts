// `npm run bench` runs every bench/<name>.bench.ts; `npm run bench -- <name>` runs one.
// Each prints a table and writes bench/results/<name>.json.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { flatten, type BenchRun } from './report.ts'

const dir = fileURLToPath(new URL('.', import.meta.url))
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.slice(0, -'.bench.ts'.length))
  .sort()
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const unknown = wanted.filter((w) => !available.includes(w))
if (unknown.length > 0) {
  console.error(`unknown bench: ${unknown.join(', ')} (have: ${available.join(', ')})`)
  process.exit(2)
}
const names = wanted.length > 0 ? wanted : available
mkdirSync(join(dir, 'results'), { recursive: true })

for (const name of names) {
  const mod = (await import(join(dir, `${name}.bench.ts`))) as { run: BenchRun }
  const started = Date.now()
  const report = await mod.run({})
  const out = {
    bench: name,
    at: new Date().toISOString(),
    node: process.version,
    wallMs: Date.now() - started,
    ...report.figures,
    settings: report.settings,
  }
  const path = join(dir, 'results', `${name}.json`)
  writeFileSync(path, JSON.stringify(out, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n')
  const rows = flatten(report.figures)
  const width = Math.max(...rows.map(([k]) => k.length), 6)
  console.log(`\n## bench ${name}  (${((Date.now() - started) / 1000).toFixed(1)} s, ${path})`)
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`)
  console.log(`  settings: ${JSON.stringify(report.settings)}`)
}
// libp2p nodes and workers a bench forgot would keep the process alive.
process.exit(0)
