import { createHash } from 'node:crypto'
import { keccak256, type Address, type LocalAccount } from 'viem'
import { RigpoolError } from './errors.ts'
import { dtypeCode, type NamedTensors } from './tensor.ts'
import { signBytes, verifyBytesSignature } from './signatures.ts'

// The result commitment (DESIGN.md §7): the provider signs one Merkle root over the
// hashes of each item's outputs, so any single item plus a proof is evidence.

function sha256(...parts: Uint8Array[]): Uint8Array {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return new Uint8Array(h.digest())
}

const LEAF = Uint8Array.of(0)
const NODE = Uint8Array.of(1)

function u32(n: number): Uint8Array {
  const b = new Uint8Array(4)
  new DataView(b.buffer).setUint32(0, n, true)
  return b
}

/** Hash of one item's outputs: index, then each output by name (sorted) with dtype, dims, bytes. */
export function itemHash(index: number, outputs: NamedTensors): Uint8Array {
  const h = createHash('sha256')
  h.update(LEAF).update(u32(index))
  for (const name of Object.keys(outputs).sort()) {
    const t = outputs[name]!
    const nameBytes = Buffer.from(name, 'utf8')
    h.update(u32(nameBytes.byteLength)).update(nameBytes).update(u32(dtypeCode(t.dtype))).update(u32(t.dims.length))
    for (const d of t.dims) h.update(u32(d))
    h.update(u32(t.data.byteLength)).update(t.data)
  }
  return new Uint8Array(h.digest())
}

function parent(a: Uint8Array, b: Uint8Array): Uint8Array {
  return sha256(NODE, a, b)
}

/** Merkle root of leaf hashes; an odd node is carried up unchanged. */
export function merkleRoot(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) throw new RigpoolError('E_INTERNAL', 'no leaves')
  let level = [...leaves]
  while (level.length > 1) {
    const next: Uint8Array[] = []
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? parent(level[i]!, level[i + 1]!) : level[i]!)
    level = next
  }
  return level[0]!
}

/** Sibling path proving leaf `index` under the root. */
export function merkleProof(leaves: readonly Uint8Array[], index: number): Uint8Array[] {
  if (index < 0 || index >= leaves.length) throw new RigpoolError('E_INTERNAL', 'leaf index out of range')
  const proof: Uint8Array[] = []
  let level = [...leaves]
  let i = index
  while (level.length > 1) {
    const sibling = i ^ 1
    if (sibling < level.length) proof.push(level[sibling]!)
    const next: Uint8Array[] = []
    for (let j = 0; j < level.length; j += 2) next.push(j + 1 < level.length ? parent(level[j]!, level[j + 1]!) : level[j]!)
    level = next
    i = Math.floor(i / 2)
  }
  return proof
}

/** True when `leaf` at `index` of `count` leaves proves up to `root`. */
export function verifyMerkleProof(leaf: Uint8Array, index: number, count: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 0 || index >= count) return false
  let hash = leaf
  let i = index
  let width = count
  let p = 0
  while (width > 1) {
    const sibling = i ^ 1
    if (sibling < width) {
      const s = proof[p++]
      if (s === undefined) return false
      hash = i % 2 === 0 ? parent(hash, s) : parent(s, hash)
    }
    i = Math.floor(i / 2)
    width = Math.ceil(width / 2)
  }
  return p === proof.length && Buffer.from(hash).equals(Buffer.from(root))
}

/** The bytes a provider signs for a task result: binds task, model, item count and root. */
export function commitmentMessage(taskId: string, modelId: string, itemCount: number, root: Uint8Array): Uint8Array {
  const body = Buffer.concat([
    Buffer.from('rigpool/commitment/1\n'),
    Buffer.from(`${taskId}\n${modelId}\n${itemCount}\n`),
    root,
  ])
  return new Uint8Array(Buffer.from(keccak256(body).slice(2), 'hex'))
}

/** Signs a task's commitment with the provider's Ethereum key. */
export function signCommitment(account: LocalAccount, taskId: string, modelId: string, itemCount: number, root: Uint8Array): Promise<Uint8Array> {
  return signBytes(account, commitmentMessage(taskId, modelId, itemCount, root))
}

/** Throws E_BAD_SIGNATURE unless the commitment is signed by `provider`. */
export function verifyCommitment(
  provider: Address,
  taskId: string,
  modelId: string,
  itemCount: number,
  root: Uint8Array,
  signature: Uint8Array,
): Promise<void> {
  return verifyBytesSignature(commitmentMessage(taskId, modelId, itemCount, root), signature, provider)
}
