// FramedStream over real libp2p: two nodes from createRigpoolNode on loopback TCP with
// Noise and Yamux. Messages flow both ways; every kind of bad input is a typed error,
// resets that stream only, and the node goes on serving.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import type { Stream } from '@libp2p/interface'
import * as lp from 'it-length-prefixed'
import {
  createRigpoolNode,
  decodeTaskFrame,
  decodeTaskReply,
  encodeTaskFrame,
  encodeTaskReply,
  FramedStream,
  hasCode,
  modelIdOf,
  RigpoolError,
  wireTensor,
  type ErrorCode,
  type RigpoolNode,
  type TaskFrame,
  type TaskReply,
} from '../../protocol/index.ts'
import { normalize } from './arbitraries.ts'

const PROTOCOL = '/rigpool/test-framing/1.0.0'
const MAX_FRAME = 64 * 1024

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rigpool-'))
  dirs.push(dir)
  return dir
}

let server: RigpoolNode
let client: RigpoolNode
const incoming: Stream[] = []
const waiting: Array<(s: Stream) => void> = []

function nextIncoming(): Promise<Stream> {
  const s = incoming.shift()
  if (s !== undefined) return Promise.resolve(s)
  return new Promise((resolve) => waiting.push(resolve))
}

/** Coordinator-like side: reads task frames, writes replies. */
function serverSide(stream: Stream, maxFrameBytes = MAX_FRAME) {
  return new FramedStream<TaskFrame, TaskReply>(stream, {
    maxFrameBytes,
    decode: decodeTaskFrame,
    encode: encodeTaskReply,
  })
}
function clientSide(stream: Stream, maxFrameBytes = MAX_FRAME) {
  return new FramedStream<TaskReply, TaskFrame>(stream, {
    maxFrameBytes,
    decode: decodeTaskReply,
    encode: encodeTaskFrame,
  })
}

/** A fresh stream from client to server: our end and the server's end. */
async function openStream(): Promise<{ local: Stream; remote: Stream }> {
  const local = await client.dialProtocol(server.getMultiaddrs()[0]!, PROTOCOL)
  const remote = await nextIncoming()
  return { local, remote }
}

async function rejectsWith(promise: Promise<unknown>, code: ErrorCode): Promise<RigpoolError> {
  let caught: unknown
  await promise.then(
    (v) =>
      assert.fail(
        `expected ${code}, got ${JSON.stringify(normalize(v), (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x))}`,
      ),
    (err: unknown) => {
      caught = err
    },
  )
  assert.ok(caught instanceof RigpoolError, `expected a RigpoolError, got ${String(caught)}`)
  assert.equal(caught.code, code, caught.message)
  return caught
}

