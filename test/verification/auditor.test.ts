// The auditor with real onnxruntime on the small MLP and PaddleOCR's classifier: every
// adversary is caught with re-checkable evidence; honest providers on other optimisation
// levels and thread counts are never accused; q falls below 1 for a clean record.
import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { AuditLedger, verifyEvidence, type Auditor } from '../../coordinator/verification/index.ts'
import { devAccount } from '../../settlement/index.ts'
import {
  accountOf,
  fp16Model,
  honestThenCheat,
  int8Model,
  onFractionOfItems,
  onFractionOfTasks,
  randomOutputs,
  replayFirst,
  runnerExecutor,
  substitute,
  weightNoiseModel,
  type Executor,
  type RunnerExecutor,
} from '../adversaries/index.ts'
import { ocrModel, smallMlp } from '../fixtures/models.ts'
import { calibrated, deliverAndAudit, startAuditor, type CalibratedModel } from './harness.ts'

const LEVELS = ['disabled', 'basic', 'extended', 'all'] as const

describe('auditor on real onnxruntime', () => {
  let mlp: CalibratedModel
  let ocr: CalibratedModel
  let auditor: Auditor
  const executors: RunnerExecutor[] = []
  const executor = async (bytes: Uint8Array, level: (typeof LEVELS)[number] = 'all', threads = 1): Promise<Executor> => {
    const ex = await runnerExecutor(bytes, { graphOptimizationLevel: level, intraOpNumThreads: threads })
    executors.push(ex)
    return ex.execute
  }
  let key = 10
  const provider = (execute: Executor, name: string) => ({ name, account: accountOf(devAccount(key++).privateKey), execute })

  before(async () => {
    mlp = await calibrated(smallMlp(), 16, 256)
    ocr = await calibrated(ocrModel('cls'), 16, 128)
    auditor = await startAuditor([mlp, ocr])
  })
  after(async () => {
    await auditor?.stop()
    await Promise.all(executors.map((e) => e.stop()))
  })

  test('calibration: honest drift is small and the proposed bounds sit 10× above it', () => {
    for (const m of [mlp, ocr]) {
      assert.ok(m.calibration.worstHonestScore < 1e-4, `${m.model.outputName}: ${m.calibration.worstHonestScore}`)
      assert.ok(m.comparator.accept >= 10 * m.calibration.worstHonestScore && m.comparator.accept >= 1e-5)
      assert.equal(m.calibration.configurations.length, 9)
    }
  })

  for (const which of ['mlp', 'ocr'] as const) {
    test(`${which}: every adversary is caught, with evidence anyone can re-check`, async () => {
      const m = which === 'mlp' ? mlp : ocr
      const honest = await executor(m.model.bytes)
      const int8 = await executor(int8Model(m.model.bytes))
      const adversaries: Array<[string, Executor, number]> = [
        ['random outputs', randomOutputs()(honest), 64],
        ['replay one item', replayFirst()(honest), 64],
        ['weight noise 1e-4', await executor(weightNoiseModel(m.model.bytes, 1e-4)), 64],
        ['fp16 weights', await executor(fp16Model(m.model.bytes)), 64],
        ['int8 weights', int8, 64],
        ['int8 on half the tasks', onFractionOfTasks(0.5, substitute(int8))(honest), 2_048],
        ['int8 on a quarter of the items of every task', onFractionOfItems(0.25, substitute(int8))(honest), 2_048],
        ['honest for 96 items, then int8', honestThenCheat(96, substitute(int8))(honest), 4_096],
      ]
      for (const [name, execute, maxItems] of adversaries) {
        const ledger = new AuditLedger()
        const cheater = provider(execute, name)
        const r = await deliverAndAudit(auditor, ledger, cheater, m, { taskSize: 32, maxItems })
        assert.ok(r.caught !== undefined, `${which}/${name} was not caught in ${r.itemsDelivered} items`)
        assert.ok(ledger.isBanned(cheater.account.address))
        const { evidence, hash, claimedOutputs, honestOutputs } = r.caught.evidence!
        assert.equal(evidence.provider, cheater.account.address)
        assert.match(hash, /^0x[0-9a-f]{64}$/)
        const inputs = m.pool[evidence.itemIndex % m.pool.length]!
        const check = await verifyEvidence(evidence, { inputs, claimedOutputs, outputs: honestOutputs, comparator: m.comparator })
        assert.ok(check.isCheat, `${name}: ${check.reason}`)
        // Evidence is bound to what the provider signed: other outputs or inputs do not verify.
        const forged = await verifyEvidence(evidence, { inputs, claimedOutputs: honestOutputs, outputs: honestOutputs, comparator: m.comparator })
        assert.equal(forged.isCheat, false)
        const wrongInputs = await verifyEvidence(evidence, { inputs: m.pool[(evidence.itemIndex + 1) % m.pool.length]!, claimedOutputs, outputs: honestOutputs, comparator: m.comparator })
        assert.equal(wrongInputs.isCheat, false)
      }
    })
  }

  test('honest providers on every optimisation level and 1 or 2 threads: thousands of audits, no accusation; q drops below 1', async () => {
    let audited = 0
    for (const m of [mlp, ocr]) {
      for (const level of LEVELS) {
        for (const threads of [1, 2]) {
          const ledger = new AuditLedger()
          const honest = provider(await executor(m.model.bytes, level, threads), `${level}/${threads}`)
          const items = m === mlp ? 384 : 160
          const r = await deliverAndAudit(auditor, ledger, honest, m, { taskSize: 32, maxItems: items, rate: 1, stopWhenCaught: false })
          for (const o of r.outcomes) {
            assert.equal(o.verdict, 'clean', `${m.model.outputName} ${level}/${threads}: ${JSON.stringify(o.items.find((i) => i.verdict !== 'accept'))}`)
            audited += o.items.length
          }
          const report = ledger.report(honest.account.address, 100_000_000n, 3_000n)
          assert.equal(report.cheats, 0)
          assert.ok(report.q < 1 && report.q < 0.25, `q ${report.q} after a clean record of ${report.cleanItems}`)
        }
      }
    }
    assert.ok(audited >= 4_000, `${audited} audits`)
  })

  test('an exact job: an honest provider on another optimisation level is escalated, confirmed as drift and not accused', async () => {
    const honest = provider(await executor(ocr.model.bytes, 'basic', 2), 'basic/2')
    const r = await deliverAndAudit(auditor, new AuditLedger(), honest, ocr, { taskSize: 16, maxItems: 32, rate: 1, comparator: { kind: 'exact' }, stopWhenCaught: false })
    const items = r.outcomes.flatMap((o) => o.items)
    assert.ok(items.some((i) => i.confirmation !== undefined), 'bytes differ from the verifier\'s, so a second execution ran')
    assert.ok(items.every((i) => !i.isConfirmedCheat && i.verdict === 'accept'))
  })
})
