import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'

/**
 * The typed arrays the dtype functions read and write, by constructor name.
 *
 * @remarks float16 and bfloat16 bits live in `Uint16Array`s; values in the two float arrays.
 *
 * @example
 * ```ts
 * import type { ArrayKind } from '@weightinit/core/dtype'
 * const kind: ArrayKind = 'Uint16Array'
 * ```
 */
export type ArrayKind = 'Float32Array' | 'Float64Array' | 'Uint16Array'

/**
 * The constructor name of `x` when it is a Float32Array, Float64Array or Uint16Array (from any realm,
 * subclasses included), else `undefined`.
 *
 * @param x - any value
 * @remarks Reads the typed array's own `Symbol.toStringTag`, so an array made in another realm (a
 * worker, an iframe, a `vm` context) is recognised where `instanceof` would say no.
 *
 * @example
 * ```ts
 * import { arrayKind } from '@weightinit/core/dtype'
 * arrayKind(new Uint16Array(2)) // 'Uint16Array'
 * arrayKind([1, 2]) // undefined
 * ```
 */
export function arrayKind(x: unknown): ArrayKind | undefined {
  if (!ArrayBuffer.isView(x)) return undefined
  const tag = Object.prototype.toString.call(x).slice(8, -1)
  return tag === 'Float32Array' || tag === 'Float64Array' || tag === 'Uint16Array' ? tag : undefined
}

/**
 * Checks that `x` is a typed array of one of `kinds` and says which.
 *
 * @param x - the array to check
 * @param kinds - the typed arrays allowed
 * @param name - how the error message names `x`
 * @remarks Fails with `INVALID_ARGUMENT` otherwise, naming what it got and what is allowed.
 *
 * @example
 * ```ts
 * import { checkArray } from '@weightinit/core/dtype'
 * checkArray(new Float32Array(3), ['Float32Array', 'Float64Array'], 'source') // 'Float32Array'
 * ```
 */
export function checkArray<K extends ArrayKind>(x: unknown, kinds: readonly K[], name: string): K {
  const kind = arrayKind(x)
  if (kind !== undefined && (kinds as readonly ArrayKind[]).includes(kind)) return kind as K
  return fail(
    'INVALID_ARGUMENT',
    `${name} must be a ${kinds.join(' or a ')}, got ${describeValue(x)}`,
    {
      [name]: describeValue(x),
      allowed: [...kinds],
    },
  )
}

/**
 * `into` when it is an array of `kind` with `length` elements, a new zero-filled one when `into` is
 * `undefined`.
 *
 * @param into - the caller's output array, or `undefined`
 * @param kind - the typed array the output must be
 * @param length - the element count the output must have
 * @param dtype - the dtype being written, for the error message
 * @remarks Fails with `INVALID_TARGET` (wrong type or length) before anything is written.
 *
 * @example
 * ```ts
 * import { outputArray } from '@weightinit/core/dtype'
 * outputArray(undefined, 'Uint16Array', 4, 'float16') // Uint16Array [0, 0, 0, 0]
 * ```
 */
export function outputArray<K extends ArrayKind>(
  into: unknown,
  kind: K,
  length: number,
  dtype: string,
): ArrayOf<K> {
  if (into === undefined) return new globalThis[kind](length) as ArrayOf<K>
  const got = arrayKind(into)
  if (got !== kind) {
    fail(
      'INVALID_TARGET',
      `the output for ${dtype} must be a ${kind}, got ${describeValue(into)}`,
      {
        dtype,
        expected: kind,
        got: describeValue(into),
      },
    )
  }
  const actual = (into as ArrayOf<K>).length
  if (actual !== length) {
    fail(
      'INVALID_TARGET',
      `the output ${kind} must have ${length} elements, one per source element, got ${actual}`,
      { dtype, expected: length, got: actual },
    )
  }
  return into as ArrayOf<K>
}

/**
 * The array type of an {@link ArrayKind}.
 *
 * @remarks Lets {@link outputArray} return the exact type it was asked for.
 *
 * @example
 * ```ts
 * import type { ArrayOf } from '@weightinit/core/dtype'
 * const bits: ArrayOf<'Uint16Array'> = new Uint16Array(2)
 * ```
 */
export type ArrayOf<K extends ArrayKind> = {
  Float32Array: Float32Array
  Float64Array: Float64Array
  Uint16Array: Uint16Array
}[K]
