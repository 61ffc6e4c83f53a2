import { type Tensor, tensor } from '@tensorflow/tfjs-core'
import {
  type InitName,
  type InitSpec,
  type Layout,
  type Seed,
  sampleTensor,
} from '@weightinit/core'
import { checkOptions, describeValue, fail } from '@weightinit/core/errors'

/**
 * Options of {@link toTensor}: the stream (seed, key), the element type, and how to read fans.
 *
 * @example
 * ```ts
 * import type { ToTensorOptions } from '@weightinit/tfjs'
 * const options: ToTensorOptions = { seed: 42, key: 'conv1/kernel', layout: 'hwio' }
 * ```
 */
export interface ToTensorOptions {
  /** The seed: a safe integer from 0 to 2^53 − 1 or a bigint from 0 to 2^64 − 1; 0 is a seed. */
  readonly seed: Seed
  /** The stream key, e.g. the weight's layer path `dense_1/kernel` (default `''`). */
  readonly key?: string
  /** Only `'float32'`: tfjs has no float64, float16 or bfloat16 tensors. */
  readonly dtype?: 'float32'
  /** The weight layout (default: the spec's home framework's; tfjs kernels are `hwio`/`io`). */
  readonly layout?: Layout
  /** Groups of a grouped convolution (default 1). */
  readonly groups?: number
}

/**
 * Samples an initializer into a float32 `tf.Tensor`: the same bits as core's `sampleTensor` (and
 * the buffers adapter) for the same spec, shape, seed, key and layout.
 *
 * @param spec - the initializer as plain data (`{ init: 'he_normal' }`) or just its name
 * @param shape - the tensor's shape
 * @param options - seed (required), key, dtype, layout and groups
 * @returns a new float32 tensor; the caller owns it (dispose it, or use it inside `tf.tidy`)
 *
 * @remarks
 * The layout defaults to the spec's home framework's, as everywhere in weightinit: a PyTorch name
 * such as `kaiming_normal` reads an `oihw` shape. tfjs stores kernels channels-last, so pass
 * `layout: 'hwio'` (or `'io'`, `'hwim'` for depthwise, `'hwoi'` for transposed convolutions) with
 * PyTorch names; Keras and tfjs names already default to `hwio`.
 *
 * Only float32 is produced. float64, float16 and bfloat16 are not tfjs dtypes, and silently
 * upcasting would hand back a float32 tensor under another name, so they are refused
 * (`INVALID_DTYPE`); use core's `sample` with that dtype for the bytes. Every check (spec, shape,
 * layout, seed, key) runs before any tensor is allocated.
 *
 * @example
 * ```ts
 * import { toTensor } from '@weightinit/tfjs'
 * const kernel = toTensor({ init: 'he_normal' }, [3, 3, 16, 32], { seed: 7, key: 'conv2/kernel' })
 * kernel.shape // [3, 3, 16, 32]
 * kernel.dispose()
 * ```
 */
export function toTensor(
  spec: InitSpec | InitName,
  shape: readonly number[],
  options: ToTensorOptions,
): Tensor {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    fail('INVALID_ARGUMENT', 'toTensor needs options with at least a seed: { seed: 42 }')
  }
  checkOptions(options, 'options', 'a seed', {
    seed: true,
    key: true,
    dtype: true,
    layout: true,
    groups: true,
  })
  const { dtype, ...rest } = options
  if (dtype !== undefined && dtype !== 'float32') {
    fail(
      'INVALID_DTYPE',
      `tfjs tensors from weightinit are float32; got dtype ${describeValue(dtype)} (float64, float16 and bfloat16 are not tfjs dtypes: use core's sample() for those bytes)`,
      { dtype },
    )
  }
  const sampled = sampleTensor(spec, shape, { ...rest, dtype: 'float32' })
  return tensor(sampled.data, [...sampled.shape], 'float32')
}
