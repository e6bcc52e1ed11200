import { bytesToHex, getAddress, hexToBytes, type Address } from 'viem'
import { RigpoolError } from '../errors.ts'
import { MAX_FRAME_BYTES, MODEL_CHUNK_BYTES } from '../ids.ts'
import { ClientRequest as RequestMessage, ClientResponse as ResponseMessage } from '../messages/client.ts'
import type { Comparator as ComparatorMessage } from '../messages/common.ts'
import { modelIdFromBytes, modelIdToBytes, type ModelId } from '../model-id.ts'
import { decodeMoney, decodeOptionalMoney, encodeMoney, encodeOptionalMoney } from '../money.ts'
import { decodeWith, oneOf, requireString, safeNumber } from '../oneof.ts'
import { AUDIT_VERDICTS, DELIVERY_MODES, fromCode, JOB_STATES, toCode, type AuditVerdict, type DeliveryMode, type JobState } from '../settings.ts'
import { copyBytes, namedFromMessages, namedToMessages, type NamedTensors } from '../tensor.ts'
import { errorFromInfo, errorToInfo } from './error-info.ts'
import { settingsFromMessage, settingsToMessage, type ExecutionSettings } from './settings.ts'
import { decodeVoucher, encodeVoucher, type WireVoucher } from './voucher.ts'

export const CLIENT_FRAME_LIMIT = MAX_FRAME_BYTES.client

export type Comparator =
  | { kind: 'exact' }
  | { kind: 'tolerance'; accept: number; escalate: number; reject: number; floor: number; minCosine: number; topK: number }

/** A job as submitted (DESIGN.md §5); items follow in their own frames. */
export interface JobSpec {
  idempotencyKey: string
  modelId: ModelId
  itemCount: number
  sharedInputs: NamedTensors
  outputNames: string[]
  comparator: Comparator
  priceCapPerMillionItems: bigint
  /** undefined = no cap beyond the client's own */
  spendCap?: bigint
  deadlineMs: number
  spread: number
  delivery: DeliveryMode
  settings: ExecutionSettings
  channelId?: Uint8Array
}

export interface JobStatus {
  jobId: string
  state: JobState
  itemsTotal: number
  itemsDone: number
  itemsDelivered: number
  spent: bigint
  itemsPerSecond: number
  etaMs: number
  providers: number
  error: string
}

export interface AuditRecord {
  index: number
  provider: string
  score: number
  verdict: AuditVerdict
}

export interface JobReport {
  jobId: string
  itemsTotal: number
  itemsAudited: number
  audits: AuditRecord[]
  providers: string[]
  itemsRerun: number
}

/** How a coordinator is paid (DESIGN.md §9): a channel from the client to `payee`. */
export interface PaymentTerms {
  /** False: jobs run without a channel (a coordinator without settlement). */
  required: boolean
  payee: Address
  chainId: number
  channels: Address
  token: Address
  /** Results are never more than this much ahead of the client's vouchers. */
  creditStep: bigint
  minChallengePeriodS: number
}

export type ClientRequest =
  | { kind: 'upload'; modelId: ModelId; sizeBytes: number; name: string }
  | { kind: 'chunk'; offset: number; data: Uint8Array }
  | { kind: 'submit'; job: JobSpec }
  | { kind: 'item'; index: number; inputs: NamedTensors }
  | { kind: 'submitEnd'; itemCount: number }
  | { kind: 'follow'; jobId: string; cursor: number }
  | { kind: 'ack'; jobId: string; through: number }
  | { kind: 'cancel'; jobId: string }
  | { kind: 'status'; jobId: string }
  | { kind: 'voucher'; voucher: WireVoucher }
  | { kind: 'list'; limit: number }
  | { kind: 'report'; jobId: string }
  | { kind: 'terms' }

export type ClientResponse =
  | { kind: 'modelStored'; modelId: ModelId; alreadyHad: boolean }
  | { kind: 'accepted'; jobId: string; existing: boolean }
  | { kind: 'status'; status: JobStatus }
  | { kind: 'result'; jobId: string; index: number; outputs: NamedTensors; corrected: boolean }
  | { kind: 'done'; jobId: string; state: JobState; totalCost: bigint }
  | { kind: 'error'; error: RigpoolError }
  | { kind: 'paymentDue'; channelId: Uint8Array; cumulativeDue: bigint }
  | { kind: 'report'; report: JobReport }
  | { kind: 'listing'; jobs: JobStatus[] }
  | { kind: 'terms'; terms: PaymentTerms }

