import type { DType, DTypeArrayMap } from '@weightinit/core'
import { checkOptions, fail, validateShape } from '@weightinit/core/errors'
import { encodeNpyHeader, type NpyVersion } from './encodeNpyHeader'
import { toBytes } from './toBytes'

/**
 * A complete `.npy` file holding one C-order array: header, then the little-endian data.
 *
 * @param data - the elements in C order: a Float32Array, a Float64Array, or a Uint16Array of float16
 *   bits (`sample(plan, { seed, dtype })` gives these)
 * @param shape - the array's shape; its product must be `data.length`
 * @param dtype - float32 (`<f4`), float64 (`<f8`) or float16 (`<f2`)
 * @param options - `version`: the format version (default 1, or 2 when the header needs it)
 * @returns the file's bytes, the same numpy's `np.save` writes for the same array
 *
 * @remarks
 * bfloat16 fails with `UNSUPPORTED_DTYPE`: no `.npy` dtype holds it, use {@link writeSafetensors}.
 * A `data` of the wrong type fails with `INVALID_ARGUMENT`, a shape whose product is not
 * `data.length` with `INVALID_SHAPE`. For tensors too large to hold in memory use
 * `writeTensorFile` from `@weightinit/buffers/node`.
 *
 * @example
 * ```ts
 * import { writeNpy } from '@weightinit/buffers'
 * import { plan, sample } from '@weightinit/core'
 * const p = plan({ init: 'xavier_uniform' }, [128, 64])
 * const file = writeNpy(sample(p, { seed: 7 }), [128, 64], 'float32') // np.load reads it
 * ```
 */
export function writeNpy<D extends DType>(
  data: DTypeArrayMap[D],
  shape: readonly number[],
  dtype: D,
  options: { readonly version?: NpyVersion } = {},
): Uint8Array {
  const header = encodeNpyHeader(
    shape,
    dtype,
    checkOptions(options, 'options', undefined, { version: true }),
  )
  const bytes = toBytes(data, dtype)
  const size = validateShape(shape)
  if (size !== data.length) {
    fail(
      'INVALID_SHAPE',
      `shape [${shape.join(', ')}] has ${size} elements but data has ${data.length}`,
      {
        shape: [...shape],
        length: data.length,
      },
    )
  }
  const out = new Uint8Array(header.length + bytes.length)
  out.set(header, 0)
  out.set(bytes, header.length)
  return out
}
