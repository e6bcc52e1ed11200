import { formatPrices } from '../../cli/commands/prices.ts'
import { RigpoolError } from '../../protocol/index.ts'
import type { DemoStage } from '../context.ts'

/** The market's price table, as `rigpool prices` prints it. */
export const pricesStage: DemoStage = {
  title: "The market's price table (rigpool prices)",
  async run(ctx) {
    const { coordinator } = ctx
    if (coordinator === undefined) throw new RigpoolError('E_CONFIG', 'market stage did not run')
    const model = [...coordinator.jobs.values()].at(-1)?.spec.modelId
    const stats = coordinator.queries.answer({ kind: 'stats' })
    const offers = coordinator.queries.answer({ kind: 'offers', query: { modelId: model, sort: model === undefined ? 'price_per_gpu_hour' : 'price_per_item', limit: 20 } })
    if (stats.kind !== 'stats' || offers.kind !== 'offers') throw new RigpoolError('E_INTERNAL', 'unexpected market answer')
    for (const line of formatPrices(stats.classes, offers.offers).split('\n')) ctx.print(line)
    if (model !== undefined) ctx.print(`(price per million items for model ${model.slice(0, 16)}…)`)
  },
}