const safe = (v: bigint, field: string): number => safeNumber(v, field)

const ZERO: Address = '0x0000000000000000000000000000000000000000'

/** The terms of a coordinator that takes no payments. */
export const NO_PAYMENT_TERMS: PaymentTerms = Object.freeze({ required: false, payee: ZERO, chainId: 0, channels: ZERO, token: ZERO, creditStep: 0n, minChallengePeriodS: 0 })

function addressOf(bytes: Uint8Array, field: string): Address {
  if (bytes.byteLength !== 20) throw new RigpoolError('E_BAD_FRAME', `${field} must be a 20-byte address`)
  return getAddress(bytesToHex(bytes))
}

function comparatorFromMessage(m: ComparatorMessage | undefined): Comparator {
  if (m === undefined || (m.exact === undefined && m.tolerance === undefined)) return { kind: 'exact' }
  const k = oneOf(m, ['exact', 'tolerance'], 'comparator')
  if (k.kind === 'exact') return { kind: 'exact' }
  const t = k.value
  const bounds = [t.accept, t.escalate, t.reject, t.floor, t.minCosine]
  if (!bounds.every((b) => Number.isFinite(b) && b >= 0) || !(t.accept <= t.escalate && t.escalate <= t.reject) || t.floor <= 0) {
    throw new RigpoolError('E_BAD_JOB', 'tolerance comparator needs 0 ≤ accept ≤ escalate ≤ reject and floor > 0')
  }
  return { kind: 'tolerance', accept: t.accept, escalate: t.escalate, reject: t.reject, floor: t.floor, minCosine: t.minCosine, topK: t.topK }
}

function comparatorToMessage(c: Comparator): ComparatorMessage {
  if (c.kind === 'exact') return { exact: {} }
  const { kind: _kind, ...tolerance } = c
  return { tolerance }
}

function statusFromMessage(s: import('../messages/client.ts').JobStatus): JobStatus {
  return {
    jobId: requireString(s.jobId, 'job id'),
    state: fromCode(JOB_STATES, s.state, 'job state'),
    itemsTotal: s.itemsTotal,
    itemsDone: s.itemsDone,
    itemsDelivered: s.itemsDelivered,
    spent: decodeMoney(s.spent),
    itemsPerSecond: Number.isFinite(s.itemsPerS) ? s.itemsPerS : 0,
    etaMs: s.etaMs,
    providers: s.providers,
    error: s.error.slice(0, 1000),
  }
}

function statusToMessage(s: JobStatus): import('../messages/client.ts').JobStatus {
  return {
    jobId: s.jobId,
    state: toCode(JOB_STATES, s.state),
    itemsTotal: s.itemsTotal,
    itemsDone: s.itemsDone,
    itemsDelivered: s.itemsDelivered,
    spent: encodeMoney(s.spent) as Uint8Array<ArrayBuffer>,
    itemsPerS: s.itemsPerSecond,
    etaMs: s.etaMs,
    providers: s.providers,
    error: s.error,
  }
}

