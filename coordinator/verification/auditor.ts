// The auditor: recomputes drawn items on the coordinator's own onnxruntime (worker
// threads, off the delivery path), judges them with the job's comparator, confirms any
// suspicion on a second, differently configured execution, and builds evidence.
import type { Hex } from 'viem'
import {
  itemHash,
  merkleProof,
  merkleRoot,
  modelIdOf,
  RigpoolError,
  SerialQueue,
  type AuditRecord,
  type AuditVerdict,
  type Comparator,
  type ModelId,
  type NamedTensors,
} from '../../protocol/index.ts'
import { OnnxRunner, type GraphOptimizationLevel } from '../../protocol/onnx/index.ts'
import type { AuditPlan, StoredCommitment } from './audit-plan.ts'
import { DEFAULT_TOLERANCE, type ItemComparison, type ToleranceComparator } from './comparators/index.ts'
import { buildEvidence, evidenceHash, type Evidence } from './evidence.ts'
import { executeItems } from './execute.ts'
import { judgeItem } from './judge.ts'

export interface ExecutionConfig {
  graphOptimizationLevel: GraphOptimizationLevel
  intraOpNumThreads: number
}

export interface AuditorOptions {
  /** Bytes of a model the coordinator holds; checked against the model id before use. */
  modelBytes: (modelId: ModelId) => Uint8Array | Promise<Uint8Array>
  /** Bounds for confirming a suspicion when the job's comparator is `exact` (a model's calibration). */
  boundsFor?: (modelId: ModelId) => ToleranceComparator
  /** Default: optimisation 'all', 1 thread. */
  primary?: ExecutionConfig
  /** Must differ from primary; default: optimisation 'disabled', 1 thread. */
  secondary?: ExecutionConfig
  /** Items per session call (batching is bit-identical on onnxruntime CPU); default 16. */
  maxBatch?: number
  signal?: AbortSignal
}

export interface AuditRequest {
  commitment: StoredCommitment
  plan: AuditPlan
  comparator: Comparator
  /** Every item's inputs of the task, in order (position = job index − firstIndex). */
  inputs: readonly NamedTensors[]
  /** Every item's outputs as the provider delivered them, in order. */
  outputs: readonly NamedTensors[]
  shared?: NamedTensors
  outputNames?: string[]
}

/** One audited item: the first execution's judgement and, if suspicious, the second's. */
export interface AuditedItem extends AuditRecord {
  /** Score and verdict against the second execution, when there was one. */
  confirmation?: { score: number; verdict: AuditVerdict }
  /** True when both executions put the item beyond the bound: a cheat. */
  isConfirmedCheat: boolean
  details: ItemComparison['details']
}

export interface AuditOutcome {
  taskId: string
  provider: string
  modelId: ModelId
  items: AuditedItem[]
  /** clean: all accepted; suspect: escalated but not confirmed; cheat: at least one confirmed. */
  verdict: 'clean' | 'suspect' | 'cheat'
  /** Executions run: audited items plus second executions. */
  recomputed: number
  /** Evidence of the first confirmed cheated item. */
  evidence?: { evidence: Evidence; hash: Hex; claimedOutputs: NamedTensors; honestOutputs: NamedTensors }
  /** The verifier's outputs of each audited item (job index → outputs): correct results to deliver. */
  honestOutputs: Map<number, NamedTensors>
}

const DEFAULT_PRIMARY: ExecutionConfig = { graphOptimizationLevel: 'all', intraOpNumThreads: 1 }
const DEFAULT_SECONDARY: ExecutionConfig = { graphOptimizationLevel: 'disabled', intraOpNumThreads: 1 }

/** Audits task results on its own two onnxruntime workers, one audit at a time. */
export class Auditor {
  readonly #queue = new SerialQueue()

  private constructor(
    private readonly options: AuditorOptions,
    private readonly primary: OnnxRunner,
    private readonly secondary: OnnxRunner,
  ) {}

  /** Starts the auditor's two runners (differently configured). */
  static async start(options: AuditorOptions): Promise<Auditor> {
    const p = options.primary ?? DEFAULT_PRIMARY
    const s = options.secondary ?? DEFAULT_SECONDARY
    if (p.graphOptimizationLevel === s.graphOptimizationLevel && p.intraOpNumThreads === s.intraOpNumThreads) {
      throw new RigpoolError('E_CONFIG', 'the second execution must be configured differently from the first')
    }
    const primary = await OnnxRunner.start({ ...p, signal: options.signal })
    try {
      const secondary = await OnnxRunner.start({ ...s, signal: options.signal })
      return new Auditor(options, primary, secondary)
    } catch (err) {
      await primary.terminate()
      throw err
    }
  }

