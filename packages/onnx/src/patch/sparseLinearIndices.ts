import { fail } from '@weightinit/core/errors'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorValues } from '../model/tensorValues'
import type { SparseTensorProto } from '../schema/generated/onnx_pb'

/**
 * The linear (row-major) indices in the dense tensor of a sparse tensor's values: its `indices`
 * are either `[NNZ]` linear indices or `[NNZ, rank]` coordinates.
 *
 * @throws `INVALID_TENSOR` for indices that do not fit the dense shape
 *
 * @example
 * ```ts
 * import { sparseLinearIndices } from './sparseLinearIndices'
 * declare const model: import('@weightinit/onnx').OnnxModel
 * declare const sparse: import('@weightinit/onnx/schema').SparseTensorProto
 * sparseLinearIndices(model, sparse) // e.g. [0, 5, 17]
 * ```
 */
export function sparseLinearIndices(model: OnnxModel, sparse: SparseTensorProto): number[] {
  const name = sparse.values?.name ?? '(sparse)'
  const dims = sparse.dims.map(Number)
  const size = dims.reduce((a, b) => a * b, 1)
  const nnz =
    sparse.values === undefined ? 0 : sparse.values.dims.map(Number).reduce((a, b) => a * b, 1)
  if (sparse.indices === undefined)
    fail('INVALID_TENSOR', `sparse tensor '${name}' has no indices`, { tensor: name })
  const raw = Array.from(tensorValues(model, sparse.indices))
  const rank = sparse.indices.dims.length === 2 ? Number(sparse.indices.dims[1]) : 1
  let linear: number[]
  if (rank === 1) linear = raw
  else {
    if (rank !== dims.length)
      fail(
        'INVALID_TENSOR',
        `sparse tensor '${name}' has coordinates of rank ${rank} for a rank-${dims.length} shape`,
        { tensor: name },
      )
    linear = []
    for (let i = 0; i < raw.length; i += rank) {
      let index = 0
      for (let a = 0; a < rank; a++) index = index * dims[a]! + raw[i + a]!
      linear.push(index)
    }
  }
  if (linear.length !== nnz || linear.some((i) => !Number.isSafeInteger(i) || i < 0 || i >= size)) {
    fail(
      'INVALID_TENSOR',
      `sparse tensor '${name}' has indices that do not fit its ${nnz} values and shape [${dims.join(', ')}]`,
      { tensor: name },
    )
  }
  return linear
}