export function decodeClientRequest(bytes: Uint8Array): ClientRequest {
  const m = decodeWith(RequestMessage.decode, bytes, 'client request')
  const kinds = ['upload', 'chunk', 'submit', 'item', 'submitEnd', 'follow', 'ack', 'cancel', 'status', 'voucher', 'list', 'report', 'terms'] as const
  const k = oneOf(m, kinds, 'client request')
  switch (k.kind) {
    case 'upload':
      return { kind: 'upload', modelId: modelIdFromBytes(k.value.modelId), sizeBytes: safe(k.value.sizeBytes, 'size'), name: k.value.name.slice(0, 256) }
    case 'chunk':
      if (k.value.data.byteLength > MODEL_CHUNK_BYTES) throw new RigpoolError('E_BAD_FRAME', 'model chunk too large')
      return { kind: 'chunk', offset: safe(k.value.offset, 'offset'), data: copyBytes(k.value.data) }
    case 'submit': {
      const j = k.value
      const priceCap = decodeMoney(j.priceCapPerMillionItems)
      return {
        kind: 'submit',
        job: {
          idempotencyKey: requireString(j.idempotencyKey, 'idempotency key', 128),
          modelId: modelIdFromBytes(j.modelId),
          itemCount: j.itemCount,
          sharedInputs: namedFromMessages(j.sharedInputs),
          outputNames: j.outputNames.map((n) => requireString(n, 'output name')),
          comparator: comparatorFromMessage(j.comparator),
          priceCapPerMillionItems: priceCap,
          spendCap: decodeOptionalMoney(j.spendCap),
          deadlineMs: j.deadlineMs,
          spread: j.spread,
          delivery: fromCode(DELIVERY_MODES, j.delivery, 'delivery mode'),
          settings: settingsFromMessage(j.settings),
          channelId: j.channelId.byteLength === 0 ? undefined : Uint8Array.from(j.channelId),
        },
      }
    }
    case 'item':
      return { kind: 'item', index: k.value.index, inputs: namedFromMessages(k.value.inputs) }
    case 'submitEnd':
      return { kind: 'submitEnd', itemCount: k.value.itemCount }
    case 'follow':
      return { kind: 'follow', jobId: requireString(k.value.jobId, 'job id'), cursor: safe(k.value.cursor, 'cursor') }
    case 'ack':
      return { kind: 'ack', jobId: requireString(k.value.jobId, 'job id'), through: safe(k.value.through, 'through') }
    case 'cancel':
      return { kind: 'cancel', jobId: requireString(k.value.jobId, 'job id') }
    case 'status':
      return { kind: 'status', jobId: requireString(k.value.jobId, 'job id') }
    case 'voucher':
      return { kind: 'voucher', voucher: decodeVoucher(k.value) }
    case 'list':
      return { kind: 'list', limit: k.value.limit }
    case 'report':
      return { kind: 'report', jobId: requireString(k.value.jobId, 'job id') }
    case 'terms':
      return { kind: 'terms' }
  }
}

export function encodeClientRequest(r: ClientRequest): Uint8Array {
  const E = RequestMessage.encode
  switch (r.kind) {
    case 'upload':
      return E({ upload: { modelId: modelIdToBytes(r.modelId) as Uint8Array<ArrayBuffer>, sizeBytes: BigInt(r.sizeBytes), name: r.name } })
    case 'chunk':
      return E({ chunk: { offset: BigInt(r.offset), data: r.data as Uint8Array<ArrayBuffer> } })
    case 'submit': {
      const j = r.job
      return E({
        submit: {
          idempotencyKey: j.idempotencyKey,
          modelId: modelIdToBytes(j.modelId) as Uint8Array<ArrayBuffer>,
          itemCount: j.itemCount,
          sharedInputs: namedToMessages(j.sharedInputs),
          outputNames: j.outputNames,
          comparator: comparatorToMessage(j.comparator),
          priceCapPerMillionItems: encodeMoney(j.priceCapPerMillionItems) as Uint8Array<ArrayBuffer>,
          spendCap: encodeOptionalMoney(j.spendCap) as Uint8Array<ArrayBuffer>,
          deadlineMs: j.deadlineMs,
          spread: j.spread,
          delivery: toCode(DELIVERY_MODES, j.delivery),
          settings: settingsToMessage(j.settings),
          channelId: (j.channelId ?? new Uint8Array()) as Uint8Array<ArrayBuffer>,
        },
      })
    }
    case 'item':
      return E({ item: { index: r.index, inputs: namedToMessages(r.inputs) } })
    case 'submitEnd':
      return E({ submitEnd: { itemCount: r.itemCount } })
    case 'follow':
      return E({ follow: { jobId: r.jobId, cursor: BigInt(r.cursor) } })
    case 'ack':
      return E({ ack: { jobId: r.jobId, through: BigInt(r.through) } })
    case 'cancel':
      return E({ cancel: { jobId: r.jobId } })
    case 'status':
      return E({ status: { jobId: r.jobId } })
    case 'voucher':
      return E({ voucher: encodeVoucher(r.voucher) })
    case 'list':
      return E({ list: { limit: r.limit } })
    case 'report':
      return E({ report: { jobId: r.jobId } })
    case 'terms':
      return E({ terms: {} })
  }
}

