// Runs `rigpool` as a real child process (never spawnSync: the market under test answers in-process).
import { spawn } from 'node:child_process'

export const ROOT = new URL('../../', import.meta.url).pathname

export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** `rigpool <args>` with `env` added, killed after `timeoutMs`. */
export function cli(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/rigpool.mjs', ...args], { cwd: ROOT, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}
