import { test, describe } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hasCode, RigpoolError } from '../../../protocol/errors.ts'
import { modelIdOf } from '../../../protocol/model-id.ts'
import { Executor, ModelStore } from '../../../provider-agent/executor/index.ts'
import { mlpModel } from '../../../provider-agent/benchmark/index.ts'
import { smallMlp } from '../../fixtures/models.ts'

describe('ModelStore', () => {
  test('keeps models by id within a byte budget, least recently used out, across reopen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rigpool-models-'))
    try {
      const models = [1, 2, 3].map((seed) => mlpModel({ inputSize: 16, hiddenSizes: [64], outputSize: 4, seed }).bytes)
      const ids = models.map(modelIdOf)
      const store = await ModelStore.open({ dir, budgetBytes: models[0]!.byteLength * 2 + 100 })
      await store.put(ids[0]!, models[0]!)
      await store.put(ids[1]!, models[1]!)
      await store.get(ids[0]!) // 0 is now more recent than 1
      await store.put(ids[2]!, models[2]!)
      assert.deepEqual(new Set(store.list()), new Set([ids[0], ids[2]]))
      const reopened = await ModelStore.open({ dir, budgetBytes: 1e9 })
      assert.deepEqual(Buffer.from(await reopened.get(ids[2]!)), Buffer.from(models[2]!))
      await assert.rejects(store.put(ids[0]!, models[1]!), (e) => hasCode(e, 'E_MODEL_HASH_MISMATCH'))
      await assert.rejects(store.get('../../etc/passwd'), (e) => hasCode(e, 'E_BAD_MODEL'))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('a corrupt cached file is detected, deleted and reported; the executor re-fetches through getModel', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rigpool-models-'))
    const m = smallMlp()
    try {
      const store = await ModelStore.open({ dir, budgetBytes: 1e8 })
      await store.put(m.id, m.bytes)
      const corrupt = new Uint8Array(m.bytes)
      corrupt[corrupt.length - 10] = corrupt[corrupt.length - 10]! ^ 1
      await writeFile(join(dir, `${m.id}.onnx`), corrupt)
      await assert.rejects(store.get(m.id), (e) => {
        assert.ok(hasCode(e, 'E_MODEL_HASH_MISMATCH'))
        assert.equal((e as RigpoolError).details?.deleted, true)
        return true
      })
      assert.equal(store.has(m.id), false)
      assert.deepEqual(await readdir(dir), [])

      // The caller's fetch path: store miss or corruption → fetch from the network (here: the fixture) → put.
      let fetches = 0
      const getModel = async (id: string): Promise<Uint8Array> => {
        try {
          return await store.get(id)
        } catch (err) {
          if (!hasCode(err, 'E_MODEL_HASH_MISMATCH') && !hasCode(err, 'E_UNKNOWN_MODEL')) throw err
          fetches++
          await store.put(id, m.bytes)
          return m.bytes
        }
      }
      const ex = await Executor.start({ getModel })
      try {
        const out = await ex.run(m.id, { items: [m.input(1)] })
        assert.deepEqual(out[0]!.y!.dims, [1, 16])
        assert.equal(fetches, 1)
      } finally {
        await ex.close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
