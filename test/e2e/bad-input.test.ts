import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { Tensor } from 'onnxruntime-node'
import { multiaddr } from '@multiformats/multiaddr'
import * as lp from 'it-length-prefixed'
import { startCoordinator, type Coordinator } from '../../coordinator/index.ts'
import { startProvider, type ProviderAgent } from '../../provider-agent/index.ts'
import { MarketClient } from '../../client-sdk/index.ts'
import {
  CLIENT_FRAME_LIMIT,
  createRigpoolNode,
  decodeClientResponse,
  encodeClientRequest,
  FramedStream,
  MAX_FRAME_BYTES,
  modelIdOf,
  PROTOCOL_CLIENT,
  PROTOCOL_TASK,
  RigpoolError,
  type ClientRequest,
  type ClientResponse,
  type RigpoolNode,
} from '../../protocol/index.ts'
import { mlpModel } from '../../provider-agent/benchmark/index.ts'
import { floatItems, tempDirs } from './helpers.ts'

const hasCode = (code: string) => (err: unknown) => err instanceof RigpoolError && err.code === code

describe('bad input gets a typed error and changes nothing', () => {
  const dirs = tempDirs()
  const model = mlpModel({ inputSize: 8, hiddenSizes: [16], outputSize: 4, seed: 11 })
  let coordinator: Coordinator
  let provider: ProviderAgent
  let client: MarketClient
  let raw: RigpoolNode

  before(async () => {
    coordinator = await startCoordinator({ dataDir: dirs.make() })
    provider = await startProvider({ dataDir: dirs.make(), coordinator: coordinator.multiaddrs[0]!, pricePerGpuHour: 1_000_000n, intraOpNumThreads: 1 })
    client = await MarketClient.connect({ coordinator: coordinator.multiaddrs[0]! })
    raw = await createRigpoolNode({ dataDir: dirs.make() })
  })

  after(async () => {
    await raw?.stop()
    await client?.close()
    await provider?.stop()
    await coordinator?.stop()
    dirs.cleanup()
  })

  /** Sends raw client frames and returns the coordinator's first answer (or null if it reset the stream). */
  async function exchange(frames: ClientRequest[]): Promise<ClientResponse | null> {
    const stream = await raw.dialProtocol(multiaddr(coordinator.multiaddrs[0]!), PROTOCOL_CLIENT)
    const framed = new FramedStream<ClientResponse, ClientRequest>(stream, {
      maxFrameBytes: CLIENT_FRAME_LIMIT,
      decode: decodeClientResponse,
      encode: encodeClientRequest,
    })
    for (const f of frames) await framed.write(f, { timeoutMs: 10_000 })
    try {
      return await framed.read({ timeoutMs: 10_000 })
    } catch {
      return null
    }
  }

  const item = (size = 8) => ({ [model.inputName]: floatItems(1, size, 3)[0]! })
  const runJob = (items: Array<Record<string, Tensor>>, modelRef: Uint8Array | string = model.bytes, cap = 10n ** 12n) =>
    client.run({ model: modelRef, items, priceCapPerMillionItems: cap })

  test('a model whose bytes do not match its id is refused and not stored', async () => {
    const claimed = modelIdOf(Uint8Array.of(1, 2, 3))
    const reply = await exchange([
      { kind: 'upload', modelId: claimed, sizeBytes: model.bytes.byteLength, name: 'x' },
      { kind: 'chunk', offset: 0, data: model.bytes },
    ])
    assert.equal(reply?.kind, 'error')
    assert.equal(reply?.kind === 'error' && reply.error.code, 'E_MODEL_HASH_MISMATCH')
    await assert.rejects(runJob([item()], claimed), hasCode('E_UNKNOWN_MODEL'))
  })

  test('a job for an unknown model is refused', async () => {
    await assert.rejects(runJob([item()], modelIdOf(Uint8Array.of(9))), hasCode('E_UNKNOWN_MODEL'))
  })

  test('inputs whose name, dtype or shape do not match the model are refused before any work', async () => {
    const jobsBefore = coordinator.jobs.size
    await assert.rejects(runJob([{ wrong_name: floatItems(1, 8, 1)[0]! }]), hasCode('E_INPUT_MISMATCH'))
    await assert.rejects(runJob([{ [model.inputName]: new Tensor('int32', new Int32Array(8), [1, 8]) }]), hasCode('E_INPUT_MISMATCH'))
    await assert.rejects(runJob([item(9)]), hasCode('E_INPUT_MISMATCH'))
    await assert.rejects(runJob([item(), item(7)]), hasCode('E_INPUT_MISMATCH'))
    assert.equal(coordinator.jobs.size, jobsBefore, 'a refused job is not stored')
  })

  test('a price cap of zero is refused', async () => {
    await assert.rejects(runJob([item()], model.bytes, 0n), hasCode('E_BAD_JOB'))
  })

  test('a tensor whose bytes do not match dtype × dims is refused', async () => {
    const modelId = await client.uploadModel(model.bytes)
    const bad = { kind: 'item', index: 0, inputs: { [model.inputName]: { dtype: 'float32', dims: [1, 8], data: new Uint8Array(31) } } }
    // encodeClientRequest validates nothing about the tensor's byte count, so this reaches the coordinator as is.
    const reply = await exchange([
      {
        kind: 'submit',
        job: {
          idempotencyKey: 'bad-tensor',
          modelId,
          itemCount: 1,
          sharedInputs: {},
          outputNames: [],
          comparator: { kind: 'exact' },
          priceCapPerMillionItems: 10n ** 12n,
          deadlineMs: 60_000,
          spread: 0,
          delivery: 'verified',
          settings: {},
        },
      },
      bad as ClientRequest,
      { kind: 'submitEnd', itemCount: 1 },
    ])
    assert.ok(reply === null || (reply.kind === 'error' && reply.error.code === 'E_BAD_TENSOR'), `got ${JSON.stringify(reply?.kind)}`)
  })

  test('garbage, oversized and unknown frames reset the stream; the coordinator keeps serving', async () => {
    const garbage = async (bytes: Uint8Array): Promise<void> => {
      const stream = await raw.dialProtocol(multiaddr(coordinator.multiaddrs[0]!), PROTOCOL_CLIENT)
      stream.send(bytes)
      const framed = new FramedStream<ClientResponse, ClientRequest>(stream, { maxFrameBytes: CLIENT_FRAME_LIMIT, decode: decodeClientResponse, encode: encodeClientRequest })
      const reply = await framed.read({ timeoutMs: 10_000 }).catch((err: unknown) => err)
      assert.ok(reply === null || reply instanceof RigpoolError || (reply as ClientResponse).kind === 'error', 'a typed answer or a reset')
    }
    await garbage(lp.encode.single(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f, 0x01)).subarray())
    await garbage(lp.encode.single(Uint8Array.of(0xf8, 0x07, 0x00)).subarray()) // field 127: a kind this version does not know
    await garbage(lp.encode.single(new Uint8Array(MAX_FRAME_BYTES.client + 10)).subarray())
    await garbage(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01))
    // Still serving: a good job completes.
    const outputs = await runJob([item()])
    assert.equal(outputs.length, 1)
  })

  test('a task stream from anyone but the pinned coordinator is reset by the provider', async () => {
    const stream = await raw.dialProtocol(provider.node.getMultiaddrs()[0]!, PROTOCOL_TASK)
    const framed = new FramedStream<unknown, unknown>(stream, { maxFrameBytes: 1024, decode: () => ({}), encode: () => new Uint8Array() })
    await assert.rejects(framed.expect({ timeoutMs: 10_000 }), (err: unknown) => err instanceof RigpoolError)
  })

  test('dialing a coordinator under another PeerId fails: Noise authenticates the pinned one', async () => {
    const wrong = coordinator.multiaddrs[0]!.replace(coordinator.peerId, raw.peerId.toString())
    await assert.rejects(MarketClient.connect({ coordinator: wrong }), hasCode('E_STREAM_CLOSED'))
  })
})
