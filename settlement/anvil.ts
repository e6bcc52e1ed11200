// Starts the anvil binary that ships in @foundry-rs/anvil-<platform> (runs offline) on 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { RigpoolError } from '../protocol/errors.ts'
import { withDeadline, type WaitOptions } from './deadline.ts'

export interface AnvilOptions extends WaitOptions {
  /** 0 (default) lets the OS pick a free port. */
  port?: number
  chainId?: number
  /** State file: loaded at start if present, written every `stateIntervalS` and on exit. */
  stateFile?: string
  stateIntervalS?: number
  /** Number of dev accounts (default 10). */
  accounts?: number
}

export interface AnvilProcess {
  rpcUrl: string
  port: number
  chainId: number
  /** Stops anvil (SIGTERM, then SIGKILL), waiting for it to exit; anvil dumps its state on SIGTERM. */
  stop(options?: WaitOptions): Promise<void>
}

/** Path of the anvil binary for this platform. */
export function anvilBinaryPath(): string {
  const arch = process.arch === 'x64' ? 'amd64' : process.arch
  const pkg = `@foundry-rs/anvil-${process.platform}-${arch}`
  const require = createRequire(import.meta.url)
  try {
    const dir = dirname(require.resolve(`${pkg}/package.json`))
    return join(dir, 'bin', process.platform === 'win32' ? 'anvil.exe' : 'anvil')
  } catch (err) {
    throw new RigpoolError('E_CONFIG', `anvil binary package ${pkg} is not installed`, { cause: err })
  }
}

/** Starts anvil and resolves once it listens (default deadline 20 s). */
export async function startAnvil(options: AnvilOptions = {}): Promise<AnvilProcess> {
  const chainId = options.chainId ?? 31337
  const args = ['--host', '127.0.0.1', '--port', String(options.port ?? 0), '--chain-id', String(chainId)]
  args.push('--accounts', String(options.accounts ?? 10))
  if (options.stateFile !== undefined) {
    args.push('--state', options.stateFile, '--state-interval', String(options.stateIntervalS ?? 1))
  }
  const child = spawn(anvilBinaryPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
  // A parent that dies without stop() must not leave anvil holding its port.
  const killOnExit = (): void => {
    child.kill('SIGKILL')
  }
  process.once('exit', killOnExit)
  child.once('exit', () => process.off('exit', killOnExit))
  let output = ''
  const listening = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8192)
      const m = /Listening on 127\.0\.0\.1:(\d+)/.exec(output)
      if (m !== null) {
        child.stdout.off('data', onData)
        child.stdout.resume()
        resolve(Number(m[1]))
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-8192)))
    child.once('error', (err) => reject(new RigpoolError('E_CHAIN', `anvil failed to start: ${err.message}`, { cause: err })))
    child.once('exit', (code) =>
      reject(new RigpoolError('E_CHAIN', `anvil exited (${code}) before listening: ${output.slice(-500)}`)),
    )
  })
  let port: number
  try {
    port = await withDeadline(listening, 'starting anvil', { signal: options.signal, timeoutMs: options.timeoutMs ?? 20_000 })
  } catch (err) {
    await killChild(child, 2000)
    throw err
  }
  return {
    rpcUrl: `http://127.0.0.1:${port}`,
    port,
    chainId,
    stop: (opts) => killChild(child, opts?.timeoutMs ?? 10_000),
  }
}

async function killChild(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  await exited
  clearTimeout(timer)
}
