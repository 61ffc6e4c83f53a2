import { type OnnxDataTypeInfo, onnxDataTypes } from './onnxDataTypes'

/**
 * The {@link onnxDataTypes} entry of a tensor's `data_type`, or `undefined` for UNDEFINED (0) and
 * values newer than weightinit.
 *
 * @example
 * ```ts
 * import { dataTypeInfo } from './dataTypeInfo'
 * dataTypeInfo(16)?.name // 'BFLOAT16'
 * dataTypeInfo(99) // undefined
 * ```
 */
export function dataTypeInfo(dataType: number): OnnxDataTypeInfo | undefined {
  return Object.hasOwn(onnxDataTypes, dataType)
    ? onnxDataTypes[dataType as keyof typeof onnxDataTypes]
    : undefined
}
