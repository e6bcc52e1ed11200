/** Stable error codes: a program switches on these, never on messages. */
export const ErrorCodes = [
  // wire
  'E_FRAME_TOO_LARGE',
  'E_BAD_FRAME',
  'E_UNKNOWN_MESSAGE',
  'E_UNEXPECTED_MESSAGE',
  'E_STREAM_CLOSED',
  'E_TIMEOUT',
  'E_ABORTED',
  // tensors and models
  'E_BAD_TENSOR',
  'E_UNSUPPORTED_DTYPE',
  'E_BAD_MODEL',
  'E_MODEL_HASH_MISMATCH',
  'E_MODEL_TOO_LARGE',
  'E_UNKNOWN_MODEL',
  'E_INPUT_MISMATCH',
  'E_INFERENCE_FAILED',
  // jobs and market
  'E_BAD_JOB',
  'E_UNKNOWN_JOB',
  'E_NO_PROVIDER',
  'E_PRICE_TOO_LOW',
  'E_SPEND_CAP',
  'E_IDEMPOTENCY_CONFLICT',
  'E_BUSY',
  'E_CANCELLED',
  'E_BAD_QUERY',
  // identity and money
  'E_BAD_SIGNATURE',
  'E_PEER_MISMATCH',
  'E_BAD_AMOUNT',
  'E_BAD_VOUCHER',
  'E_BAD_ADVERT',
  'E_BANNED',
  'E_CHAIN',
  // local
  'E_CONFIG',
  'E_STORAGE',
  'E_INTERNAL',
  // appended: an execution provider that cannot create a session on this machine
  'E_EXECUTION_PROVIDER',
  // appended: pay-as-you-go (a job without a paying channel, a channel too small or not the client's, a bill above what was bought)
  'E_PAYMENT_REQUIRED',
  'E_INSUFFICIENT_FUNDS',
  'E_CHANNEL_NOT_YOURS',
  'E_OVERCHARGED',
] as const

export type ErrorCode = (typeof ErrorCodes)[number]

const codeSet: ReadonlySet<string> = new Set(ErrorCodes)

/** True when `code` is one of ours (used when an error code arrives over the wire). */
export function isErrorCode(code: string): code is ErrorCode {
  return codeSet.has(code)
}

export interface RigpoolErrorOptions {
  cause?: unknown
  details?: Record<string, unknown>
  /** For E_BUSY: how long the caller should wait before retrying. */
  retryAfterMs?: number
}

/** The one error type that crosses module, process and wire boundaries. */
export class RigpoolError extends Error {
  readonly code: ErrorCode
  readonly details?: Record<string, unknown>
  readonly retryAfterMs?: number

  constructor(code: ErrorCode, message: string, options: RigpoolErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'RigpoolError'
    this.code = code
    this.details = options.details
    this.retryAfterMs = options.retryAfterMs
  }

  override toString(): string {
    return `${this.name} [${this.code}]: ${this.message}`
  }
}

/** Wraps anything thrown into a RigpoolError, keeping an existing one as is. */
export function toRigpoolError(err: unknown, code: ErrorCode, message?: string): RigpoolError {
  if (err instanceof RigpoolError) return err
  const text = err instanceof Error ? err.message : String(err)
  return new RigpoolError(code, message === undefined ? text : `${message}: ${text}`, { cause: err })
}

/** True if `err` is a RigpoolError with the given code. */
export function hasCode(err: unknown, code: ErrorCode): boolean {
  return err instanceof RigpoolError && err.code === code
}
