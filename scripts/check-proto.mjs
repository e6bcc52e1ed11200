#!/usr/bin/env node
// Fails when protocol/messages/*.ts is stale: regenerates the protons code from the
// .proto files into a temp dir and compares it byte for byte with what is committed.
// `node scripts/check-proto.mjs [--dir <messages dir>]`; fix with `npm run gen:proto`.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const protons = join(root, 'node_modules', '.bin', 'protons')

/** Returns the problems found in `dir` (empty when the generated code is fresh). */
export function checkProtoDir(dir) {
  const protos = readdirSync(dir)
    .filter((f) => f.endsWith('.proto'))
    .sort()
  if (protos.length === 0) return [`no .proto files in ${dir}`]
  const work = mkdtempSync(join(tmpdir(), 'rigpool-proto-'))
  try {
    for (const f of protos) copyFileSync(join(dir, f), join(work, f))
    // protons writes each .ts next to its .proto and resolves imports from the cwd
    const run = spawnSync(protons, protos, { cwd: work, encoding: 'utf8' })
    if (run.status !== 0) return [`protons failed: ${(run.stderr || run.stdout || String(run.error)).trim()}`]
    const problems = []
    for (const f of protos) {
      const ts = f.replace(/\.proto$/, '.ts')
      const committed = join(dir, ts)
      if (!existsSync(committed)) problems.push(`${ts} is missing (generated from ${f})`)
      else if (!readFileSync(committed).equals(readFileSync(join(work, ts))))
        problems.push(`${ts} is stale: ${f} changed since it was generated`)
    }
    for (const ts of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      if (!protos.includes(ts.replace(/\.ts$/, '.proto'))) problems.push(`${ts} has no ${basename(ts, '.ts')}.proto`)
    }
    return problems
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--dir')
  const dir = i >= 0 ? resolve(process.argv[i + 1] ?? '') : join(root, 'protocol', 'messages')
  const problems = checkProtoDir(dir)
  if (problems.length > 0) {
    for (const p of problems) console.error(`check-proto: ${p}`)
    console.error('check-proto: regenerate with `npm run gen:proto` and commit the result')
    process.exit(1)
  }
  console.log(`check-proto: ${dir} is up to date`)
}
