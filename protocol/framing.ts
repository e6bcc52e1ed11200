import type { Stream } from '@libp2p/interface'
import * as lp from 'it-length-prefixed'
import type { Uint8ArrayList } from 'uint8arraylist'
import { RigpoolError, toRigpoolError } from './errors.ts'
import { withDeadline, type WaitOptions } from './wait.ts'

export interface FramedStreamOptions<In, Out> {
  /** Hard limit on one frame, both ways. */
  maxFrameBytes: number
  /** Decodes and validates one frame; must throw only RigpoolError. */
  decode: (bytes: Uint8Array) => In
  encode: (message: Out) => Uint8Array
}

/**
 * A libp2p stream as a sequence of length-prefixed protobuf frames, each decoded and
 * validated. A frame over the limit, a truncated frame or garbage is a typed error and
 * the stream is reset, never a crash.
 */
export class FramedStream<In, Out> {
  readonly stream: Stream
  private readonly frames: AsyncIterator<Uint8ArrayList>
  private readonly options: FramedStreamOptions<In, Out>

  constructor(stream: Stream, options: FramedStreamOptions<In, Out>) {
    this.stream = stream
    this.options = options
    this.frames = lp.decode(stream, { maxDataLength: options.maxFrameBytes })[Symbol.asyncIterator]()
  }

  /** The next message, or null when the peer closed its side cleanly. */
  async read(options: WaitOptions = {}): Promise<In | null> {
    let next: IteratorResult<Uint8ArrayList>
    try {
      next = await withDeadline(this.frames.next(), options, 'reading a frame')
    } catch (err) {
      const error = frameError(err)
      this.abort(error)
      throw error
    }
    if (next.done === true) return null
    try {
      return this.options.decode(next.value.subarray())
    } catch (err) {
      const error = toRigpoolError(err, 'E_BAD_FRAME', 'undecodable frame')
      this.abort(error)
      throw error
    }
  }

  /** The next message; the stream ending first is an E_STREAM_CLOSED error. */
  async expect(options: WaitOptions = {}): Promise<In> {
    const message = await this.read(options)
    if (message === null) throw new RigpoolError('E_STREAM_CLOSED', 'the peer closed the stream')
    return message
  }

  /** Sends one message, waiting for the peer to drain when the stream pushes back. */
  async write(message: Out, options: WaitOptions = {}): Promise<void> {
    const bytes = this.options.encode(message)
    if (bytes.byteLength > this.options.maxFrameBytes) {
      throw new RigpoolError('E_FRAME_TOO_LARGE', `frame of ${bytes.byteLength} bytes exceeds ${this.options.maxFrameBytes}`)
    }
    if (this.stream.status !== 'open' || this.stream.writeStatus !== 'writable') {
      throw new RigpoolError('E_STREAM_CLOSED', `stream is ${this.stream.status}/${this.stream.writeStatus}`)
    }
    try {
      if (!this.stream.send(lp.encode.single(bytes))) {
        await withDeadline(this.stream.onDrain({ signal: options.signal }), options, 'waiting for the peer to drain')
      }
    } catch (err) {
      throw frameError(err)
    }
  }

  /** Closes our side gracefully. */
  async close(options: WaitOptions = {}): Promise<void> {
    try {
      await withDeadline(this.stream.close({ signal: options.signal }), options, 'closing a stream')
    } catch {
      this.stream.abort(new Error('close failed'))
    }
  }

  /** Resets the stream: the peer sees a stream reset. */
  abort(err: Error): void {
    if (this.stream.status !== 'aborted' && this.stream.status !== 'reset' && this.stream.status !== 'closed') {
      this.stream.abort(err)
    }
  }
}

function frameError(err: unknown): RigpoolError {
  if (err instanceof RigpoolError) return err
  const name = err instanceof Error ? err.name : ''
  const message = err instanceof Error ? err.message : String(err)
  if (name === 'InvalidDataLengthError' || name === 'InvalidDataLengthLengthError') {
    return new RigpoolError('E_FRAME_TOO_LARGE', message, { cause: err })
  }
  if (name === 'InvalidMessageLengthError') return new RigpoolError('E_BAD_FRAME', message, { cause: err })
  if (name === 'UnexpectedEOFError') return new RigpoolError('E_BAD_FRAME', `truncated frame: ${message}`, { cause: err })
  if (name === 'AbortError') return new RigpoolError('E_ABORTED', message, { cause: err })
  return new RigpoolError('E_STREAM_CLOSED', message, { cause: err })
}
