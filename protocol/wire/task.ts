import { MAX_FRAME_BYTES } from '../ids.ts'
import { TaskFrame as TaskFrameMessage, TaskReply as TaskReplyMessage } from '../messages/task.ts'
import { modelIdFromBytes, modelIdToBytes, type ModelId } from '../model-id.ts'
import { decodeMoney, encodeMoney } from '../money.ts'
import { decodeWith, oneOf, requireString } from '../oneof.ts'
import { namedFromMessages, namedToMessages, type NamedTensors } from '../tensor.ts'
import { errorFromInfo, errorToInfo } from './error-info.ts'
import { settingsFromMessage, settingsToMessage, type ExecutionSettings } from './settings.ts'
import type { RigpoolError } from '../errors.ts'

export const TASK_FRAME_LIMIT = MAX_FRAME_BYTES.task

export interface TaskHeader {
  taskId: string
  modelId: ModelId
  itemCount: number
  sharedInputs: NamedTensors
  outputNames: string[]
  pricePerMillionItems: bigint
  deadlineMs: number
  settings: ExecutionSettings
  firstIndex: number
}

export type TaskFrame =
  | { kind: 'header'; header: TaskHeader }
  | { kind: 'item'; index: number; inputs: NamedTensors }
  | { kind: 'trailer'; itemCount: number }
  | { kind: 'cancel'; taskId: string; reason: string }

export interface TaskResult {
  taskId: string
  itemCount: number
  commitmentRoot: Uint8Array
  signature: Uint8Array
  settings: ExecutionSettings
  computeMs: number
}

export type TaskReply =
  | { kind: 'accepted'; taskId: string }
  | { kind: 'item'; index: number; outputs: NamedTensors }
  | { kind: 'result'; result: TaskResult }
  | { kind: 'error'; error: RigpoolError }

/** Decodes and validates one frame of a task stream. */
export function decodeTaskFrame(bytes: Uint8Array): TaskFrame {
  const m = decodeWith(TaskFrameMessage.decode, bytes, 'task frame')
  const k = oneOf(m, ['header', 'item', 'trailer', 'cancel'], 'task frame')
  switch (k.kind) {
    case 'header': {
      const h = k.value
      return {
        kind: 'header',
        header: {
          taskId: requireString(h.taskId, 'task id'),
          modelId: modelIdFromBytes(h.modelId),
          itemCount: h.itemCount,
          sharedInputs: namedFromMessages(h.sharedInputs),
          outputNames: h.outputNames.map((n) => requireString(n, 'output name')),
          pricePerMillionItems: decodeMoney(h.pricePerMillionItems),
          deadlineMs: h.deadlineMs,
          settings: settingsFromMessage(h.settings),
          firstIndex: h.firstIndex,
        },
      }
    }
    case 'item':
      return { kind: 'item', index: k.value.index, inputs: namedFromMessages(k.value.inputs) }
    case 'trailer':
      return { kind: 'trailer', itemCount: k.value.itemCount }
    case 'cancel':
      return { kind: 'cancel', taskId: requireString(k.value.taskId, 'task id'), reason: k.value.reason.slice(0, 500) }
  }
}

export function encodeTaskFrame(f: TaskFrame): Uint8Array {
  switch (f.kind) {
    case 'header': {
      const h = f.header
      return TaskFrameMessage.encode({
        header: {
          taskId: h.taskId,
          modelId: modelIdToBytes(h.modelId) as Uint8Array<ArrayBuffer>,
          itemCount: h.itemCount,
          sharedInputs: namedToMessages(h.sharedInputs),
          outputNames: h.outputNames,
          pricePerMillionItems: encodeMoney(h.pricePerMillionItems) as Uint8Array<ArrayBuffer>,
          deadlineMs: h.deadlineMs,
          settings: settingsToMessage(h.settings),
          firstIndex: h.firstIndex,
        },
      })
    }
    case 'item':
      return TaskFrameMessage.encode({ item: { index: f.index, inputs: namedToMessages(f.inputs) } })
    case 'trailer':
      return TaskFrameMessage.encode({ trailer: { itemCount: f.itemCount } })
    case 'cancel':
      return TaskFrameMessage.encode({ cancel: { taskId: f.taskId, reason: f.reason } })
  }
}

/** Decodes and validates one reply frame of a task stream. */
export function decodeTaskReply(bytes: Uint8Array): TaskReply {
  const m = decodeWith(TaskReplyMessage.decode, bytes, 'task reply')
  const k = oneOf(m, ['accepted', 'item', 'result', 'error'], 'task reply')
  switch (k.kind) {
    case 'accepted':
      return { kind: 'accepted', taskId: requireString(k.value.taskId, 'task id') }
    case 'item':
      return { kind: 'item', index: k.value.index, outputs: namedFromMessages(k.value.outputs) }
    case 'result': {
      const r = k.value
      return {
        kind: 'result',
        result: {
          taskId: requireString(r.taskId, 'task id'),
          itemCount: r.itemCount,
          commitmentRoot: Uint8Array.from(r.commitmentRoot),
          signature: Uint8Array.from(r.signature),
          settings: settingsFromMessage(r.settings),
          computeMs: r.computeMs,
        },
      }
    }
    case 'error':
      return { kind: 'error', error: errorFromInfo(k.value) }
  }
}

export function encodeTaskReply(r: TaskReply): Uint8Array {
  switch (r.kind) {
    case 'accepted':
      return TaskReplyMessage.encode({ accepted: { taskId: r.taskId } })
    case 'item':
      return TaskReplyMessage.encode({ item: { index: r.index, outputs: namedToMessages(r.outputs) } })
    case 'result':
      return TaskReplyMessage.encode({
        result: {
          taskId: r.result.taskId,
          itemCount: r.result.itemCount,
          commitmentRoot: r.result.commitmentRoot as Uint8Array<ArrayBuffer>,
          signature: r.result.signature as Uint8Array<ArrayBuffer>,
          settings: settingsToMessage(r.result.settings),
          computeMs: r.result.computeMs,
        },
      })
    case 'error':
      return TaskReplyMessage.encode({ error: errorToInfo(r.error) })
  }
}
