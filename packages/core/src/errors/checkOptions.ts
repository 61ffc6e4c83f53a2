import { describeValue } from './describeValue'
import { suggestion } from './didYouMean'
import { fail } from './WeightinitError'

/**
 * The option names a function takes, as the keys of an object whose values are `true`: written
 * with `satisfies OptionNames<Options>`, the compiler checks that they are exactly the keys of the
 * options type, so the list cannot fall behind it.
 *
 * @example
 * ```ts
 * import type { OptionNames } from '@weightinit/core/errors'
 * const NAMES = { seed: true, key: true } as const satisfies OptionNames<{ seed: number; key?: string }>
 * ```
 */
export type OptionNames<T> = { readonly [K in keyof Required<T>]: true }

/**
 * Checks an options argument: a plain object (not an array), or left out when nothing in it is
 * required; given the names it takes, also that it holds no other (a misspelled option would
 * otherwise be ignored without a word). What every public function of weightinit does first, so
 * that a wrong argument fails with `INVALID_ARGUMENT` and a message instead of a `TypeError` from
 * deep inside, or a result drawn with the defaults.
 *
 * @param options - the caller's argument
 * @param what - how the message names it (default `'options'`)
 * @param required - what it must hold when it is required (e.g. `'a seed'`); `undefined` when it
 *   may be left out
 * @param names - the option names it takes ({@link OptionNames}); left out, any key passes
 * @returns the options, or `{}` when left out
 * @throws `INVALID_ARGUMENT` for `null`, a number, a string, an array or any other non-object, for
 *   `undefined` when `required` is given, and for a key not in `names` (with a "did you mean")
 *
 * @example
 * ```ts
 * import { checkOptions } from '@weightinit/core/errors'
 * const options = checkOptions<{ version?: number }>(undefined) // {}
 * checkOptions({ seed: 1 }, 'options', 'a seed') // { seed: 1 }
 * // checkOptions([1], 'options') throws INVALID_ARGUMENT: options must be an object, got an array …
 * // checkOptions({ sed: 1 }, 'options', 'a seed', { seed: true }) throws INVALID_ARGUMENT:
 * //   options has no option 'sed' (did you mean 'seed'?); it takes seed
 * ```
 */
export function checkOptions<T extends object>(
  options: T | undefined,
  what = 'options',
  required?: string,
  names?: OptionNames<T>,
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
  if (names !== undefined) {
    for (const key of Object.keys(options)) {
      if (Object.hasOwn(names, key)) continue
      const taken = Object.keys(names)
      fail(
        'INVALID_ARGUMENT',
        `${what} has no option '${key}'${suggestion(key, taken)}; it takes ${taken.join(', ')}`,
        { argument: what, option: key },
      )
    }
  }
  return options
}
