import { describeValue } from './describeValue'
import { fail } from './WeightinitError'

/**
 * Checks an options argument: a plain object (not an array), or left out when nothing in it is
 * required. What every public function of weightinit does first, so that a wrong argument fails
 * with `INVALID_ARGUMENT` and a message instead of a `TypeError` from deep inside.
 *
 * @param options - the caller's argument
 * @param what - how the message names it (default `'options'`)
 * @param required - what it must hold when it is required (e.g. `'a seed'`); `undefined` when it
 *   may be left out
 * @returns the options, or `{}` when left out
 * @throws `INVALID_ARGUMENT` for `null`, a number, a string, an array or any other non-object, and
 *   for `undefined` when `required` is given
 *
 * @example
 * ```ts
 * import { checkOptions } from '@weightinit/core/errors'
 * const options = checkOptions<{ version?: number }>(undefined) // {}
 * checkOptions({ seed: 1 }, 'options', 'a seed') // { seed: 1 }
 * // checkOptions([1], 'options') throws INVALID_ARGUMENT: options must be an object, got an array …
 * ```
 */
export function checkOptions<T extends object>(
  options: T | undefined,
  what = 'options',
  required?: string,
): T {
  if (options === undefined && required === undefined) return {} as T
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    const holding = required === undefined ? '' : ` with at least ${required}`
    const leftOut = required === undefined ? ' (or left out)' : ''
    fail(
      'INVALID_ARGUMENT',
      `${what} must be an object${holding}${leftOut}, got ${describeValue(options)}`,
      { argument: what },
    )
  }
  return options
}
