// `npm test`: every test/**/*.test.ts under node's own test runner, through tsx.
// Node 20's --test takes no globs, so the files are listed here.
// `npm test -- test/protocol` runs only the files under the given paths.
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function collect(path, out) {
  const st = statSync(path)
  if (st.isDirectory()) {
    for (const name of readdirSync(path).sort()) collect(join(path, name), out)
  } else if (path.endsWith('.test.ts')) {
    out.push(relative(root, path))
  }
  return out
}

const args = process.argv.slice(2)
const roots = args.length > 0 ? args : ['test']
const files = roots.flatMap((r) => collect(join(root, r), []))
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}`)
  process.exit(1)
}
const concurrency = process.env.RIGPOOL_TEST_CONCURRENCY ?? '2'
const result = spawnSync(
  process.execPath,
  [
    '--import',
    './scripts/register.mjs',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-timeout=300000',
    ...files,
  ],
  { cwd: root, stdio: 'inherit' },
)
process.exit(result.status ?? 1)
