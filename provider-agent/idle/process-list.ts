import { readdirSync, readFileSync } from 'node:fs'
import si from 'systeminformation'

export interface ProcessSample {
  pid: number
  ppid: number
  /** Executable base name (argv[0] where the kernel's 15-character name would cut it). */
  name: string
  /** Also-matching names: the kernel's comm and argv[0]'s base name. */
  names: string[]
  /** Cumulative CPU seconds (user + system), where known. */
  cpuSeconds?: number
  /** Current CPU share in cores (from systeminformation where /proc is absent). */
  cpuCores?: number
}

const CLOCK_TICKS = 100

function readProcLinux(): ProcessSample[] {
  const out: ProcessSample[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // comm is in parentheses and may itself contain spaces or ')'.
      const open = stat.indexOf('(')
      const close = stat.lastIndexOf(')')
      const comm = stat.slice(open + 1, close)
      const fields = stat.slice(close + 2).split(' ')
      const ppid = Number(fields[1])
      const ticks = Number(fields[11]) + Number(fields[12])
      const argv0 = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0] ?? ''
      const argvBase = argv0.split('/').pop() ?? ''
      const names = argvBase.length > 0 && argvBase !== comm ? [comm, argvBase] : [comm]
      out.push({
        pid: Number(entry),
        ppid,
        name: argvBase.length > comm.length ? argvBase : comm,
        names,
        cpuSeconds: ticks / CLOCK_TICKS,
      })
    } catch {
      // The process ended while we read it.
    }
  }
  return out
}

/** The process table: /proc on Linux (cheap), systeminformation elsewhere (slow on Windows: poll rarely). */
export async function listProcesses(): Promise<ProcessSample[]> {
  if (process.platform === 'linux') return readProcLinux()
  const data = await si.processes()
  return data.list.map((p) => ({
    pid: p.pid,
    ppid: p.parentPid,
    name: p.name,
    names: [p.name, p.command].filter((n) => n.length > 0),
    cpuCores: p.cpu / 100,
  }))
}

/** The pids of `root` and all its descendants (the agent's own tree never counts as the owner's load). */
export function processTree(processes: ProcessSample[], root: number): Set<number> {
  const children = new Map<number, number[]>()
  for (const p of processes) {
    const list = children.get(p.ppid) ?? []
    list.push(p.pid)
    children.set(p.ppid, list)
  }
  const tree = new Set<number>([root])
  const stack = [root]
  while (stack.length > 0) {
    for (const c of children.get(stack.pop()!) ?? []) {
      if (!tree.has(c)) {
        tree.add(c)
        stack.push(c)
      }
    }
  }
  return tree
}
