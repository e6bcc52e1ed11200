import { RigpoolError } from '../../protocol/index.ts'
import type { DemoStage } from '../context.ts'
import { ocrClassifier, textLineImages } from '../workload.ts'

const ITEMS = 2_000

/** A batch of text-line images through a real OCR model, spread over both providers. */
export const batchStage: DemoStage = {
  title: `Run ${ITEMS.toLocaleString('en-US')} items of PaddleOCR's direction classifier through the market`,
  async run(ctx) {
    const { client, coordinator } = ctx
    if (client === undefined || coordinator === undefined) throw new RigpoolError('E_CONFIG', 'market stage did not run')
    const model = ocrClassifier()
    const images = textLineImages(ITEMS)
    const started = performance.now()
    let firstResultMs = 0
    let upright = 0
    let index = 0
    const job = await client.submit({
      model: model.bytes,
      items: images.map((x) => ({ [model.inputName]: x })),
      priceCapPerMillionItems: 10n ** 9n,
    })
    for await (const r of job.results()) {
      if (index === 0) firstResultMs = performance.now() - started
      const probs = r.outputs['softmax_0.tmp_0']!.data as Float32Array
      if (probs[0]! >= probs[1]!) upright++
      index++
    }
    ctx.itemsRun += index
    const seconds = (performance.now() - started) / 1000
    ctx.print(`results: ${index} of ${ITEMS}, in item order; ${upright} classified upright, ${index - upright} rotated`)
    ctx.print(`end to end: ${seconds.toFixed(2)} s, ${(ITEMS / seconds).toFixed(0)} items/s, first result after ${firstResultMs.toFixed(0)} ms`)
    for (const p of ctx.providers) {
      const entry = coordinator.registry.get(p.agent.peerId)
      const rate = entry?.observedItemsPerSecond.values().next().value
      ctx.print(`  ${p.name}: ${entry?.itemsDone ?? 0} items${rate === undefined ? '' : `, ${rate.toFixed(0)} items/s measured per task`}`)
    }
    const done = coordinator.jobs.get(job.id)
    if (done !== undefined) ctx.print(`job ${done.id}: ${done.state}, cost ${done.spent} base units, paid as results streamed (client has signed ${client.wallet?.settlement.payer.list().at(-1)?.signedAmount ?? 0n} base units)`)
  },
}
