import type { InitName } from '../catalogue/aliases'
import type { InitSpec } from '../catalogue/initSpec'
import type { DType, DTypeArrayMap } from '../dtype/dtypes'
import { checkOptions, type OptionNames } from '../errors/checkOptions'
import { type PlanOptions, plan } from '../plan/plan'
import { type SampleOptions, sample } from './sample'

/**
 * Options of {@link sampleTensor}: how to plan (layout, groups) and how to sample (seed, key, dtype,
 * engine, an output array for the whole tensor).
 *
 * @remarks No `offset`/`count`: the result is always the whole tensor, so that `shape` describes it.
 *
 * @example
 * ```ts
 * import type { SampleTensorOptions } from '@weightinit/core'
 * const options: SampleTensorOptions<'float32'> = { seed: 0, key: 'conv1.weight', layout: 'oihw' }
 * ```
 */
export interface SampleTensorOptions<D extends DType = DType>
  extends PlanOptions,
    Omit<SampleOptions<D>, 'offset' | 'count'> {}

/**
 * A sampled tensor as plain data, what the adapters (tfjs, ONNX, buffers) consume.
 *
 * @remarks Frozen (the object and `shape`; `data` is the typed array itself).
 *
 * @example
 * ```ts
 * import type { SampledTensor } from '@weightinit/core'
 * const t: SampledTensor<'float32'> = { data: new Float32Array(6), shape: [2, 3], dtype: 'float32' }
 * ```
 */
export interface SampledTensor<D extends DType = DType> {
  /** The elements in row-major order; float16 and bfloat16 as bit patterns. */
  readonly data: DTypeArrayMap[D]
  /** The tensor's shape. */
  readonly shape: readonly number[]
  /** The element type of `data`. */
  readonly dtype: D
}

/** The names {@link sampleTensor} takes in its options. */
const SAMPLE_TENSOR_OPTIONS = {
  seed: true,
  key: true,
  dtype: true,
  into: true,
  engine: true,
  maxBytes: true,
  signal: true,
  layout: true,
  groups: true,
} as const satisfies OptionNames<SampleTensorOptions<DType>>

/**
 * Plans and samples a whole tensor in one call: `plan(spec, shape, options)` then
 * `sample(plan, options)`, returned as `{ data, shape, dtype }`.
 *
 * @param spec - the initializer as plain data, or just its name
 * @param shape - the tensor's shape
 * @param options - seed (required), key, dtype, engine, `into`, and the plan's layout and groups
 * @returns the {@link SampledTensor}
 *
 * @remarks
 * Every error of `plan()` and `sample()` is raised before anything is written. For a slice of a
 * tensor, call `plan()` once and `sample()` with `offset` and `count`.
 *
 * @example
 * ```ts
 * import { sampleTensor } from '@weightinit/core'
 * const t = sampleTensor({ init: 'he_normal' }, [3, 3, 16, 32], { seed: 7, key: 'conv2/kernel' })
 * t.data.length // 4608
 * t.dtype // 'float32'
 * ```
 */
export function sampleTensor<D extends DType = 'float32'>(
  spec: InitSpec | InitName,
  shape: readonly number[],
  options: SampleTensorOptions<D>,
): SampledTensor<D> {
  checkOptions(options, 'options', 'a seed', SAMPLE_TENSOR_OPTIONS)
  const { layout, groups, ...sampling } = options
  const planOptions: PlanOptions = {
    ...(layout === undefined ? {} : { layout }),
    ...(groups === undefined ? {} : { groups }),
  }
  const planned = plan(spec, shape, planOptions)
  const data = sample(planned, sampling as SampleOptions<D>)
  return Object.freeze({
    data,
    shape: Object.freeze([...planned.shape]),
    dtype: (options.dtype ?? 'float32') as D,
  })
}
