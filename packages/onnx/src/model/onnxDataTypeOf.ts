import type { DType } from '@weightinit/core'

/**
 * The ONNX `data_type` value for a weightinit dtype.
 *
 * @example
 * ```ts
 * import { onnxDataTypeOf } from '@weightinit/onnx'
 * onnxDataTypeOf('bfloat16') // 16
 * ```
 */
export function onnxDataTypeOf(dtype: DType): 1 | 10 | 11 | 16 {
  switch (dtype) {
    case 'float32':
      return 1
    case 'float64':
      return 11
    case 'float16':
      return 10
    case 'bfloat16':
      return 16
  }
}
