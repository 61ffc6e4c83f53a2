import type { DType } from '@weightinit/core'

/**
 * Every dtype the safetensors format defines, with its element size in bits, in the format's own
 * order (increasing alignment; the reference writer puts tensors of later dtypes first).
 *
 * @remarks
 * weightinit writes and decodes F32, F64, F16 and BF16; the others are known so that a header
 * holding them can still be checked and its raw bytes read (`parseSafetensorsHeader`).
 *
 * @example
 * ```ts
 * import { safetensorsDTypeBits } from './safetensorsDTypes'
 * safetensorsDTypeBits.BF16 // 16
 * ```
 */
export const safetensorsDTypeBits = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
} as const

/**
 * A dtype name of the safetensors format: `F32`, `BF16`, `I64`, … (see {@link safetensorsDTypeBits}).
 *
 * @example
 * ```ts
 * import type { SafetensorsDType } from './safetensorsDTypes'
 * const dtype: SafetensorsDType = 'F16'
 * ```
 */
export type SafetensorsDType = keyof typeof safetensorsDTypeBits

/**
 * The safetensors name of each weightinit dtype.
 *
 * @example
 * ```ts
 * import { safetensorsDTypeOf } from './safetensorsDTypes'
 * safetensorsDTypeOf.bfloat16 // 'BF16'
 * ```
 */
export const safetensorsDTypeOf = {
  float32: 'F32',
  float64: 'F64',
  float16: 'F16',
  bfloat16: 'BF16',
} as const satisfies { readonly [D in DType]: SafetensorsDType }

/**
 * The weightinit dtype of a safetensors dtype name, or `undefined` for the ones weightinit does not
 * decode (integers, booleans, 8-bit and smaller floats, complex).
 *
 * @param name - a safetensors dtype name
 * @remarks Case-sensitive, as the format is.
 *
 * @example
 * ```ts
 * import { dtypeFromSafetensors } from './safetensorsDTypes'
 * dtypeFromSafetensors('BF16') // 'bfloat16'
 * dtypeFromSafetensors('I64') // undefined
 * ```
 */
export function dtypeFromSafetensors(name: SafetensorsDType): DType | undefined {
  switch (name) {
    case 'F32':
      return 'float32'
    case 'F64':
      return 'float64'
    case 'F16':
      return 'float16'
    case 'BF16':
      return 'bfloat16'
    default:
      return undefined
  }
}

/**
 * Whether `name` is a dtype of the safetensors format.
 *
 * @param name - any value
 * @remarks Own keys of {@link safetensorsDTypeBits} only, so `'toString'` is not a dtype.
 *
 * @example
 * ```ts
 * import { isSafetensorsDType } from './safetensorsDTypes'
 * isSafetensorsDType('F32') // true
 * ```
 */
export function isSafetensorsDType(name: unknown): name is SafetensorsDType {
  return typeof name === 'string' && Object.hasOwn(safetensorsDTypeBits, name)
}

/**
 * The rank of a dtype in the format's order (see {@link safetensorsDTypeBits}).
 *
 * @param name - a safetensors dtype name
 * @returns its index; the writer puts tensors of higher ranks first, as the reference writer does
 * @remarks Internal; not exported from the barrel.
 *
 * @example
 * ```ts
 * import { safetensorsDTypeRank } from './safetensorsDTypes'
 * safetensorsDTypeRank('F64') > safetensorsDTypeRank('F32') // true
 * ```
 */
export function safetensorsDTypeRank(name: SafetensorsDType): number {
  return Object.keys(safetensorsDTypeBits).indexOf(name)
}
