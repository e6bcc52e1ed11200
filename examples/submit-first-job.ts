// Submit your first job with the SDK: quote, submit, follow progress, collect results.
// Run: node --import ./scripts/register.mjs examples/submit-first-job.ts <coordinator-multiaddr> <model.onnx> [items]
// (the coordinator can also come from RIGPOOL_COORDINATOR).
import { readFileSync } from 'node:fs'
import { Tensor } from 'onnxruntime-node'
import { inspectModel, MarketClient } from 'rigpool/client'

const coordinator = process.argv[2] ?? process.env.RIGPOOL_COORDINATOR
const modelPath = process.argv[3]
const count = Number(process.argv[4] ?? 100)
if (coordinator === undefined || modelPath === undefined) {
  console.error('usage: submit-first-job.ts <coordinator-multiaddr> <model.onnx> [items]')
  process.exit(2)
}

const model = new Uint8Array(readFileSync(modelPath))
// One random item per input row, shaped as the model's input with a batch of 1.
const input = inspectModel(model).inputs[0]!
const width = Number(input.shape[1])
const items = Array.from({ length: count }, () => ({ [input.name]: new Tensor('float32', Float32Array.from({ length: width }, () => Math.random()), [1, width]) }))

const client = await MarketClient.connect({ coordinator, dataDir: '.rigpool/example-client' })
try {
  const quote = await client.quote({ model, items })
  console.log(`quote: ${quote.cost} base units, about ${quote.completionMs} ms, ${quote.providers.length} provider(s)`)

  const job = await client.submit({ model, items, spendCap: quote.cost * 2n })
  job.on('progress', (p) => {
    if (p.itemsDone % 25 === 0 || p.state !== 'running') console.log(`progress: ${p.itemsDone}/${p.itemsTotal} items, ${p.itemsPerSecond.toFixed(0)} items/s, spent ${p.spent}`)
  })
  let received = 0
  for await (const { index, outputs } of job.results()) {
    const first = Object.values(outputs)[0]!
    if (index === 0) console.log(`item 0: ${first.type}[${first.dims.join(',')}]`)
    received++
  }
  console.log(`done: job ${job.id} ${job.finalState}, ${received} results in item order`)
} finally {
  await client.close()
}
