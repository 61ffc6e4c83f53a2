import type { DType } from '@weightinit/core'

/**
 * The field of a `TensorProto` that holds a data type's elements when `raw_data` is not used.
 */
type TypedField =
  | 'floatData'
  | 'int32Data'
  | 'stringData'
  | 'int64Data'
  | 'doubleData'
  | 'uint64Data'

/**
 * What weightinit knows about one ONNX `TensorProto.DataType`.
 *
 * @example
 * ```ts
 * import { onnxDataTypes, type OnnxDataTypeInfo } from './onnxDataTypes'
 * const bf16: OnnxDataTypeInfo = onnxDataTypes[16]
 * ```
 */
export interface OnnxDataTypeInfo {
  /** The enum value's name in `onnx.proto`, e.g. `FLOAT16`. */
  readonly name: OnnxDataTypeName
  /** Bits per element in `raw_data` (0 for STRING, which has no raw form). */
  readonly bits: number
  /** The typed field that holds the elements when `raw_data` is absent. */
  readonly field: TypedField
  /** Elements per entry of the typed field (2 for complex: 0.5; 4-bit: 2; 2-bit: 4). */
  readonly perEntry: number
  /** The weightinit dtype of a floating-point type that can be initialized, else `null`. */
  readonly dtype: DType | null
}

/**
 * ONNX's `TensorProto.DataType` values (`onnx.proto`, IR 13), as data: raw width, typed field and,
 * for the four float types weightinit initializes, the matching dtype.
 *
 * @remarks
 * float16, bfloat16, 8-, 4- and 2-bit types live in `int32_data` when `raw_data` is absent (one
 * element per entry, two per entry for 4-bit types and four for 2-bit ones); UINT32/UINT64 in
 * `uint64_data`; COMPLEX64 in `float_data` and COMPLEX128 in `double_data` (real, imaginary).
 *
 * @example
 * ```ts
 * import { onnxDataTypes } from './onnxDataTypes'
 * onnxDataTypes[10].dtype // 'float16'
 * onnxDataTypes[7].name // 'INT64'
 * ```
 */
export const onnxDataTypes = {
  1: { name: 'FLOAT', bits: 32, field: 'floatData', perEntry: 1, dtype: 'float32' },
  2: { name: 'UINT8', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  3: { name: 'INT8', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  4: { name: 'UINT16', bits: 16, field: 'int32Data', perEntry: 1, dtype: null },
  5: { name: 'INT16', bits: 16, field: 'int32Data', perEntry: 1, dtype: null },
  6: { name: 'INT32', bits: 32, field: 'int32Data', perEntry: 1, dtype: null },
  7: { name: 'INT64', bits: 64, field: 'int64Data', perEntry: 1, dtype: null },
  8: { name: 'STRING', bits: 0, field: 'stringData', perEntry: 1, dtype: null },
  9: { name: 'BOOL', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  10: { name: 'FLOAT16', bits: 16, field: 'int32Data', perEntry: 1, dtype: 'float16' },
  11: { name: 'DOUBLE', bits: 64, field: 'doubleData', perEntry: 1, dtype: 'float64' },
  12: { name: 'UINT32', bits: 32, field: 'uint64Data', perEntry: 1, dtype: null },
  13: { name: 'UINT64', bits: 64, field: 'uint64Data', perEntry: 1, dtype: null },
  14: { name: 'COMPLEX64', bits: 64, field: 'floatData', perEntry: 0.5, dtype: null },
  15: { name: 'COMPLEX128', bits: 128, field: 'doubleData', perEntry: 0.5, dtype: null },
  16: { name: 'BFLOAT16', bits: 16, field: 'int32Data', perEntry: 1, dtype: 'bfloat16' },
  17: { name: 'FLOAT8E4M3FN', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  18: { name: 'FLOAT8E4M3FNUZ', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  19: { name: 'FLOAT8E5M2', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  20: { name: 'FLOAT8E5M2FNUZ', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  21: { name: 'UINT4', bits: 4, field: 'int32Data', perEntry: 2, dtype: null },
  22: { name: 'INT4', bits: 4, field: 'int32Data', perEntry: 2, dtype: null },
  23: { name: 'FLOAT4E2M1', bits: 4, field: 'int32Data', perEntry: 2, dtype: null },
  24: { name: 'FLOAT8E8M0', bits: 8, field: 'int32Data', perEntry: 1, dtype: null },
  25: { name: 'UINT2', bits: 2, field: 'int32Data', perEntry: 4, dtype: null },
  26: { name: 'INT2', bits: 2, field: 'int32Data', perEntry: 4, dtype: null },
} as const satisfies Record<number, Omit<OnnxDataTypeInfo, 'name'> & { name: string }>

/**
 * The name of an ONNX data type weightinit knows, e.g. `'FLOAT'`.
 */
type OnnxDataTypeName = (typeof onnxDataTypes)[keyof typeof onnxDataTypes]['name']
