import { resolve } from 'node:path'
import type { Command } from 'commander'
import { collect } from '../client/collect.ts'
import { clientOptions, connectClient, toJson, type ClientFlags } from '../client/connect.ts'
import { followWithSignals } from '../client/follow.ts'

/** `rigpool jobs` and `rigpool job <id>`: list, reattach, follow and collect. */
export function register(program: Command): void {
  clientOptions(program.command('jobs').description("this client's jobs (from its data dir and the coordinator)")).action(async (opts: ClientFlags) => {
    const client = await connectClient(opts)
    try {
      const jobs = await client.jobs()
      if (opts.json === true) {
        console.log(toJson(jobs))
        return
      }
      console.log(['JOB', 'STATE', 'ITEMS', 'DELIVERED', 'CURSOR', 'SPENT'].join('\t'))
      for (const j of jobs) console.log([j.jobId ?? `(key ${j.idempotencyKey})`, j.state, j.itemsTotal, j.itemsDelivered ?? '-', j.cursor ?? '-', j.spent].join('\t'))
    } finally {
      await client.close()
    }
  })

  clientOptions(
    program
      .command('job')
      .description('show a job; --follow reattaches and collects its results (after a crash too)')
      .argument('<id>', 'job id or idempotency key')
      .option('--follow', 'follow the results until the job ends, with progress')
      .option('--out <dir>', 'write outputs here (default: where `rigpool submit` was writing)')
      .option('--per-output-npy', 'write <output>.npy files instead of outputs.npz')
      .option('--jsonl', 'write outputs.jsonl (one item per line) instead of outputs.npz')
      .option('--report', "print the job's verification report")
      .option('--cancel', 'cancel the job'),
  ).action(async (id: string, opts: ClientFlags & { follow?: boolean; out?: string; report?: boolean; cancel?: boolean; perOutputNpy?: boolean; jsonl?: boolean }) => {
    const client = await connectClient(opts)
    try {
      const job = await client.job(id)
      const print = (label: string, value: unknown): void => {
        if (opts.json === true) console.log(toJson(value))
        else console.log(`${label}: ${toJson(value)}`)
      }
      if (opts.cancel === true) print('cancelled', await job.cancel())
      if (opts.follow === true) {
        const meta = client.store.find(id)?.meta ?? {}
        const out = opts.out ?? meta.outDir
        if (out === undefined || out === '') {
          let n = 0
          await followWithSignals(job, async (signal) => {
            for await (const _r of job.results({ signal })) n++
          })
          print('followed', { jobId: job.id, state: job.finalState, received: n })
        } else {
          const result = await followWithSignals(job, (signal) => collect(job, resolve(out), { signal, perOutputNpy: opts.perOutputNpy ?? meta.perOutputNpy === '1', jsonl: opts.jsonl ?? meta.jsonl === '1' }))
          if (opts.json === true) console.log(toJson(result))
          else console.log(`${result.state}: ${result.items}/${result.itemsTotal} items written to ${result.files.join(', ')} (${result.received} received now)`)
        }
      }
      if (opts.report === true) print('report', await job.report())
      if (opts.follow !== true && opts.cancel !== true && opts.report !== true) print('status', await job.status())
    } finally {
      await client.close()
    }
  })
}
