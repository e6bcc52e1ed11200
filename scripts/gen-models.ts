// `npm run gen:models -- [dir]`: writes the standard benchmark models (default models/,
// git-ignored) with their content ids, so bench and demo can serve them from disk.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { modelIdOf } from '../protocol/model-id.ts'
import { mlpModel, STANDARD_MLP } from '../provider-agent/benchmark/mlp-model.ts'

const dir = process.argv[2] ?? 'models'
const models = {
  'mlp-small': mlpModel({ inputSize: 64, hiddenSizes: [256, 256], outputSize: 16, seed: 1 }),
  'mlp-standard': mlpModel(STANDARD_MLP),
}
await mkdir(dir, { recursive: true })
for (const [name, m] of Object.entries(models)) {
  const path = join(dir, `${name}.onnx`)
  await writeFile(path, m.bytes)
  console.log(`${path}  ${m.bytes.byteLength} bytes  ${m.flopsPerItem} FLOP/item  ${modelIdOf(m.bytes)}`)
}
