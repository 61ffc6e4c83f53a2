import type { ErrorCode } from './errorCodes'

/**
 * The one error class of weightinit. `code` is stable (see {@link errorCodes}); `message` says what
 * was wrong and what is allowed; `details` carries the offending values as data.
 *
 * @example
 * ```ts
 * import { plan, WeightinitError } from '@weightinit/core'
 * try {
 *   plan({ init: 'kaiming_normal' }, [0, 3])
 * } catch (error) {
 *   if (error instanceof WeightinitError && error.code === 'FAN_ZERO') console.log(error.message)
 * }
 * ```
 */
export class WeightinitError extends Error {
  override readonly name = 'WeightinitError'
  /** The stable code: branch on this, not on the message. */
  readonly code: ErrorCode
  /** The offending values, as plain data. */
  readonly details: Readonly<Record<string, unknown>>

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message)
    this.code = code
    this.details = details
  }
}

/**
 * Throws a {@link WeightinitError}; typed `never` so it ends control flow.
 *
 * @example
 * ```ts
 * import { fail } from '@weightinit/core/errors'
 * const size = (n: number) => (n >= 0 ? n : fail('INVALID_ARGUMENT', `size must be ≥ 0, got ${n}`))
 * ```
 */
export function fail(code: ErrorCode, message: string, details?: Record<string, unknown>): never {
  throw new WeightinitError(code, message, details)
}
