// `rigpool calibrate <model.onnx> --json` on a real model file: the table's figures and the file written next to it.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { CalibrationStore, loadCalibration, type Calibration } from '../../coordinator/verification/index.ts'
import { smallMlp } from '../fixtures/models.ts'

describe('rigpool calibrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  test('measures every configuration, proposes bounds and stores them with the model', () => {
    const path = join(dir, 'mlp.onnx')
    writeFileSync(path, smallMlp().bytes)
    const r = spawnSync(process.execPath, ['bin/rigpool.mjs', 'calibrate', path, '--items', '4', '--json'], { encoding: 'utf8', timeout: 120_000 })
    assert.equal(r.status, 0, r.stderr)
    const printed = JSON.parse(r.stdout) as Calibration
    assert.equal(printed.modelId, smallMlp().id)
    assert.equal(printed.configurations.length, 9)
    assert.ok(printed.comparator.accept >= 1e-5 && printed.comparator.reject >= 5e-3)
    assert.ok(existsSync(`${path}.calibration.json`))
    assert.deepEqual(loadCalibration(`${path}.calibration.json`).comparator, printed.comparator)

    const store = new CalibrationStore(dir)
    assert.equal(store.comparatorFor(printed.modelId).accept, 2e-4, 'unknown model: the defaults')
    store.put(printed)
    assert.deepEqual(store.comparatorFor(printed.modelId), printed.comparator)
  })
})
