// Which items of a task to audit: drawn with a CSPRNG, and only from a stored commitment
// (DESIGN.md §7), so a provider cannot know its audited items before it has committed.
import { randomBytes } from 'node:crypto'
import type { Address } from 'viem'
import { RigpoolError, type ModelId } from '../../protocol/index.ts'

/** A task's signed result commitment, as the coordinator stored it (signature already verified). */
export interface StoredCommitment {
  taskId: string
  provider: Address
  modelId: ModelId
  /** Job index of the task's first item (leaves hash job indices). */
  firstIndex: number
  itemCount: number
  root: Uint8Array
  signature: Uint8Array
  /** When it was stored (ms since the epoch): proof that the draw comes after it. */
  storedAt: number
}

export interface AuditPlan {
  taskId: string
  provider: Address
  /** Job indices of the items to recompute, ascending. */
  indices: number[]
  rate: number
  drawnAt: number
}

export interface PlanOptions {
  /** Audit at least one item (a provider on probation). */
  atLeastOne?: boolean
  /** Source of uniform random 32-bit words; default node:crypto. Tests inject a seeded one. */
  random?: () => number
  now?: () => number
}

/** A uniform 32-bit word from the CSPRNG. */
export function cryptoWord(): number {
  return randomBytes(4).readUInt32LE(0)
}

/** Draws each item of a stored commitment independently with probability `rate`. */
export function planAudit(commitment: StoredCommitment, rate: number, options: PlanOptions = {}): AuditPlan {
  if (!(commitment.storedAt > 0)) throw new RigpoolError('E_INTERNAL', 'audits are drawn only after the commitment is stored')
  if (!(rate >= 0 && rate <= 1)) throw new RigpoolError('E_INTERNAL', `audit rate ${rate} outside [0, 1]`)
  if (!Number.isInteger(commitment.itemCount) || commitment.itemCount < 1) throw new RigpoolError('E_INTERNAL', 'commitment without items')
  const random = options.random ?? cryptoWord
  // Compare 32-bit words against a threshold: exact for rates of the form k/2^32.
  const threshold = Math.round(rate * 2 ** 32)
  const picked: number[] = []
  for (let i = 0; i < commitment.itemCount; i++) if (random() < threshold) picked.push(commitment.firstIndex + i)
  if (picked.length === 0 && options.atLeastOne === true) picked.push(commitment.firstIndex + Math.min(commitment.itemCount - 1, Math.floor((random() / 2 ** 32) * commitment.itemCount)))
  return { taskId: commitment.taskId, provider: commitment.provider, indices: picked, rate, drawnAt: (options.now ?? Date.now)() }
}
