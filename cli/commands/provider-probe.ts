import type { Command } from 'commander'
import { arch, platform } from 'node:os'
import {
  attemptLog,
  chooseExecutionProvider,
  deviceTargets,
  executionProviderCandidates,
  probeHardware,
} from '../../provider-agent/index.ts'

const GiB = 1024 ** 3

/** `rigpool provider probe`: what the agent would detect and run on, as a table or --json. */
export function registerProbe(provider: Command): void {
  provider
    .command('probe')
    .description('detect GPUs, CPU, RAM, OS and the execution provider that really works here')
    .option('--json', 'print JSON instead of a table')
    .option('--no-ep', 'skip trying execution providers (hardware only)')
    .option(
      '--try <list>',
      'try these execution providers, in order, instead of the defaults (e.g. cuda,webgpu,cpu)',
      (v: string) => v.split(',').map((s) => s.trim()),
    )
    .action(async (opts: { json?: boolean; ep: boolean; try?: string[] }) => {
      const hw = await probeHardware()
      const executors: Array<{ device: string; candidates: string[]; executionProvider?: string; attempts: string[] }> =
        []
      for (const target of deviceTargets(hw.gpus)) {
        const device = target.gpu === undefined ? 'cpu' : `gpu${target.gpu.index}`
        const candidates = opts.try ?? executionProviderCandidates(target, { platform: platform(), arch: arch() })
        if (!opts.ep) {
          executors.push({ device, candidates, attempts: [] })
          continue
        }
        try {
          const choice = await chooseExecutionProvider({ candidates, intraOpNumThreads: 1 })
          await choice.runner.terminate()
          executors.push({
            device,
            candidates,
            executionProvider: choice.executionProvider,
            attempts: attemptLog(choice.attempts),
          })
        } catch (err) {
          executors.push({ device, candidates, attempts: [(err as Error).message] })
        }
      }
      if (opts.json === true) {
        console.log(JSON.stringify({ ...hw, executors }, null, 2))
        return
      }
      const rows: Array<[string, string]> = [
        ['OS', `${hw.os} ${hw.arch}`],
        ['CPU', `${hw.cpuModel} (${hw.cpuCores} cores)`],
        ['RAM', `${(hw.ramBytes / GiB).toFixed(1)} GiB`],
      ]
      if (hw.gpus.length === 0) rows.push(['GPU', 'none found'])
      for (const g of hw.gpus) {
        rows.push([
          `GPU ${g.index}`,
          `${g.vendor} ${g.model}, ${(g.vramBytes / GiB).toFixed(1)} GiB VRAM, driver ${g.driver || '?'}, bus ${g.bus || '?'}`,
        ])
      }
      for (const e of executors) {
        rows.push([
          `executor ${e.device}`,
          e.executionProvider === undefined
            ? opts.ep
              ? 'none works'
              : `would try ${e.candidates.join(', ')}`
            : `runs on ${e.executionProvider}`,
        ])
        for (const a of e.attempts) rows.push(['', `  ${a}`])
      }
      const width = Math.max(...rows.map(([k]) => k.length))
      for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`)
      for (const n of hw.notes) console.log(`\nnote: ${n}`)
    })
}