async function eventually(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

const isReset = (s: Stream): boolean => s.status === 'reset' || s.status === 'aborted'

/** The server node still accepts a stream and answers on it. */
async function assertServes(): Promise<void> {
  const { local, remote } = await openStream()
  const c = clientSide(local)
  const s = serverSide(remote)
  await c.write({ kind: 'trailer', itemCount: 3 })
  assert.deepStrictEqual(await s.expect({ timeoutMs: 5000 }), { kind: 'trailer', itemCount: 3 })
  await s.write({ kind: 'accepted', taskId: 'after' })
  assert.deepStrictEqual(await c.expect({ timeoutMs: 5000 }), { kind: 'accepted', taskId: 'after' })
  await c.close()
  await s.close()
}

before(async () => {
  server = await createRigpoolNode({ dataDir: tempDir() })
  client = await createRigpoolNode({ dataDir: tempDir() })
  await server.handle(
    PROTOCOL,
    (stream) => {
      const w = waiting.shift()
      if (w !== undefined) w(stream)
      else incoming.push(stream)
    },
    { maxInboundStreams: 256 },
  )
})

after(async () => {
  await client?.stop()
  await server?.stop()
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

describe('FramedStream over libp2p', () => {
  test('a task streams header, items and trailer one way and replies the other way', async () => {
    const { local, remote } = await openStream()
    const c = clientSide(local)
    const s = serverSide(remote)
    const modelId = modelIdOf(Uint8Array.of(1, 2, 3))
    const sent: TaskFrame[] = [
      {
        kind: 'header',
        header: {
          taskId: 't-1',
          modelId,
          itemCount: 3,
          sharedInputs: { scale: wireTensor('float32', [1], Float32Array.of(0.5)) },
          outputNames: ['y'],
          pricePerMillionItems: 10n ** 20n,
          deadlineMs: 30_000,
          settings: { precision: 'fp32-strict' },
          firstIndex: 100,
        },
      },
      ...[0, 1, 2].map((index): TaskFrame => ({
        kind: 'item',
        index,
        inputs: { x: wireTensor('float64', [2, 2], Float64Array.of(index, 1, 2, 3)) },
      })),
      // an item larger than a TCP segment and Yamux's initial window
      { kind: 'item', index: 3, inputs: { big: wireTensor('uint8', [40_000], new Uint8Array(40_000).fill(7)) } },
      { kind: 'trailer', itemCount: 4 },
    ]
    for (const frame of sent) await c.write(frame)
    await c.close()
    const received: TaskFrame[] = []
    for (;;) {
      const frame = await s.read({ timeoutMs: 5000 })
      if (frame === null) break
      received.push(frame)
    }
    assert.deepStrictEqual(normalize(received), normalize(sent))

    const replies: TaskReply[] = [
      { kind: 'accepted', taskId: 't-1' },
      { kind: 'item', index: 0, outputs: { y: wireTensor('int64', [1], BigInt64Array.of(-5n)) } },
      {
        kind: 'result',
        result: {
          taskId: 't-1',
          itemCount: 4,
          commitmentRoot: new Uint8Array(32).fill(1),
          signature: new Uint8Array(65).fill(2),
          settings: {},
          computeMs: 12,
        },
      },
      { kind: 'error', error: new RigpoolError('E_BUSY', 'later', { retryAfterMs: 250 }) },
    ]
    for (const reply of replies) await s.write(reply)
    await s.close()
    const got: TaskReply[] = []
    for (;;) {
      const reply = await c.read({ timeoutMs: 5000 })
      if (reply === null) break
      got.push(reply)
    }
    assert.deepStrictEqual(normalize(got), normalize(replies))
    await rejectsWith(c.expect({ timeoutMs: 1000 }), 'E_STREAM_CLOSED')
  })

  test('a frame over the limit: E_FRAME_TOO_LARGE for the reader, the stream is reset, the node serves on', async () => {
    const { local, remote } = await openStream()
    const s = serverSide(remote, 1024)
    // the writer's own limit is higher; the reader's is what protects it
    const c = clientSide(local, 1024 * 1024)
    await c.write({ kind: 'item', index: 0, inputs: { x: wireTensor('uint8', [4096], new Uint8Array(4096)) } })
    await rejectsWith(s.read({ timeoutMs: 5000 }), 'E_FRAME_TOO_LARGE')
    assert.ok(isReset(remote), `server end is ${remote.status}`)
    await eventually(() => isReset(local), 'the writer to see the reset')
    await rejectsWith(c.write({ kind: 'trailer', itemCount: 1 }), 'E_STREAM_CLOSED')
    assert.equal(server.status, 'started')
    await assertServes()
  })

  test('a frame of exactly the limit passes; one byte more does not', async () => {
    const limit = 2048
    const frameOf = (size: number): Uint8Array => {
      // a cancel frame padded to `size` bytes through its reason
      let reason = 'x'.repeat(size)
      let bytes = encodeTaskFrame({ kind: 'cancel', taskId: 't', reason })
      reason = 'x'.repeat(size - (bytes.byteLength - size))
      bytes = encodeTaskFrame({ kind: 'cancel', taskId: 't', reason })
      assert.equal(bytes.byteLength, size)
      return bytes
    }
    const { local, remote } = await openStream()
    const s = new FramedStream(remote, {
      maxFrameBytes: limit,
      decode: (b) => b.byteLength,
      encode: (b: Uint8Array) => b,
    })
    local.send(lp.encode.single(frameOf(limit)))
    assert.equal(await s.expect({ timeoutMs: 5000 }), limit)
    local.send(lp.encode.single(frameOf(limit + 1)))
    await rejectsWith(s.read({ timeoutMs: 5000 }), 'E_FRAME_TOO_LARGE')
  })

  test('the writer refuses to send a frame over its own limit, and the stream stays usable', async () => {
    const { local, remote } = await openStream()
    const c = clientSide(local, 1024)
    const s = serverSide(remote)
    await rejectsWith(
      c.write({ kind: 'item', index: 0, inputs: { x: wireTensor('uint8', [4096], new Uint8Array(4096)) } }),
      'E_FRAME_TOO_LARGE',
    )
    await c.write({ kind: 'trailer', itemCount: 0 })
    assert.deepStrictEqual(await s.expect({ timeoutMs: 5000 }), { kind: 'trailer', itemCount: 0 })
    await c.close()
    await s.close()
  })

  test('a length prefix that cannot be a length is refused and resets the stream', async () => {
    const { local, remote } = await openStream()
    const s = serverSide(remote)
    local.send(new Uint8Array(12).fill(0xff)) // a varint that never ends
    const err = await s.read({ timeoutMs: 5000 }).then(
      () => assert.fail('garbage length accepted'),
      (e: unknown) => e,
    )
    assert.ok(hasCode(err, 'E_FRAME_TOO_LARGE') || hasCode(err, 'E_BAD_FRAME'), String(err))
    assert.ok(isReset(remote))
    await assertServes()
  })

  test('a truncated frame (the peer closes mid-frame) is E_BAD_FRAME', async () => {
    const { local, remote } = await openStream()
    const s = serverSide(remote)
    const whole = lp.encode.single(encodeTaskFrame({ kind: 'cancel', taskId: 't', reason: 'x'.repeat(100) })).subarray()
    local.send(whole.subarray(0, whole.byteLength - 10))
    await local.close()
    await rejectsWith(s.read({ timeoutMs: 5000 }), 'E_BAD_FRAME')
    assert.ok(isReset(remote))
    await assertServes()
  })

  test('a well-formed length prefix followed by junk is a typed error and a reset', async () => {
    const junk = [
      Uint8Array.of(0xff, 0xff, 0xff, 0xff),
      Uint8Array.of(0x0a, 0x05, 0x01), // header field that claims 5 bytes, has 1
      Uint8Array.of(0x1a, 0x02, 0x08, 0x01, 0x22, 0x00), // two oneof kinds in one frame
    ]
    for (const bytes of junk) {
      const { local, remote } = await openStream()
      const s = serverSide(remote)
      local.send(lp.encode.single(bytes))
      const err = await s.read({ timeoutMs: 5000 }).then(
        (v) => assert.fail(`junk ${Buffer.from(bytes).toString('hex')} decoded as ${JSON.stringify(normalize(v))}`),
        (e: unknown) => e,
      )
      assert.ok(err instanceof RigpoolError, String(err))
      assert.ok(['E_BAD_FRAME', 'E_UNKNOWN_MESSAGE'].includes(err.code), err.code)
      assert.ok(isReset(remote))
      await eventually(() => isReset(local), 'the sender to see the reset')
    }
    await assertServes()
  })

  test('a message kind this version does not know is E_UNKNOWN_MESSAGE', async () => {
    const { local, remote } = await openStream()
    const s = serverSide(remote)
    // field 15 of TaskFrame, length-delimited and empty: a oneof member from a future version
    local.send(lp.encode.single(Uint8Array.of((15 << 3) | 2, 0x00)))
    await rejectsWith(s.read({ timeoutMs: 5000 }), 'E_UNKNOWN_MESSAGE')
    assert.ok(isReset(remote))
    await assertServes()
  })

  test('unknown fields inside a known kind are ignored', async () => {
    const { local, remote } = await openStream()
    const s = serverSide(remote)
    const trailer = encodeTaskFrame({ kind: 'trailer', itemCount: 5 })
    // append field 99 (varint) after the trailer message
    local.send(lp.encode.single(Uint8Array.from([...trailer, 0x98, 0x06, 0x01])))
    assert.deepStrictEqual(await s.expect({ timeoutMs: 5000 }), { kind: 'trailer', itemCount: 5 })
    await local.close()
    await s.close()
  })

  test('read({ timeoutMs }) on a silent peer is E_TIMEOUT, and it resets the stream', async () => {
    const { remote } = await openStream()
    const s = serverSide(remote)
    const started = Date.now()
    await rejectsWith(s.read({ timeoutMs: 200 }), 'E_TIMEOUT')
    const elapsed = Date.now() - started
    assert.ok(elapsed >= 190 && elapsed < 3000, `took ${elapsed} ms`)
    assert.ok(isReset(remote))
  })

  test('an aborted signal ends a read with E_ABORTED, whether it fires during the read or before', async () => {
    {
      const { remote } = await openStream()
      const s = serverSide(remote)
      const controller = new AbortController()
      setTimeout(() => controller.abort(), 50)
      await rejectsWith(s.read({ signal: controller.signal }), 'E_ABORTED')
      assert.ok(isReset(remote))
    }
    {
      const { remote } = await openStream()
      const s = serverSide(remote)
      await rejectsWith(s.read({ signal: AbortSignal.abort() }), 'E_ABORTED')
    }
    await assertServes()
  })

  test('a write after the stream closed is E_STREAM_CLOSED', async () => {
    const { local, remote } = await openStream()
    const c = clientSide(local)
    await c.close()
    await rejectsWith(c.write({ kind: 'trailer', itemCount: 1 }), 'E_STREAM_CLOSED')
    remote.abort(new Error('done'))
  })
})

describe('node identity', () => {
  test('the PeerId survives a restart from the same data dir; the key file is mode 0600', async () => {
    const dataDir = tempDir()
    const first = await createRigpoolNode({ dataDir })
    const peerId = first.peerId.toString()
    await first.stop()
    const mode = statSync(join(dataDir, 'peer.key')).mode & 0o777
    assert.equal(mode, 0o600, `key file mode ${mode.toString(8)}`)
    const second = await createRigpoolNode({ dataDir })
    try {
      assert.equal(second.peerId.toString(), peerId)
    } finally {
      await second.stop()
    }
    const other = await createRigpoolNode({ dataDir: tempDir() })
    try {
      assert.notEqual(other.peerId.toString(), peerId)
    } finally {
      await other.stop()
    }
  })
})
