// Sending a job: model upload by content id, then one stream with the header, one frame
// per item and the end marker, until the coordinator accepts it. A retry sends the same
// idempotency key, so a job is never started twice.
import { MODEL_CHUNK_BYTES, modelIdOf, RigpoolError, type JobSpec, type ModelId, type NamedTensors, type WaitOptions } from '../protocol/index.ts'
import type { ClientStream, CoordinatorLink } from './link.ts'

/** Uploads a model's bytes (the coordinator keeps it by content id) and returns its id. */
export async function uploadModel(link: CoordinatorLink, bytes: Uint8Array, options: WaitOptions = {}): Promise<ModelId> {
  const modelId = modelIdOf(bytes)
  const wait = { signal: options.signal, timeoutMs: options.timeoutMs ?? 120_000 }
  const framed = await link.clientStream(wait)
  try {
    await framed.write({ kind: 'upload', modelId, sizeBytes: bytes.byteLength, name: '' }, wait)
    for (let offset = 0; offset < bytes.byteLength; offset += MODEL_CHUNK_BYTES) {
      await framed.write({ kind: 'chunk', offset, data: bytes.subarray(offset, offset + MODEL_CHUNK_BYTES) }, wait)
    }
    const reply = await framed.expect(wait)
    if (reply.kind === 'error') throw reply.error
    if (reply.kind !== 'modelStored' || reply.modelId !== modelId) throw new RigpoolError('E_UNEXPECTED_MESSAGE', 'expected the model to be stored')
    return modelId
  } finally {
    await framed.close({ timeoutMs: 2_000 })
  }
}

/** Sends a job and waits for its acceptance; returns the job id and the stream, which then carries results from 0. */
export async function sendJob(
  link: CoordinatorLink,
  spec: JobSpec,
  items: readonly NamedTensors[],
  options: WaitOptions = {},
): Promise<{ jobId: string; existing: boolean; stream: ClientStream }> {
  const wait = { signal: options.signal, timeoutMs: options.timeoutMs ?? 120_000 }
  const framed = await link.clientStream(wait)
  try {
    await framed.write({ kind: 'submit', job: spec }, wait)
    for (let i = 0; i < items.length; i++) await framed.write({ kind: 'item', index: i, inputs: items[i]! }, wait)
    await framed.write({ kind: 'submitEnd', itemCount: items.length }, wait)
    for (;;) {
      const reply = await framed.expect(wait)
      if (reply.kind === 'error') throw reply.error
      if (reply.kind === 'accepted') return { jobId: reply.jobId, existing: reply.existing, stream: framed }
      if (reply.kind !== 'status' && reply.kind !== 'paymentDue') throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected acceptance, got ${reply.kind}`)
    }
  } catch (err) {
    framed.abort(err instanceof Error ? err : new Error(String(err)))
    throw err
  }
}
