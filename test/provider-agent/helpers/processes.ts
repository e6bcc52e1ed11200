import { execFileSync } from 'node:child_process'

const BUSY =
  'setInterval(() => { const t = Date.now(); while (Date.now() - t < 20) {} }, 50); setTimeout(() => process.exit(0), 120000)'

/**
 * A real, busy process whose argv[0] (what the process list shows) is `name`, e.g. a game's
 * executable, started outside this process's tree (the agent ignores its own tree) the way
 * an owner's game would be. Returns its pid.
 */
export function spawnNamed(name: string): number {
  const out = execFileSync(
    'bash',
    [
      '-c',
      `(exec -a '${name}' "${process.execPath}" -e '${BUSY}' >/dev/null 2>&1 &) ; sleep 0.2; pgrep -n -f -- '^${name} '`,
    ],
    { encoding: 'utf8' },
  )
  return Number(out.trim().split('\n').pop())
}

/**
 * A busy process outside this process's tree: started through a shell that exits at once,
 * so it is re-parented away from us (as a game the owner starts would be). Returns its pid.
 */
export function spawnOutsideTree(): number {
  const out = execFileSync(
    'sh',
    [
      '-c',
      `"${process.execPath}" -e 'const t0 = Date.now(); while (Date.now() - t0 < 60000) {}' >/dev/null 2>&1 & echo $!`,
    ],
    { encoding: 'utf8' },
  )
  return Number(out.trim())
}

export function killPid(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
}
