import { RigpoolError, type ErrorCode } from './errors.ts'

/** The one field of a protobuf oneof that is set, as a tagged union. */
export type OneOf<T, K extends keyof T> = {
  [P in K]-?: { kind: P; value: NonNullable<T[P]> }
}[K]

/**
 * Picks the single set field among `kinds`. None set means a kind this version does
 * not know (unknown fields are skipped by protobuf): a typed E_UNKNOWN_MESSAGE.
 */
export function oneOf<T extends object, K extends keyof T & string>(message: T, kinds: readonly K[], what: string): OneOf<T, K> {
  let found: OneOf<T, K> | undefined
  for (const kind of kinds) {
    const value = message[kind]
    if (value === undefined || value === null) continue
    if (found !== undefined) throw new RigpoolError('E_BAD_FRAME', `${what} sets both ${found.kind} and ${kind}`)
    found = { kind, value } as OneOf<T, K>
  }
  if (found === undefined) throw new RigpoolError('E_UNKNOWN_MESSAGE', `unknown ${what} kind`)
  return found
}

/** Runs a protons decode so that only RigpoolError escapes, whatever protons throws. */
export function decodeWith<T>(decode: (bytes: Uint8Array) => T, bytes: Uint8Array, what: string): T {
  try {
    return decode(bytes)
  } catch (err) {
    if (err instanceof RigpoolError) throw err
    throw new RigpoolError('E_BAD_FRAME', `malformed ${what}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    })
  }
}

/** Validates that a string field is non-empty and not absurdly long. */
export function requireString(value: string, field: string, maxLength = 256): string {
  if (value.length === 0) throw new RigpoolError('E_BAD_FRAME', `${field} is missing`)
  if (value.length > maxLength) throw new RigpoolError('E_BAD_FRAME', `${field} is longer than ${maxLength}`)
  return value
}

/** A protobuf uint64 as a JS number, refusing values a double cannot hold exactly. */
export function safeNumber(v: bigint, field: string, code: ErrorCode = 'E_BAD_FRAME'): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new RigpoolError(code, `${field} out of range`)
  return Number(v)
}
