import { didYouMean } from '../errors/didYouMean'
import { MAX_ELEMENTS } from '../errors/validateShape'
import { fail } from '../errors/WeightinitError'

/**
 * The element types weightinit can emit, canonical names only.
 *
 * @remarks
 * `float16` is IEEE 754 binary16 and `bfloat16` is the top half of a float32; both are stored as
 * their bit patterns in a `Uint16Array` (see {@link DTypeArrayMap}).
 *
 * @example
 * ```ts
 * import { dtypes } from '@weightinit/core'
 * dtypes.includes('float16') // true
 * ```
 */
export const dtypes = ['float32', 'float64', 'float16', 'bfloat16'] as const

/**
 * A canonical dtype name, one of {@link dtypes}.
 *
 * @remarks Closed: aliases such as `'f16'` are read with {@link parseDType}, never typed as a DType.
 *
 * @example
 * ```ts
 * import type { DType } from '@weightinit/core'
 * const dtype: DType = 'bfloat16'
 * ```
 */
export type DType = (typeof dtypes)[number]

/**
 * The array that holds each dtype: float16 and bfloat16 elements are bit patterns in a `Uint16Array`.
 *
 * @remarks The return type of {@link allocate} and `encode`, indexed by their dtype argument.
 *
 * @example
 * ```ts
 * import type { DTypeArrayMap } from '@weightinit/core'
 * const bits: DTypeArrayMap['bfloat16'] = new Uint16Array(4)
 * ```
 */
export type DTypeArrayMap = {
  float32: Float32Array
  float64: Float64Array
  float16: Uint16Array
  bfloat16: Uint16Array
}

/**
 * Other names {@link parseDType} accepts for each dtype (matched case-insensitively, like the
 * canonical names), as data.
 *
 * @remarks
 * `float` is float32 and `double` float64 (C, ONNX); `half` is float16 (C++, PyTorch `.half()`).
 *
 * @example
 * ```ts
 * import { dtypeAliases } from '@weightinit/core/dtype'
 * dtypeAliases.bf16 // 'bfloat16'
 * ```
 */
export const dtypeAliases = {
  f32: 'float32',
  fp32: 'float32',
  float: 'float32',
  f64: 'float64',
  fp64: 'float64',
  double: 'float64',
  f16: 'float16',
  fp16: 'float16',
  half: 'float16',
  bf16: 'bfloat16',
} as const satisfies Record<string, DType>

const arrays = {
  float32: Float32Array,
  float64: Float64Array,
  float16: Uint16Array,
  bfloat16: Uint16Array,
} as const

/**
 * Whether `x` is a canonical dtype name (aliases are not: use {@link parseDType} for those).
 *
 * @param x - any value
 * @remarks Case-sensitive, as the {@link DType} union is.
 *
 * @example
 * ```ts
 * import { isDType } from '@weightinit/core/dtype'
 * isDType('bfloat16') // true
 * isDType('bf16') // false
 * ```
 */
export function isDType(x: unknown): x is DType {
  return typeof x === 'string' && (dtypes as readonly string[]).includes(x)
}

/**
 * Reads a dtype name, canonical or an alias from {@link dtypeAliases}, in any letter case, and returns
 * the canonical name.
 *
 * @param name - the name to read, e.g. from a command line or a config file
 * @remarks Anything else fails with `INVALID_DTYPE`, naming the allowed dtypes and the closest match.
 *
 * @example
 * ```ts
 * import { parseDType } from '@weightinit/core/dtype'
 * parseDType('bf16') // 'bfloat16'
 * parseDType('DOUBLE') // 'float64'
 * ```
 */
export function parseDType(name: unknown): DType {
  if (typeof name === 'string') {
    const lower = name.trim().toLowerCase()
    if (isDType(lower)) return lower
    if (Object.hasOwn(dtypeAliases, lower)) return dtypeAliases[lower as keyof typeof dtypeAliases]
  }
  return invalidDType(name, 'dtype', true)
}

/**
 * Checks that `dtype` is a canonical dtype name and returns it; the runtime guard of the functions
 * typed with {@link DType}.
 *
 * @param dtype - the value to check
 * @param what - how the error message names the value
 * @remarks Fails with `INVALID_DTYPE`; an alias is refused too, and the message names its canonical dtype.
 *
 * @example
 * ```ts
 * import { checkDType } from '@weightinit/core/dtype'
 * checkDType('float16') // 'float16'
 * ```
 */
export function checkDType(dtype: unknown, what = 'dtype'): DType {
  return isDType(dtype) ? dtype : invalidDType(dtype, what, false)
}

/**
 * The bytes one element of `dtype` takes: 4, 8, 2 and 2.
 *
 * @param dtype - a canonical dtype name
 * @remarks Fails with `INVALID_DTYPE` for anything else.
 *
 * @example
 * ```ts
 * import { bytesPerElement } from '@weightinit/core/dtype'
 * bytesPerElement('bfloat16') // 2
 * ```
 */
export function bytesPerElement(dtype: DType): 2 | 4 | 8 {
  return arrays[checkDType(dtype)].BYTES_PER_ELEMENT as 2 | 4 | 8
}

/**
 * A zero-filled array of `length` elements of `dtype`, of the type {@link DTypeArrayMap} names.
 *
 * @param dtype - a canonical dtype name
 * @param length - the element count, a safe integer from 0 to 2^32 − 1
 * @remarks Fails with `INVALID_DTYPE` or `INVALID_ARGUMENT` before allocating anything.
 *
 * @example
 * ```ts
 * import { allocate } from '@weightinit/core/dtype'
 * allocate('float16', 3) // Uint16Array [0, 0, 0]
 * ```
 */
export function allocate<D extends DType>(dtype: D, length: number): DTypeArrayMap[D] {
  const ArrayType = arrays[checkDType(dtype)]
  if (!Number.isSafeInteger(length) || length < 0 || length > MAX_ELEMENTS) {
    fail(
      'INVALID_ARGUMENT',
      `length must be an integer from 0 to ${MAX_ELEMENTS}, got ${String(length)}`,
      { length },
    )
  }
  return new ArrayType(length) as DTypeArrayMap[D]
}

function invalidDType(name: unknown, what: string, aliasesAllowed: boolean): never {
  const shown = typeof name === 'string' ? `'${name}'` : String(name)
  const allowed = aliasesAllowed
    ? `${dtypes.join(', ')} (or an alias: ${Object.keys(dtypeAliases).join(', ')})`
    : dtypes.join(', ')
  return fail('INVALID_DTYPE', `${what} must be one of ${allowed}, got ${shown}${hint(name)}`, {
    [what]: name,
    allowed: [...dtypes],
  })
}

/** " (did you mean 'x'?)" with the canonical name, also when the closest match is an alias. */
function hint(name: unknown): string {
  if (typeof name !== 'string') return ''
  const lower = name.trim().toLowerCase()
  const exact = Object.hasOwn(dtypeAliases, lower)
    ? dtypeAliases[lower as keyof typeof dtypeAliases]
    : undefined
  const match = exact ?? didYouMean(lower, [...dtypes, ...Object.keys(dtypeAliases)])
  if (match === undefined) return ''
  const canonical = isDType(match) ? match : dtypeAliases[match as keyof typeof dtypeAliases]
  return ` (did you mean '${canonical}'?)`
}
