// The import rule of DESIGN.md §2, checked on every .ts file: protocol imports none of
// ours; contracts only protocol; settlement only protocol and contracts; coordinator,
// provider-agent and client-sdk protocol, settlement and contracts, never each other;
// cli (and tests, benches, the demo, scripts) may import anything.
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Which of our folders each part may import; parts not listed may import anything. */
export const IMPORT_RULES: Readonly<Record<string, readonly string[]>> = {
  protocol: [],
  contracts: ['protocol'],
  settlement: ['protocol', 'contracts'],
  coordinator: ['protocol', 'settlement', 'contracts'],
  'provider-agent': ['protocol', 'settlement', 'contracts'],
  'client-sdk': ['protocol', 'settlement', 'contracts'],
}

/** The package's own exports ("rigpool/client") name folders too. */
const SELF_EXPORTS: Readonly<Record<string, string>> = {
  rigpool: '.',
  'rigpool/protocol': 'protocol',
  'rigpool/client': 'client-sdk',
  'rigpool/coordinator': 'coordinator',
  'rigpool/provider': 'provider-agent',
}

export interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string
  source: string
}

export interface Violation {
  file: string
  specifier: string
  from: string
  to: string
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
}

/** Every module specifier of static imports, re-exports, side-effect and dynamic imports. */
export function importSpecifiers(source: string): string[] {
  const code = stripComments(source)
  const out: string[] = []
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, // import x from, export * from
    /\bimport\s*['"]([^'"]+)['"]/g, // import 'x'
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*[,)]/g, // import('x'), import('x', opts)
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)\s*\./g, // import('x').T in type positions
  ]
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]!)
  return [...new Set(out)]
}

/** The top-level folder a specifier of `file` points into, or undefined for packages. */
export function targetFolder(file: string, specifier: string): string | undefined {
  const self = SELF_EXPORTS[specifier] ?? SELF_EXPORTS[specifier.split('/').slice(0, 2).join('/')]
  if (self !== undefined) return self
  if (!specifier.startsWith('.') && !specifier.startsWith('/')) return undefined
  const target = relative(ROOT, resolve(ROOT, dirname(file), specifier))
    .split(sep)
    .join('/')
  if (target.startsWith('..')) return '(outside the repository)'
  const [first, ...rest] = target.split('/')
  return rest.length === 0 ? '.' : first
}

/** The imports among `files` that break IMPORT_RULES. */
export function findViolations(files: readonly SourceFile[], rules = IMPORT_RULES): Violation[] {
  const violations: Violation[] = []
  for (const file of files) {
    const from = file.path.split('/')[0]!
    const allowed = rules[from]
    if (allowed === undefined) continue
    for (const specifier of importSpecifiers(file.source)) {
      const to = targetFolder(file.path, specifier)
      if (to === undefined || to === from || allowed.includes(to)) continue
      violations.push({ file: file.path, specifier, from, to })
    }
  }
  return violations
}

function listTs(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) listTs(path, out)
    else if (/\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path)
  }
  return out
}

function repoFiles(): SourceFile[] {
  return Object.keys(IMPORT_RULES)
    .filter((folder) => existsSync(join(ROOT, folder)))
    .flatMap((folder) => listTs(join(ROOT, folder)))
    .map((path) => ({ path: relative(ROOT, path).split(sep).join('/'), source: readFileSync(path, 'utf8') }))
}

describe('import rule (DESIGN.md §2)', () => {
  test('no part imports a folder it may not', () => {
    const files = repoFiles()
    assert.ok(files.filter((f) => f.path.startsWith('protocol/')).length >= 10, 'protocol/ was scanned')
    const violations = findViolations(files)
    assert.deepStrictEqual(
      violations.map((v) => `${v.file}: imports '${v.specifier}' (${v.from} → ${v.to})`),
      [],
    )
  })

  test('the scan sees the imports that are there', () => {
    const files = repoFiles()
    const index = files.find((f) => f.path === 'protocol/index.ts')
    assert.ok(index !== undefined)
    assert.ok(importSpecifiers(index.source).includes('./wire/market.ts'))
    const crossing = files.flatMap((f) =>
      importSpecifiers(f.source)
        .map((s) => targetFolder(f.path, s))
        .filter((t) => t === 'protocol' && !f.path.startsWith('protocol/')),
    )
    assert.ok(crossing.length > 0, 'some part imports protocol/')
  })

  test('finds every kind of import statement', () => {
    const source = [
      "import { a } from '../coordinator/a.ts'",
      'import type { B } from "../settlement/b.ts"',
      'import {\n  c,\n  d,\n} from "../client-sdk/c.ts"',
      "import * as e from 'node:fs'",
      "import '../cli/side-effect.ts'",
      "export * from '../demo/f.ts'",
      "export { g } from '../bench/g.ts'",
      "const h = await import('../test/h.ts')",
      "type I = import('../provider-agent/i.ts').I",
      "// import { no } from '../coordinator/commented.ts'",
      "/* import { no } from '../coordinator/block.ts' */",
      "const url = 'http://example.com/x' // from '../coordinator/string.ts'",
    ].join('\n')
    assert.deepStrictEqual(importSpecifiers(source).sort(), [
      '../bench/g.ts',
      '../cli/side-effect.ts',
      '../client-sdk/c.ts',
      '../coordinator/a.ts',
      '../demo/f.ts',
      '../provider-agent/i.ts',
      '../settlement/b.ts',
      '../test/h.ts',
      'node:fs',
    ])
  })

  test('reports a synthetic violation of each rule, and passes the allowed imports', () => {
    const files: SourceFile[] = [
      { path: 'protocol/wire/x.ts', source: "import { a } from '../../coordinator/index.ts'" },
      { path: 'protocol/y.ts', source: "export * from '../settlement/index.ts'" },
      { path: 'contracts/z.ts', source: "import { s } from '../settlement/index.ts'" },
      {
        path: 'settlement/p.ts',
        source: "import { c } from '../coordinator/index.ts'\nimport { p } from '../protocol/index.ts'",
      },
      { path: 'coordinator/q.ts', source: "const m = await import('../provider-agent/index.ts')" },
      { path: 'provider-agent/r.ts', source: "import { MarketClient } from 'rigpool/client'" },
      {
        path: 'client-sdk/s.ts',
        source: "import { run } from '../cli/main.ts'\nimport { x } from '../test/helpers.ts'",
      },
      // allowed
      {
        path: 'coordinator/ok.ts',
        source:
          "import { a } from '../protocol/index.ts'\nimport { b } from '../settlement/index.ts'\nimport { c } from '../contracts/index.ts'\nimport { d } from './local.ts'\nimport { Tensor } from 'onnxruntime-node'",
      },
      { path: 'protocol/ok.ts', source: "import { a } from './wire/a.ts'\nimport { b } from 'viem'" },
      {
        path: 'cli/ok.ts',
        source: "import { a } from '../coordinator/index.ts'\nimport { b } from '../provider-agent/index.ts'",
      },
      { path: 'test/ok.ts', source: "import { a } from '../coordinator/index.ts'" },
    ]
    const found = findViolations(files).map((v) => `${v.file} → ${v.to}`)
    assert.deepStrictEqual(found.sort(), [
      'client-sdk/s.ts → cli',
      'client-sdk/s.ts → test',
      'contracts/z.ts → settlement',
      'coordinator/q.ts → provider-agent',
      'protocol/wire/x.ts → coordinator',
      'protocol/y.ts → settlement',
      'provider-agent/r.ts → client-sdk',
      'settlement/p.ts → coordinator',
    ])
  })
})
