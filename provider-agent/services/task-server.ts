import type { Connection, PeerId, Stream } from '@libp2p/interface'
import type { PrivateKeyAccount } from 'viem/accounts'
import {
  decodeTaskFrame,
  encodeTaskReply,
  FramedStream,
  itemHash,
  merkleRoot,
  PROTOCOL_TASK,
  RigpoolError,
  signCommitment,
  TASK_FRAME_LIMIT,
  toRigpoolError,
  type NamedTensors,
  type RigpoolNode,
  type TaskFrame,
  type TaskHeader,
  type TaskReply,
} from '../../protocol/index.ts'
import type { TaskRunner } from './task-runner.ts'

export interface TaskServerOptions {
  node: RigpoolNode
  /** Only this peer (the pinned coordinator) may send tasks. */
  coordinator: PeerId
  account: PrivateKeyAccount
  runner: TaskRunner
  fetchModel: (modelId: string, signal: AbortSignal) => Promise<Uint8Array>
  /** Input bytes one task may carry (advertised as max_task_bytes). */
  maxTaskBytes: number
  /** Called when a task starts or ends, so the agent can report busy/ready. */
  onActivity?: (running: number) => void
  /** Whether the agent takes new tasks now (false while paused or draining). */
  isAccepting: () => boolean
  /** Journal hooks: every task that is received ends in exactly one of finished / failed / handed_back. */
  onTaskEvent?: (event: TaskEvent) => void
  log?: (msg: string, fields?: Record<string, unknown>) => void
}

export type TaskEvent =
  | { kind: 'received'; taskId: string; modelId: string; itemCount: number; pricePerMillionItems: bigint }
  | { kind: 'started'; taskId: string }
  | {
      kind: 'ended'
      taskId: string
      state: 'finished' | 'failed' | 'handed_back'
      itemCount: number
      computeMs?: number
      errorCode?: string
    }

type Framed = FramedStream<TaskFrame, TaskReply>

/** The provider's /rigpool/task/1.0.0 service: receives streamed tasks, runs them, streams results and a signed commitment. */
export class TaskServer {
  private readonly options: TaskServerOptions
  private readonly controllers = new Map<string, AbortController>()
  private readonly idleWaiters = new Set<() => void>()
  private running = 0

  constructor(options: TaskServerOptions) {
    this.options = options
  }

  async start(): Promise<void> {
    await this.options.node.handle(PROTOCOL_TASK, (stream, connection) => this.serve(stream, connection), {
      maxInboundStreams: 4,
      maxOutboundStreams: 4,
    })
  }

  async stop(): Promise<void> {
    await this.options.node.unhandle(PROTOCOL_TASK)
    this.abortAll('provider stopping')
  }

  /**
   * Aborts every running task and returns their ids: each task stream answers with an
   * E_CANCELLED error, so the coordinator re-queues the task elsewhere (handed back).
   */
  abortAll(reason: string): string[] {
    const ids = [...this.controllers.keys()]
    for (const c of this.controllers.values()) c.abort(new RigpoolError('E_CANCELLED', reason))
    return ids
  }

  /** Ids of the tasks running now. */
  runningTaskIds(): string[] {
    return [...this.controllers.keys()]
  }

