// Evidence of a cheat: one item of a signed task result that anyone can re-run
// (DESIGN.md §7). Its keccak256 goes on chain with the slash.
import { keccak256, type Address, type Hex } from 'viem'
import { itemHash, RigpoolError, verifyCommitment, verifyMerkleProof, type ModelId, type NamedTensors } from '../../protocol/index.ts'
import { compareTolerance, type ItemComparison, type ToleranceComparator } from './comparators/index.ts'

/** Everything needed to re-check one cheated item; all of it is hashed into the evidence hash. */
export interface Evidence {
  provider: Address
  taskId: string
  modelId: ModelId
  /** Items in the task's commitment. */
  itemCount: number
  /** Job index of the item (what its leaf hash binds). */
  itemIndex: number
  /** Its leaf position in the task's Merkle tree. */
  position: number
  /** itemHash(itemIndex, shared ∪ item inputs): names which inputs to re-run. */
  inputsHash: Hex
  root: Hex
  signature: Hex
  proof: Hex[]
  /** The provider's leaf: itemHash(itemIndex, claimed outputs). */
  claimedOutputHash: Hex
}

const hex = (b: Uint8Array): Hex => `0x${Buffer.from(b).toString('hex')}`
const bytes = (h: Hex): Uint8Array => new Uint8Array(Buffer.from(h.slice(2), 'hex'))

function u32(n: number): Buffer {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RigpoolError('E_INTERNAL', `evidence field ${n} out of range`)
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}

function field(b: Uint8Array | string): Buffer {
  const data = typeof b === 'string' ? Buffer.from(b, 'utf8') : Buffer.from(b)
  return Buffer.concat([u32(data.byteLength), data])
}

/** The canonical bytes of a piece of evidence (length-prefixed fields in a fixed order). */
export function encodeEvidence(e: Evidence): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      Buffer.from('rigpool/evidence/1\n'),
      field(bytes(e.provider)),
      field(e.taskId),
      field(e.modelId),
      u32(e.itemCount),
      u32(e.itemIndex),
      u32(e.position),
      field(bytes(e.inputsHash)),
      field(bytes(e.root)),
      field(bytes(e.signature)),
      u32(e.proof.length),
      ...e.proof.map((p) => field(bytes(p))),
      field(bytes(e.claimedOutputHash)),
    ]),
  )
}

/** keccak256 of the canonical encoding: what `slash` records on chain. */
export function evidenceHash(e: Evidence): Hex {
  return keccak256(encodeEvidence(e))
}

/** Hash naming an item's inputs (shared inputs included): itemHash over the full feed. */
export function inputsHashOf(itemIndex: number, inputs: NamedTensors, shared: NamedTensors = {}): Hex {
  return hex(itemHash(itemIndex, { ...shared, ...inputs }))
}

export interface EvidenceInput {
  provider: Address
  taskId: string
  modelId: ModelId
  itemCount: number
  itemIndex: number
  position: number
  inputs: NamedTensors
  shared?: NamedTensors
  root: Uint8Array
  signature: Uint8Array
  proof: readonly Uint8Array[]
  claimedOutputs: NamedTensors
}

/** Builds the evidence of one item. */
export function buildEvidence(x: EvidenceInput): Evidence {
  return {
    provider: x.provider,
    taskId: x.taskId,
    modelId: x.modelId,
    itemCount: x.itemCount,
    itemIndex: x.itemIndex,
    position: x.position,
    inputsHash: inputsHashOf(x.itemIndex, x.inputs, x.shared),
    root: hex(x.root),
    signature: hex(x.signature),
    proof: x.proof.map(hex),
    claimedOutputHash: hex(itemHash(x.itemIndex, x.claimedOutputs)),
  }
}

/** What a re-checker brings: the item's full feed, the provider's claimed outputs, and its own re-run. */
export interface Rerun {
  /** Shared and per-item inputs together, as fed to the model. */
  inputs: NamedTensors
  claimedOutputs: NamedTensors
  /** Outputs of the re-checker's own run of the model on `inputs`. */
  outputs: NamedTensors
  comparator: ToleranceComparator
}

export interface EvidenceCheck {
  /** True when the provider signed these outputs and they fail the comparator's confirmation bound. */
  isCheat: boolean
  reason: string
  comparison?: ItemComparison
}

/**
 * Re-checks evidence: the provider's signature over the root, the Merkle proof of the
 * claimed outputs, the inputs' hash, then the re-run's score against the claimed outputs
 * (a cheat when it exceeds the comparator's `escalate` bound).
 */
export async function verifyEvidence(e: Evidence, rerun: Rerun): Promise<EvidenceCheck> {
  try {
    await verifyCommitment(e.provider, e.taskId, e.modelId, e.itemCount, bytes(e.root), bytes(e.signature))
  } catch {
    return { isCheat: false, reason: 'the signature over the root is not the provider\'s' }
  }
  const leaf = itemHash(e.itemIndex, rerun.claimedOutputs)
  if (hex(leaf) !== e.claimedOutputHash) return { isCheat: false, reason: 'claimed outputs do not match the claimed output hash' }
  if (!verifyMerkleProof(leaf, e.position, e.itemCount, e.proof.map(bytes), bytes(e.root))) return { isCheat: false, reason: 'the Merkle proof does not lead to the signed root' }
  if (hex(itemHash(e.itemIndex, rerun.inputs)) !== e.inputsHash) return { isCheat: false, reason: 'inputs do not match the inputs hash' }
  const comparison = compareTolerance(rerun.comparator, rerun.outputs, rerun.claimedOutputs)
  const isCheat = comparison.score > rerun.comparator.escalate
  return { isCheat, reason: isCheat ? `score ${comparison.score} exceeds ${rerun.comparator.escalate}` : 'outputs within the bound', comparison }
}
