import { type CodedError, checkCaught, type Outcome } from './checkCaught'

/**
 * Awaits `work` and expects it to reject with a `WeightinitError` with `code` (and, when given,
 * `details` among its details); resolves to the error, typed, for further checks of its message.
 *
 * @param work - the promise that must reject, or a function that returns it (a function that throws
 *   before returning a promise counts as a rejection)
 * @param code - the code the error must have
 * @param details - entries its `details` must include, compared as `toMatchObject` does
 * @returns the error
 * @remarks Fails the test with a message that says what happened instead: the promise resolved (and
 * to what), rejected with something else (and what), or with another code (and its message).
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { expectRejection } from '@weightinit/test-utils'
 * const error = await expectRejection(readModel('/no/such/model.onnx'), 'PATH_NOT_FOUND', {
 *   path: '/no/such/model.onnx',
 * })
 * ```
 */
export async function expectRejection<Code extends string>(
  work: Promise<unknown> | (() => Promise<unknown>),
  code: Code,
  details?: Readonly<Record<string, unknown>>,
): Promise<CodedError<Code>> {
  let outcome: Outcome
  try {
    outcome = { threw: false, value: await (typeof work === 'function' ? work() : work) }
  } catch (error) {
    outcome = { threw: true, error }
  }
  return checkCaught(outcome, code, details, 'reject')
}
