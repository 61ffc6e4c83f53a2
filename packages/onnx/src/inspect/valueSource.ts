import { fail } from '@weightinit/core/errors'
import type { OnnxModel } from '../model/OnnxModel'
import { readableTensor } from '../model/readableTensor'
import { tensorByteSlicer } from '../model/tensorByteSlicer'
import { tensorValues } from '../model/tensorValues'
import { decodeValues, valueReader } from '../model/valueReader'
import type { TensorProto } from '../schema/generated/onnx_pb'

/**
 * The elements a tensor that `inspect` reads in chunks of at most this many: 2^21 (16 MiB as
 * float64, plus the stored bytes of the chunk).
 */
export const INSPECT_CHUNK_ELEMENTS = 1 << 21

/**
 * A tensor's values as numbers, by range: held whole (`whole`, for a tensor of at most one chunk,
 * or one whose bytes cannot be read by range), or read and decoded a range at a time from its
 * `raw_data` or external data file, so a tensor larger than memory can be summarized.
 *
 * @example
 * ```ts
 * import type { ValueSource } from './valueSource'
 * declare const source: ValueSource
 * source.read(0, Math.min(source.size, 1024)) // the first values
 * ```
 */
export interface ValueSource {
  readonly size: number
  /** All the values, when they are held; else `null`. */
  readonly whole: Float64Array | null
  /** Values `[start, start + count)`: a view of `whole`, or freshly read. */
  read(start: number, count: number): Float64Array
}

/**
 * The {@link ValueSource} of a tensor: whole (`tensorValues`) when it has at most `chunk` elements,
 * is edited, or is stored in a typed field; else by range.
 *
 * @param model - the model
 * @param tensor - a tensor of a numeric type read byte-aligned (floats, ints)
 * @param chunk - the largest tensor held whole
 * @throws what `tensorValues` throws
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { INSPECT_CHUNK_ELEMENTS, valueSource } from './valueSource'
 * const model = await readModel('big.onnx')
 * const source = valueSource(model, model.proto.graph!.initializer[0]!, INSPECT_CHUNK_ELEMENTS)
 * ```
 */
export function valueSource(model: OnnxModel, tensor: TensorProto, chunk: number): ValueSource {
  const edited = model.edits.has(tensor)
  const readable = edited ? null : readableTensor(tensor)
  const slice =
    readable === null || readable.count <= chunk || readable.info.bits % 8 !== 0
      ? null
      : tensorByteSlicer(model, tensor)
  if (readable === null || slice === null || valueReader(tensor.dataType) === null) {
    const whole = tensorValues(model, tensor)
    return {
      size: whole.length,
      whole,
      read: (start, count) => whole.subarray(start, start + count),
    }
  }
  const width = readable.info.bits / 8
  return {
    size: readable.count,
    whole: null,
    read: (start, count) => {
      if (start < 0 || count < 0 || start + count > readable.count) {
        fail('INVALID_ARGUMENT', `values [${start}, ${start + count}) are outside the tensor`, {
          start,
          count,
        })
      }
      return decodeValues(slice(start * width, (start + count) * width), tensor.dataType, count)
    },
  }
}
