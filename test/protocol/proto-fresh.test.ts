// The committed protons code matches its .proto files (scripts/check-proto.mjs).
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SCRIPT = join(ROOT, 'scripts', 'check-proto.mjs')
const MESSAGES = join(ROOT, 'protocol', 'messages')

const dirs: string[] = []
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function check(dir?: string): { status: number | null; output: string } {
  const args = dir === undefined ? [SCRIPT] : [SCRIPT, '--dir', dir]
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })
  return { status: run.status, output: run.stdout + run.stderr }
}

/** A copy of protocol/messages to break. */
function copyOfMessages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-'))
  dirs.push(dir)
  cpSync(MESSAGES, dir, { recursive: true })
  return dir
}

describe('generated protobuf code', () => {
  test('protocol/messages/*.ts is what protons generates from the .proto files', () => {
    const { status, output } = check()
    assert.equal(status, 0, output)
  })

  test('the check fails when a .proto changed and its .ts was not regenerated', () => {
    const dir = copyOfMessages()
    appendFileSync(join(dir, 'task.proto'), '\nmessage TaskPing {\n  uint64 at_ms = 1;\n}\n')
    const { status, output } = check(dir)
    assert.equal(status, 1, output)
    assert.match(output, /task\.ts is stale/)
    assert.doesNotMatch(output, /common\.ts/)
  })

  test('the check fails when generated code was edited by hand, or is missing', () => {
    const dir = copyOfMessages()
    appendFileSync(join(dir, 'market.ts'), '\n// edited\n')
    unlinkSync(join(dir, 'model.ts'))
    writeFileSync(join(dir, 'orphan.ts'), 'export {}\n')
    const { status, output } = check(dir)
    assert.equal(status, 1, output)
    assert.match(output, /market\.ts is stale/)
    assert.match(output, /model\.ts is missing/)
    assert.match(output, /orphan\.ts has no orphan\.proto/)
  })
})
