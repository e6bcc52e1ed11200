import { isErrorCode, RigpoolError, toRigpoolError } from '../errors.ts'
import type { ErrorInfo } from '../messages/common.ts'

/** Any error → the ErrorInfo that goes on the wire (internal details are not leaked). */
export function errorToInfo(err: unknown): ErrorInfo {
  const e = toRigpoolError(err, 'E_INTERNAL', 'internal error')
  return { code: e.code, message: e.message.slice(0, 1000), retryAfterMs: e.retryAfterMs ?? 0 }
}

/** ErrorInfo from a peer → RigpoolError (an unknown code becomes E_INTERNAL). */
export function errorFromInfo(info: ErrorInfo): RigpoolError {
  const code = isErrorCode(info.code) ? info.code : 'E_INTERNAL'
  return new RigpoolError(code, `peer: ${info.message.slice(0, 1000)}`, {
    retryAfterMs: info.retryAfterMs > 0 ? info.retryAfterMs : undefined,
  })
}