  /** Resolves when no task runs (true), or false after timeoutMs / on abort. */
  waitIdle(options: { timeoutMs: number; signal?: AbortSignal }): Promise<boolean> {
    if (this.running === 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const done = (value: boolean): void => {
        clearTimeout(timer)
        this.idleWaiters.delete(onIdle)
        options.signal?.removeEventListener('abort', onAbort)
        resolve(value)
      }
      const onIdle = (): void => done(true)
      const onAbort = (): void => done(false)
      const timer = setTimeout(() => done(false), options.timeoutMs)
      this.idleWaiters.add(onIdle)
      options.signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  get runningTasks(): number {
    return this.running
  }

  private async serve(stream: Stream, connection: Connection): Promise<void> {
    const framed: Framed = new FramedStream(stream, {
      maxFrameBytes: TASK_FRAME_LIMIT,
      decode: decodeTaskFrame,
      encode: encodeTaskReply,
    })
    if (!connection.remotePeer.equals(this.options.coordinator)) {
      framed.abort(new RigpoolError('E_PEER_MISMATCH', 'tasks are taken only from the pinned coordinator'))
      return
    }
    try {
      let pending: Promise<TaskFrame | null> = framed.read()
      for (;;) {
        const frame = await pending
        if (frame === null) break
        if (frame.kind === 'cancel') {
          pending = framed.read()
          continue
        }
        if (frame.kind !== 'header')
          throw new RigpoolError('E_UNEXPECTED_MESSAGE', `expected a task header, got ${frame.kind}`)
        pending = (await this.runTask(framed, frame.header)).next
      }
      await framed.close({ timeoutMs: 5_000 })
    } catch (err) {
      const error = toRigpoolError(err, 'E_INTERNAL')
      this.options.log?.('task stream ended', { code: error.code, message: error.message })
      framed.abort(error)
    }
  }

  /** Runs one task; returns the pending read of the frame after it. */
  private async runTask(framed: Framed, header: TaskHeader): Promise<{ next: Promise<TaskFrame | null> }> {
    const controller = new AbortController()
    // The deadline runs from the header: a task past it is aborted with E_TIMEOUT, not left running.
    const deadlineTimer =
      header.deadlineMs > 0
        ? setTimeout(
            () =>
              controller.abort(new RigpoolError('E_TIMEOUT', `task passed its deadline of ${header.deadlineMs} ms`)),
            header.deadlineMs,
          )
        : undefined
    const signal = controller.signal
    const emit = this.options.onTaskEvent ?? (() => {})
    let isJournaled = false
    const items: NamedTensors[] = []
    let bytes = Object.values(header.sharedInputs).reduce((n, t) => n + t.data.byteLength, 0)
    const fail = async (error: RigpoolError): Promise<{ next: Promise<TaskFrame | null> }> => {
      clearTimeout(deadlineTimer)
      if (isJournaled)
        emit({
          kind: 'ended',
          taskId: header.taskId,
          state: 'failed',
          itemCount: header.itemCount,
          errorCode: error.code,
        })
      await framed.write({ kind: 'error', error }, { timeoutMs: 10_000 })
      return { next: framed.read() }
    }
    emit({ kind: 'received', taskId: header.taskId, modelId: header.modelId, itemCount: header.itemCount, pricePerMillionItems: header.pricePerMillionItems })
    isJournaled = true
    // Read the whole task first: items arrive one per frame, bounded by max_task_bytes.
    try {
      for (;;) {
        const frame = await framed.expect({ timeoutMs: 60_000 })
        if (frame.kind === 'trailer') {
          if (frame.itemCount !== items.length || items.length !== header.itemCount) {
            return fail(
              new RigpoolError('E_BAD_FRAME', `task announced ${header.itemCount} items, sent ${items.length}`),
            )
          }
          break
        }
        if (frame.kind === 'cancel') {
          clearTimeout(deadlineTimer)
          emit({
            kind: 'ended',
            taskId: header.taskId,
            state: 'failed',
            itemCount: header.itemCount,
            errorCode: 'E_CANCELLED',
          })
          return { next: framed.read() }
        }
        if (frame.kind !== 'item' || frame.index !== items.length) {
          throw new RigpoolError('E_UNEXPECTED_MESSAGE', 'task items out of order')
        }
        bytes += Object.values(frame.inputs).reduce((n, t) => n + t.data.byteLength, 0)
        if (bytes > this.options.maxTaskBytes) {
          throw new RigpoolError(
            'E_BAD_JOB',
            `task exceeds the advertised capacity of ${this.options.maxTaskBytes} bytes`,
          )
        }
        items.push(frame.inputs)
      }
    } catch (err) {
      clearTimeout(deadlineTimer)
      const error = toRigpoolError(err, 'E_BAD_FRAME')
      emit({
        kind: 'ended',
        taskId: header.taskId,
        state: 'failed',
        itemCount: header.itemCount,
        errorCode: error.code,
      })
      throw error
    }
    if (!this.options.isAccepting())
      return fail(new RigpoolError('E_BUSY', 'provider is paused', { retryAfterMs: 5_000 }))
    if (signal.aborted) return fail(toRigpoolError(signal.reason, 'E_TIMEOUT'))

    this.controllers.set(header.taskId, controller)
    this.running++
    this.options.onActivity?.(this.running)
    emit({ kind: 'started', taskId: header.taskId })
    const started = performance.now()
    // A cancel frame may arrive while the task runs.
    const next = framed.read()
    next.then(
      (f) => {
        if (f?.kind === 'cancel' && f.taskId === header.taskId)
          controller.abort(new RigpoolError('E_CANCELLED', f.reason))
      },
      () => controller.abort(new RigpoolError('E_STREAM_CLOSED', 'coordinator went away')),
    )
    try {
      await framed.write({ kind: 'accepted', taskId: header.taskId }, { signal, timeoutMs: 10_000 })
      await this.options.runner.ensureModel(header.modelId, () => this.options.fetchModel(header.modelId, signal), {
        signal,
      })
      const leaves: Uint8Array[] = []
      await this.options.runner.run(
        header.modelId,
        {
          items,
          shared: header.sharedInputs,
          outputNames: header.outputNames.length > 0 ? header.outputNames : undefined,
        },
        {
          signal,
          onBatch: async (first, outputs) => {
            for (let i = 0; i < outputs.length; i++) {
              // Leaves bind job indices (the header's firstIndex), so any item is evidence on its own.
              leaves.push(itemHash(header.firstIndex + first + i, outputs[i]!))
              await framed.write(
                { kind: 'item', index: first + i, outputs: outputs[i]! },
                { signal, timeoutMs: 30_000 },
              )
            }
          },
        },
      )
      const root = merkleRoot(leaves)
      const signature = await signCommitment(this.options.account, header.taskId, header.modelId, items.length, root)
      await framed.write(
        {
          kind: 'result',
          result: {
            taskId: header.taskId,
            itemCount: items.length,
            commitmentRoot: root,
            signature,
            settings: this.options.runner.settings(),
            computeMs: Math.round(performance.now() - started),
          },
        },
        { timeoutMs: 10_000 },
      )
      emit({
        kind: 'ended',
        taskId: header.taskId,
        state: 'finished',
        itemCount: items.length,
        computeMs: Math.round(performance.now() - started),
      })
    } catch (err) {
      const error = toRigpoolError(signal.aborted ? signal.reason : err, 'E_INFERENCE_FAILED')
      this.options.log?.('task failed', { taskId: header.taskId, code: error.code, message: error.message })
      const state = error.code === 'E_CANCELLED' ? 'handed_back' : 'failed'
      emit({ kind: 'ended', taskId: header.taskId, state, itemCount: items.length, errorCode: error.code })
      if (error.code === 'E_STREAM_CLOSED') throw error
      await framed.write({ kind: 'error', error }, { timeoutMs: 10_000 }).catch(() => {})
    } finally {
      clearTimeout(deadlineTimer)
      this.controllers.delete(header.taskId)
      this.running--
      this.options.onActivity?.(this.running)
      if (this.running === 0) for (const w of [...this.idleWaiters]) w()
    }
    // The frame read during the task (a cancel of this task is spent; anything else is kept).
    const f = await next.catch(() => null)
    return { next: f?.kind === 'cancel' ? framed.read() : Promise.resolve(f) }
  }
}
