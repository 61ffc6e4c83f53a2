import type { DType } from '@weightinit/core'
import { describeValue, fail } from '@weightinit/core/errors'

/**
 * The `.npy` type descriptor each dtype is written with; bfloat16 has none.
 *
 * @remarks Little-endian always (`<`); the reader also accepts the big-endian forms.
 *
 * @example
 * ```ts
 * import { npyDescrs } from './npyDescr'
 * npyDescrs.float16 // '<f2'
 * ```
 */
export const npyDescrs = {
  float32: '<f4',
  float64: '<f8',
  float16: '<f2',
} as const satisfies Record<NpyDType, string>

/**
 * A dtype that `.npy` can hold: float32, float64 or float16 (not bfloat16).
 *
 * @remarks The dtype of every array `parseNpyDescr` and `readNpy` return.
 *
 * @example
 * ```ts
 * import type { NpyDType } from '@weightinit/buffers'
 * const dtype: NpyDType = 'float16'
 * ```
 */
export type NpyDType = Exclude<DType, 'bfloat16'>

const fromDescr: Readonly<Record<string, NpyDType>> = {
  f4: 'float32',
  f8: 'float64',
  f2: 'float16',
}

/**
 * Refuses bfloat16 (and anything not a dtype) for `.npy`, naming safetensors as the way to store it.
 *
 * @param dtype - the dtype to check
 * @returns it, narrowed to the dtypes `.npy` holds
 * @remarks Fails with `UNSUPPORTED_DTYPE` for bfloat16, `INVALID_DTYPE` for anything else unknown.
 *
 * @example
 * ```ts
 * import { checkNpyDType } from './npyDescr'
 * checkNpyDType('float16') // 'float16'
 * ```
 */
export function checkNpyDType(dtype: DType): NpyDType {
  if (dtype === 'float32' || dtype === 'float64' || dtype === 'float16') return dtype
  if (dtype === 'bfloat16') {
    return fail(
      'UNSUPPORTED_DTYPE',
      '.npy has no bfloat16 dtype (numpy has none): write bfloat16 as .safetensors (dtype BF16), or choose float32, float64 or float16 for .npy',
      { dtype, allowed: Object.keys(npyDescrs), format: 'npy' },
    )
  }
  return fail(
    'INVALID_DTYPE',
    `dtype must be one of float32, float64, float16 for .npy, got ${describeValue(dtype)}`,
    {
      dtype,
      allowed: Object.keys(npyDescrs),
    },
  )
}

/**
 * Reads a `.npy` type descriptor: `<f4 <f8 <f2` and their big-endian forms `>f4 >f8 >f2`.
 *
 * @param descr - the header's `descr` value
 * @returns the dtype and whether the data is little-endian
 * @remarks Anything else (integers, complex, structured dtypes, native `=` order) fails with
 * `UNSUPPORTED_DTYPE`, naming the descriptors that are read.
 *
 * @example
 * ```ts
 * import { parseNpyDescr } from './npyDescr'
 * parseNpyDescr('>f8') // { dtype: 'float64', littleEndian: false }
 * ```
 */
export function parseNpyDescr(descr: unknown): { dtype: NpyDType; littleEndian: boolean } {
  if (typeof descr === 'string' && descr.length === 3) {
    const order = descr[0]
    const dtype = fromDescr[descr.slice(1)]
    if ((order === '<' || order === '>') && dtype !== undefined) {
      return { dtype, littleEndian: order === '<' }
    }
  }
  const shown = typeof descr === 'string' ? `'${descr}'` : 'a structured dtype'
  return fail(
    'UNSUPPORTED_DTYPE',
    `the .npy descr is ${shown}; weightinit reads float arrays: <f4, <f8, <f2 (or big-endian >f4, >f8, >f2)`,
    {
      descr: typeof descr === 'string' ? descr : shown,
      allowed: ['<f4', '<f8', '<f2', '>f4', '>f8', '>f2'],
    },
  )
}
