import type { Command } from 'commander'
import { parsePositiveInt } from '../options.ts'
import { clientOptions, connectClient, formatDuration, readModelArg, toJson, type ClientFlags } from '../client/connect.ts'

/** `rigpool quote <model.onnx|modelId> -n N`: what N items cost now, how long they take, who would run them. */
export function register(program: Command): void {
  clientOptions(
    program
      .command('quote')
      .description('what N items of a model cost now, how long they take, and which providers would run them')
      .argument('<model>', 'an .onnx file or a model id')
      .requiredOption('-n, --items <n>', 'number of items', parsePositiveInt)
      .option('--deadline <ms>', 'spread over more providers to finish within this many ms', parsePositiveInt)
      .option('--spread <k>', 'use at most k providers', parsePositiveInt),
  ).action(async (modelArg: string, opts: ClientFlags & { items: number; deadline?: number; spread?: number }) => {
    const model = readModelArg(modelArg)
    const client = await connectClient(opts)
    try {
      const q = await client.quote({ model: model.id, count: opts.items, deadlineMs: opts.deadline, spread: opts.spread })
      if (opts.json === true) {
        console.log(toJson({ modelId: model.id, items: opts.items, ...q }))
        return
      }
      console.log(`model      ${model.id}`)
      console.log(`items      ${opts.items}`)
      console.log(`cost       ${q.cost} base units`)
      console.log(`time       ${formatDuration(q.completionMs)} (half the items back after ${formatDuration(q.p50LatencyMs)})`)
      console.log('providers')
      for (const p of q.providers) {
        console.log(`  ${p.peerId}  ${p.items} items  ${p.pricePerMillionItems} per million items  ${p.itemsPerSecond.toFixed(1)} items/s`)
      }
    } finally {
      await client.close()
    }
  })
}
