import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { TaskJournal } from '../../provider-agent/index.ts'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** `rigpool provider status`: state, current task and today's work, read from the agent's journal. */
export function registerStatus(provider: Command): void {
  provider
    .command('status')
    .description("the agent's state, current task and today's work (reads <data-dir>/journal.sqlite)")
    .option(
      '--data-dir <dir>',
      'the agent data dir (env RIGPOOL_DATA_DIR)',
      process.env.RIGPOOL_DATA_DIR ?? '.rigpool/provider',
    )
    .option('--json', 'print JSON')
    .action((opts: { dataDir: string; json?: boolean }) => {
      if (!existsSync(join(opts.dataDir, 'journal.sqlite'))) {
        console.log(`no provider journal in ${opts.dataDir} (has the agent run with this --data-dir?)`)
        process.exitCode = 1
        return
      }
      const journal = TaskJournal.open(opts.dataDir, { readonly: true })
      try {
        const status = journal.status()
        const midnight = new Date()
        midnight.setHours(0, 0, 0, 0)
        const today = journal.summarySince(midnight.getTime())
        const open = journal.openTasks()
        const running = status !== undefined && status.state !== 'stopped' && isAlive(status.pid)
        const state = status === undefined ? 'unknown' : running ? status.state : 'stopped'
        const out = {
          state,
          reason: running ? (status?.reason ?? '') : '',
          peerId: status?.peerId,
          since: status === undefined ? undefined : new Date(status.updatedAtMs).toISOString(),
          currentTasks: running
            ? open.map((t) => ({ taskId: t.taskId, modelId: t.modelId, items: t.itemCount, state: t.state }))
            : [],
          today,
          // Earnings appear once settlement pays providers (vouchers in this journal).
          earnings: null,
        }
        if (opts.json === true) {
          console.log(JSON.stringify(out, null, 2))
          return
        }
        console.log(
          `state      ${out.state}${out.reason ? ` (${out.reason})` : ''}${out.since ? ` since ${out.since}` : ''}`,
        )
        console.log(`peer       ${out.peerId ?? '?'}`)
        console.log(
          `current    ${out.currentTasks.length === 0 ? 'no task' : out.currentTasks.map((t) => `${t.taskId} (${t.items} items, ${t.state})`).join(', ')}`,
        )
        console.log(
          `today      ${today.finished.tasks} tasks / ${today.finished.items} items finished, ${today.handed_back.tasks} handed back, ${today.failed.tasks} failed, ${today.interrupted.tasks} interrupted`,
        )
        console.log('earnings   not yet tracked (settlement to providers is not wired)')
      } finally {
        journal.close()
      }
    })
}