export function decodeClientResponse(bytes: Uint8Array): ClientResponse {
  const m = decodeWith(ResponseMessage.decode, bytes, 'client response')
  const kinds = ['modelStored', 'accepted', 'status', 'result', 'done', 'error', 'paymentDue', 'report', 'listing', 'terms'] as const
  const k = oneOf(m, kinds, 'client response')
  switch (k.kind) {
    case 'modelStored':
      return { kind: 'modelStored', modelId: modelIdFromBytes(k.value.modelId), alreadyHad: k.value.alreadyHad }
    case 'accepted':
      return { kind: 'accepted', jobId: requireString(k.value.jobId, 'job id'), existing: k.value.existing }
    case 'status':
      return { kind: 'status', status: statusFromMessage(k.value) }
    case 'result':
      return {
        kind: 'result',
        jobId: requireString(k.value.jobId, 'job id'),
        index: safe(k.value.index, 'index'),
        outputs: namedFromMessages(k.value.outputs),
        corrected: k.value.corrected,
      }
    case 'done':
      return {
        kind: 'done',
        jobId: requireString(k.value.jobId, 'job id'),
        state: fromCode(JOB_STATES, k.value.state, 'job state'),
        totalCost: decodeMoney(k.value.totalCost),
      }
    case 'error':
      return { kind: 'error', error: errorFromInfo(k.value) }
    case 'paymentDue':
      return { kind: 'paymentDue', channelId: Uint8Array.from(k.value.channelId), cumulativeDue: decodeMoney(k.value.cumulativeDue) }
    case 'report':
      return {
        kind: 'report',
        report: {
          jobId: requireString(k.value.jobId, 'job id'),
          itemsTotal: k.value.itemsTotal,
          itemsAudited: k.value.itemsAudited,
          audits: k.value.audits.map((a) => ({
            index: safe(a.index, 'index'),
            provider: a.provider.slice(0, 128),
            score: a.score,
            verdict: fromCode(AUDIT_VERDICTS, a.verdict, 'verdict'),
          })),
          providers: k.value.providers.map((p) => p.slice(0, 128)),
          itemsRerun: k.value.itemsRerun,
        },
      }
    case 'listing':
      return { kind: 'listing', jobs: k.value.jobs.map(statusFromMessage) }
    case 'terms': {
      const t = k.value
      const required = t.required
      if (!required) return { kind: 'terms', terms: NO_PAYMENT_TERMS }
      const creditStep = decodeMoney(t.creditStep)
      if (creditStep <= 0n) throw new RigpoolError('E_BAD_FRAME', 'payment terms need a positive credit step')
      return {
        kind: 'terms',
        terms: {
          required,
          payee: addressOf(t.payee, 'payee'),
          chainId: safe(decodeMoney(t.chainId), 'chain id'),
          channels: addressOf(t.channels, 'channel contract'),
          token: addressOf(t.token, 'token'),
          creditStep,
          minChallengePeriodS: safe(t.minChallengePeriodS, 'challenge period'),
        },
      }
    }
  }
}

export function encodeClientResponse(r: ClientResponse): Uint8Array {
  const E = ResponseMessage.encode
  switch (r.kind) {
    case 'modelStored':
      return E({ modelStored: { modelId: modelIdToBytes(r.modelId) as Uint8Array<ArrayBuffer>, alreadyHad: r.alreadyHad } })
    case 'accepted':
      return E({ accepted: { jobId: r.jobId, existing: r.existing } })
    case 'status':
      return E({ status: statusToMessage(r.status) })
    case 'result':
      return E({ result: { jobId: r.jobId, index: BigInt(r.index), outputs: namedToMessages(r.outputs), corrected: r.corrected } })
    case 'done':
      return E({ done: { jobId: r.jobId, state: toCode(JOB_STATES, r.state), totalCost: encodeMoney(r.totalCost) as Uint8Array<ArrayBuffer> } })
    case 'error':
      return E({ error: errorToInfo(r.error) })
    case 'paymentDue':
      return E({ paymentDue: { channelId: r.channelId as Uint8Array<ArrayBuffer>, cumulativeDue: encodeMoney(r.cumulativeDue) as Uint8Array<ArrayBuffer> } })
    case 'report':
      return E({
        report: {
          ...r.report,
          audits: r.report.audits.map((a) => ({ ...a, index: BigInt(a.index), verdict: toCode(AUDIT_VERDICTS, a.verdict) })),
        },
      })
    case 'listing':
      return E({ listing: { jobs: r.jobs.map(statusToMessage) } })
    case 'terms': {
      const t = r.terms
      return E({
        terms: {
          required: t.required,
          payee: hexToBytes(t.payee) as Uint8Array<ArrayBuffer>,
          chainId: encodeMoney(BigInt(t.chainId)) as Uint8Array<ArrayBuffer>,
          channels: hexToBytes(t.channels) as Uint8Array<ArrayBuffer>,
          token: hexToBytes(t.token) as Uint8Array<ArrayBuffer>,
          creditStep: encodeMoney(t.creditStep) as Uint8Array<ArrayBuffer>,
          minChallengePeriodS: BigInt(t.minChallengePeriodS),
        },
      })
    }
  }
}
