import { fail } from '@weightinit/core/errors'

const MAX = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * The element count of an ONNX tensor from its `dims` (int64), checked: every dim ≥ 0 and the
 * product at most 2^53 − 1. `[]` is a scalar (1 element).
 *
 * @param dims - the tensor's dims, as protobuf-es gives them (`bigint`)
 * @param name - the tensor's name, for the error message
 * @throws `INVALID_TENSOR` for a negative dim or a product past 2^53 − 1
 *
 * @example
 * ```ts
 * import { tensorElementCount } from './tensorElementCount'
 * tensorElementCount([32n, 2400n], 'layer1.weight') // 76800
 * ```
 */
export function tensorElementCount(dims: readonly bigint[], name: string): number {
  let count = 1n
  for (const dim of dims) {
    if (dim < 0n) {
      fail('INVALID_TENSOR', `tensor '${name}' has a negative dim ${dim} in [${dims.join(', ')}]`, {
        tensor: name,
        dims: dims.map(String),
      })
    }
    count *= dim
    if (count > MAX) {
      fail(
        'INVALID_TENSOR',
        `tensor '${name}' has dims [${dims.join(', ')}] whose product is past 2^53 − 1`,
        { tensor: name, dims: dims.map(String) },
      )
    }
  }
  return Number(count)
}
