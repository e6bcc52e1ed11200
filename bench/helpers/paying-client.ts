// A paying client in its own process (as clients are): submits one job of N small MLP items,
// reads every result, pays as they arrive, and prints one JSON line with what it saw.
// Usage: node --import ./scripts/register.mjs bench/helpers/paying-client.ts <config.json>
import { readFileSync } from 'node:fs'
import { Tensor } from 'onnxruntime-node'
import { MarketClient } from '../../client-sdk/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/mlp-model.ts'
import type { Deployment } from '../../settlement/index.ts'

interface Config {
  coordinator: string
  dataDir: string
  rpcUrl: string
  deployment: Deployment
  items: number
  deposit: string
  budget: string
  priceCap: string
  spendCap: string
}

const c = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Config
const client = await MarketClient.connect({
  coordinator: c.coordinator,
  dataDir: c.dataDir,
  payments: { rpcUrl: c.rpcUrl, deployment: c.deployment, deposit: BigInt(c.deposit), budget: BigInt(c.budget) },
})
try {
  const model = mlpModel({ inputSize: 16, hiddenSizes: [32], outputSize: 4, seed: 3 })
  const feeds = Array.from({ length: c.items }, (_, i) => {
    const input = new Float32Array(16)
    input[i % 16] = (i % 97) / 97
    return { [model.inputName]: new Tensor('float32', input, [1, 16]) }
  })
  const started = performance.now()
  const handle = await client.submit({ model: model.bytes, items: feeds, priceCapPerMillionItems: BigInt(c.priceCap), spendCap: BigInt(c.spendCap) })
  let received = 0
  for await (const _r of handle.results()) received++
  const seconds = (performance.now() - started) / 1000
  const channel = client.wallet!.settlement.payer.list().at(-1)!
  console.log(JSON.stringify({ jobId: handle.id, received, state: handle.finalState, seconds, channelId: channel.channelId, signed: channel.signedAmount.toString() }))
} finally {
  await client.close()
}