  /** Queues an audit; audits run one after another so they never compete with each other. */
  audit(request: AuditRequest, options: { signal?: AbortSignal } = {}): Promise<AuditOutcome> {
    return this.#queue.run(() => this.#audit(request, options.signal))
  }

  /** Ends both runners. */
  async stop(): Promise<void> {
    await Promise.all([this.primary.terminate(), this.secondary.terminate()])
  }

  async #load(runner: OnnxRunner, modelId: ModelId, signal?: AbortSignal): Promise<void> {
    if (runner.loaded(modelId) !== undefined) return
    if (!runner.isAlive) await runner.restart({ signal })
    const bytes = await this.options.modelBytes(modelId)
    // Never run anything the provider controls: only bytes whose hash is the job's model id.
    if (modelIdOf(bytes) !== modelId) throw new RigpoolError('E_MODEL_HASH_MISMATCH', `model bytes do not hash to ${modelId}`)
    await runner.load(modelId, bytes, { signal })
  }

  async #audit(req: AuditRequest, signal?: AbortSignal): Promise<AuditOutcome> {
    const c = req.commitment
    if (req.plan.taskId !== c.taskId) throw new RigpoolError('E_INTERNAL', 'audit plan of another task')
    if (req.inputs.length !== c.itemCount || req.outputs.length !== c.itemCount) throw new RigpoolError('E_INTERNAL', 'inputs and outputs must cover every item of the task')
    const leaves = req.outputs.map((o, i) => itemHash(c.firstIndex + i, o))
    if (!Buffer.from(merkleRoot(leaves)).equals(Buffer.from(c.root))) throw new RigpoolError('E_BAD_SIGNATURE', 'delivered outputs do not match the signed root')
    const positions = req.plan.indices.map((index) => index - c.firstIndex)
    if (positions.some((p) => !(p >= 0 && p < c.itemCount))) throw new RigpoolError('E_INTERNAL', 'audit index outside the task')
    const bounds = req.comparator.kind === 'tolerance' ? req.comparator : (this.options.boundsFor?.(c.modelId) ?? DEFAULT_TOLERANCE)
    const run = { shared: req.shared, outputNames: req.outputNames, maxBatch: this.options.maxBatch ?? 16, signal }
    const outcome: AuditOutcome = { taskId: c.taskId, provider: c.provider, modelId: c.modelId, items: [], verdict: 'clean', recomputed: 0, honestOutputs: new Map() }
    if (positions.length === 0) return outcome

    await this.#load(this.primary, c.modelId, signal)
    const first = await executeItems(this.primary, c.modelId, positions.map((p) => req.inputs[p]!), run)
    outcome.recomputed += positions.length
    const suspicious: number[] = []
    positions.forEach((p, k) => {
      const j = judgeItem(req.comparator, bounds, req.outputs[p]!, first[k]!)
      outcome.honestOutputs.set(c.firstIndex + p, first[k]!)
      outcome.items.push({ index: c.firstIndex + p, provider: c.provider, score: j.score, verdict: j.verdict, isConfirmedCheat: false, details: j.details })
      if (j.needsSecond) suspicious.push(k)
    })
    if (suspicious.length === 0) return outcome

    // Before any accusation: a second, differently configured execution.
    await this.#load(this.secondary, c.modelId, signal)
    const second = await executeItems(this.secondary, c.modelId, suspicious.map((k) => req.inputs[positions[k]!]!), run)
    outcome.recomputed += suspicious.length
    suspicious.forEach((k, j) => {
      const judged = judgeItem(req.comparator, bounds, req.outputs[positions[k]!]!, first[k]!, second[j]!)
      const item = outcome.items[k]!
      item.verdict = judged.verdict
      item.confirmation = judged.confirmation
      item.isConfirmedCheat = judged.isConfirmedCheat
    })
    const cheat = outcome.items.findIndex((i) => i.isConfirmedCheat)
    outcome.verdict = cheat >= 0 ? 'cheat' : outcome.items.some((i) => i.verdict !== 'accept') ? 'suspect' : 'clean'
    if (cheat >= 0) {
      const p = positions[cheat]!
      const evidence = buildEvidence({
        provider: c.provider,
        taskId: c.taskId,
        modelId: c.modelId,
        itemCount: c.itemCount,
        itemIndex: c.firstIndex + p,
        position: p,
        inputs: req.inputs[p]!,
        shared: req.shared,
        root: c.root,
        signature: c.signature,
        proof: merkleProof(leaves, p),
        claimedOutputs: req.outputs[p]!,
      })
      outcome.evidence = { evidence, hash: evidenceHash(evidence), claimedOutputs: req.outputs[p]!, honestOutputs: first[cheat]! }
    }
    return outcome
  }
}
