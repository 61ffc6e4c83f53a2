import { type CodedError, checkCaught, type Outcome } from './checkCaught'

/**
 * Runs `run` and expects it to throw a `WeightinitError` with `code` (and, when given, `details`
 * among its details); returns the error, typed, for further checks of its message.
 *
 * @param run - the call that must fail
 * @param code - the code the error must have
 * @param details - entries its `details` must include, compared as `toMatchObject` does
 * @returns the error
 * @remarks Fails the test with a message that says what happened instead: the call returned (and
 * what), threw something else (and what), or threw another code (and its message).
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { expectError } from '@weightinit/test-utils'
 * import { expect } from 'vitest'
 * const error = expectError(() => plan({ init: 'kaiming_normal' }, [0, 3]), 'FAN_ZERO')
 * expect(error.message).toMatch(/fan_in is 0/)
 * ```
 */
export function expectError<Code extends string>(
  run: () => unknown,
  code: Code,
  details?: Readonly<Record<string, unknown>>,
): CodedError<Code> {
  let outcome: Outcome
  try {
    outcome = { threw: false, value: run() }
  } catch (error) {
    outcome = { threw: true, error }
  }
  return checkCaught(outcome, code, details, 'throw')
}
