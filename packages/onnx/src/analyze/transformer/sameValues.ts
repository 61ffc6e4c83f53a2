import { WeightinitError } from '@weightinit/core'
import { dataTypeInfo } from '../../model/dataTypeInfo'
import type { OnnxModel } from '../../model/OnnxModel'
import { tensorBytes } from '../../model/tensorBytes'
import type { TensorProto } from '../../schema/generated/onnx_pb'

/**
 * Whether two 2-D tensors of one data type hold the same elements, as stored or with one the
 * transpose of the other. Compares bytes without decoding and stops at the first difference, so
 * tensors that differ cost O(1); unreadable tensors (external data that is missing) are not equal.
 *
 * @param model - the model holding both
 * @param a - one tensor
 * @param b - the other
 * @param transposed - compare `a[i][j]` with `b[j][i]`
 *
 * @example
 * ```ts
 * import { sameValues } from './sameValues'
 * declare const model: import('@weightinit/onnx').OnnxModel
 * declare const wte: import('@weightinit/onnx/schema').TensorProto
 * declare const head: import('@weightinit/onnx/schema').TensorProto
 * sameValues(model, wte, head, true) // true for GPT-2's exported head
 * ```
 */
export function sameValues(
  model: OnnxModel,
  a: TensorProto,
  b: TensorProto,
  transposed: boolean,
): boolean {
  if (a.dataType !== b.dataType || a.dims.length !== 2 || b.dims.length !== 2) return false
  const rows = Number(a.dims[0])
  const cols = Number(a.dims[1])
  const expected = transposed ? [cols, rows] : [rows, cols]
  if (Number(b.dims[0]) !== expected[0] || Number(b.dims[1]) !== expected[1]) return false
  const bits = dataTypeInfo(a.dataType)?.bits ?? 0
  if (bits < 8 || bits % 8 !== 0) return false
  const size = bits / 8
  let x: Uint8Array
  let y: Uint8Array
  try {
    x = tensorBytes(model, a)
    y = tensorBytes(model, b)
  } catch (error) {
    if (error instanceof WeightinitError) return false
    throw error
  }
  if (x.length !== rows * cols * size || y.length !== x.length) return false
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const from = (i * cols + j) * size
      const to = (transposed ? j * rows + i : i * cols + j) * size
      for (let k = 0; k < size; k++) if (x[from + k] !== y[to + k]) return false
    }
  }
  return true
}
