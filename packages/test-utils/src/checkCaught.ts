import { inspect } from 'node:util'
import { expect } from 'vitest'

/**
 * A `WeightinitError` as the tests see it: recognized by its name, so that this package needs no
 * dependency on `@weightinit/core` (which depends on it for its tests: a dependency back would be a
 * cycle in the workspace graph).
 *
 * @example
 * ```ts
 * import type { CodedError } from './checkCaught'
 * const details = (error: CodedError<'FAN_ZERO'>) => error.details
 * ```
 */
export interface CodedError<Code extends string = string> extends Error {
  readonly name: 'WeightinitError'
  readonly code: Code
  readonly details: Readonly<Record<string, unknown>>
}

/** A value as a test failure shows it: one line, bounded. */
function show(value: unknown): string {
  return inspect(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY, maxStringLength: 200 })
}

function isCoded(error: unknown): error is CodedError {
  return (
    error instanceof Error &&
    error.name === 'WeightinitError' &&
    typeof (error as { code?: unknown }).code === 'string'
  )
}

/** What a call did: threw (or rejected with) `error`, or returned `value`. */
export type Outcome =
  | { readonly threw: true; readonly error: unknown }
  | { readonly threw: false; readonly value: unknown }

/**
 * Checks that a call failed with a `WeightinitError` of `code` whose details include
 * `details`, and returns that error; fails the test with a message that says what happened instead.
 *
 * @param outcome - what the call did
 * @param code - the code the error must have
 * @param details - entries the error's `details` must include (compared as `toMatchObject` does)
 * @param verb - how the message names the failure: `'throw'` or `'reject'`
 * @returns the error, typed
 *
 * @example
 * ```ts
 * import { checkCaught } from './checkCaught'
 * const error = Object.assign(new Error('fan_in is 0'), { name: 'WeightinitError', code: 'FAN_ZERO', details: {} })
 * checkCaught({ threw: true, error }, 'FAN_ZERO', undefined, 'throw')
 * ```
 */
export function checkCaught<Code extends string>(
  outcome: Outcome,
  code: Code,
  details: Readonly<Record<string, unknown>> | undefined,
  verb: 'throw' | 'reject',
): CodedError<Code> {
  const wanted =
    verb === 'throw'
      ? `expected the call to throw a WeightinitError ${code}`
      : `expected the promise to reject with a WeightinitError ${code}`
  if (!outcome.threw) {
    throw new Error(
      `${wanted}, but it ${verb === 'throw' ? 'returned' : 'resolved to'} ${show(outcome.value)}`,
    )
  }
  const { error } = outcome
  if (!isCoded(error)) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : show(error)
    throw new Error(`${wanted}, but it ${verb === 'throw' ? 'threw' : 'rejected with'} ${shown}`, {
      cause: error,
    })
  }
  expect(
    error.code,
    `${wanted}; it ${verb === 'throw' ? 'threw' : 'rejected with'} "${error.message}"`,
  ).toBe(code)
  if (details !== undefined) {
    expect(
      error.details,
      `the details of WeightinitError ${code} "${error.message}"`,
    ).toMatchObject(details)
  }
  return error as CodedError<Code>
}
