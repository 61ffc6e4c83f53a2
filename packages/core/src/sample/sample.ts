import { arrayKind } from '../dtype/arrayKind'
import { encodeBfloat16 } from '../dtype/bfloat16'
import { allocate, checkDType, type DType, type DTypeArrayMap } from '../dtype/dtypes'
import { encodeFloat16 } from '../dtype/float16'
import { checkOptions, type OptionNames } from '../errors/checkOptions'
import { describeValue } from '../errors/describeValue'
import { throwIfAborted } from '../errors/throwIfAborted'
import { fail } from '../errors/WeightinitError'
import type { Plan } from '../plan/planTypes'
import type { Seed } from '../random/seed'
import { createStream, type Stream } from '../random/stream'
import { orthogonalPrecision } from '../structured/haarReflectors'
import { sampleOrthogonal } from '../structured/sampleOrthogonal'
import { isStructuredPlan, sampleStructured } from '../structured/sampleStructured'
import { checkStructuredMemory } from '../structured/structuredMemory'
import { checkDrawsFinite } from './checkDrawsFinite'
import { checkFinite, type FloatArray } from './checkFill'
import { type ElementWiseDraw, fillDraw } from './fillHalf'
import { prepareTruncatedNormal } from './prepareTruncatedNormal'
import type { SamplerKernels } from './samplerKernels'
import { type Engine, selectEngine } from './selectEngine'

/**
 * What {@link sample} draws: the stream, the dtype, and which slice of the tensor into which array.
 *
 * @remarks Only `seed` is required. `into`, when given, fixes `count` to its length.
 *
 * @example
 * ```ts
 * import type { SampleOptions } from '@weightinit/core'
 * const options: SampleOptions<'float16'> = { seed: 42, key: 'fc.weight', dtype: 'float16' }
 * ```
 */
export interface SampleOptions<D extends DType = DType> {
  /** The seed: a safe integer from 0 to 2^53 − 1 or a bigint from 0 to 2^64 − 1; 0 is a seed. */
  readonly seed: Seed
  /** The stream key, e.g. an ONNX initializer name or a layer path (default `''`). */
  readonly key?: string
  /** The element type (default `'float32'`). */
  readonly dtype?: D
  /** The index of the first element to draw (default 0). */
  readonly offset?: number
  /** How many elements (default `into.length` when `into` is given, else `plan.size − offset`). */
  readonly count?: number
  /** Where to write: an array of the dtype's type (see `DTypeArrayMap`) with exactly `count` elements. */
  readonly into?: DTypeArrayMap[D]
  /** Which implementation samples (default `'auto'`); every engine gives the same bits. */
  readonly engine?: Engine
  /**
   * The most working memory a structured plan (orthogonal, eye, dirac, delta_orthogonal, sparse)
   * may take, in bytes (default `DEFAULT_MAX_BYTES`, 2 GiB; `Infinity` for no limit): one that
   * needs more (see `structuredMemory`) fails with `MEMORY_LIMIT` before anything is allocated.
   */
  readonly maxBytes?: number
  /**
   * Cancels sampling: checked before any work, and between the panels of the QR of orthogonal and
   * delta_orthogonal plans (`ABORTED`).
   */
  readonly signal?: AbortSignal
}

/** The names {@link sample} takes in its options. */
const SAMPLE_OPTIONS = {
  seed: true,
  key: true,
  dtype: true,
  offset: true,
  count: true,
  into: true,
  engine: true,
  maxBytes: true,
  signal: true,
} as const satisfies OptionNames<SampleOptions<DType>>

/** The typed array each dtype is written to, by tag. */
const ARRAY_OF = {
  float32: 'Float32Array',
  float64: 'Float64Array',
  float16: 'Uint16Array',
  bfloat16: 'Uint16Array',
} as const

/**
 * Draws the elements of a planned tensor: any slice, any dtype, the same bits on every platform and
 * engine.
 *
 * @param plan - a plan from `plan()`
 * @param options - seed, key, dtype, slice, output array and engine (see {@link SampleOptions})
 * @returns `options.into` (filled) or a new array of `count` elements of the dtype's type
 *
 * @remarks
 * Element i of the tensor is a pure function of (plan, seed, key, i, dtype), defined in
 * `SAMPLING.md`: a slice `[offset, offset + count)` has exactly the bits of the same elements of the
 * whole tensor, whatever the split. float16 and bfloat16 elements of uniform, normal and truncated
 * normal plans are the float32 samples rounded to nearest even; constants and structured plans round
 * their float64 values once. Structured plans (orthogonal, eye, dirac, delta_orthogonal, sparse) are
 * computed whole by `sampleStructured` and cut, so a slice of one costs the whole tensor.
 *
 * Everything is checked before anything is written (and nothing is allocated before the checks
 * pass): a bad seed (`INVALID_SEED`), key (`INVALID_KEY`), dtype (`INVALID_DTYPE`), engine or plan
 * (`INVALID_ARGUMENT`), an offset or count that is not a non-negative integer or runs past
 * `plan.size` (`INVALID_SLICE`), an `into` of the wrong type or length (`INVALID_TARGET`),
 * parameters whose draws could be ±Infinity or NaN in the dtype (`OUT_OF_DTYPE_RANGE`, see
 * `checkDrawsFinite`), a structured plan that needs more working memory than `maxBytes`
 * (`MEMORY_LIMIT`, see `structuredMemory`). An aborted `signal` fails with `ABORTED`.
 *
 * @example
 * ```ts
 * import { plan, sample } from '@weightinit/core'
 * const p = plan({ init: 'kaiming_normal' }, [256, 128])
 * const whole = sample(p, { seed: 42, key: 'fc1.weight' }) // Float32Array(32768)
 * const part = sample(p, { seed: 42, key: 'fc1.weight', offset: 1000, count: 10 })
 * part[0] === whole[1000] // true
 * ```
 */
export function sample<D extends DType = 'float32'>(
  plan: Plan,
  options: SampleOptions<D>,
): DTypeArrayMap[D] {
  checkPlan(plan)
  checkOptions(options, 'options', 'a seed', SAMPLE_OPTIONS)
  const stream = createStream(options.seed, options.key ?? '')
  const dtype = checkDType(options.dtype ?? 'float32') as D
  const { offset, count } = checkSlice(plan.size, options.offset, options.count, options.into)
  const into = checkInto(options.into, dtype, count)
  const engine = options.engine ?? 'auto'
  const kernels = selectEngine(engine)
  throwIfAborted(options.signal, 'sampling')
  const write = prepare(plan, kernels, engine, stream, options, offset, count, dtype)
  const out = into ?? allocate(dtype, count)
  write(out)
  return out
}

/** Checks the parts of the plan that sampling reads. */
function checkPlan(plan: Plan): void {
  if (plan === null || typeof plan !== 'object' || typeof plan.distribution !== 'string') {
    fail('INVALID_ARGUMENT', `plan must be a plan from plan(), got ${describeValue(plan)}`, {})
  }
  if (!Number.isSafeInteger(plan.size) || plan.size < 0) {
    fail(
      'INVALID_ARGUMENT',
      `plan.size must be a non-negative integer, got ${describeValue(plan.size)}`,
      {
        size: plan.size,
      },
    )
  }
}

/** Resolves and checks the slice: offset and count non-negative integers, offset + count ≤ size. */
function checkSlice(
  size: number,
  offsetOption: unknown,
  countOption: unknown,
  into: unknown,
): { offset: number; count: number } {
  const offset = offsetOption ?? 0
  if (typeof offset !== 'number' || !Number.isSafeInteger(offset) || offset < 0 || offset > size) {
    fail(
      'INVALID_SLICE',
      `offset must be an integer from 0 to the tensor's size (${size}), got ${describeValue(offset)}`,
      { offset, size },
    )
  }
  const intoLength = ArrayBuffer.isView(into)
    ? (into as unknown as ArrayLike<number>).length
    : undefined
  const count = countOption ?? intoLength ?? size - offset
  if (
    typeof count !== 'number' ||
    !Number.isSafeInteger(count) ||
    count < 0 ||
    offset + count > size
  ) {
    fail(
      'INVALID_SLICE',
      `count must be an integer from 0 to size − offset (${size} − ${offset} = ${size - offset}), got ${describeValue(count)}`,
      { offset, count, size },
    )
  }
  return { offset, count }
}

/** Checks a caller's output array: the dtype's array type, exactly `count` elements. */
function checkInto<D extends DType>(
  into: unknown,
  dtype: D,
  count: number,
): DTypeArrayMap[D] | undefined {
  if (into === undefined) return undefined
  const expected = ARRAY_OF[dtype]
  if (arrayKind(into) !== expected) {
    fail(
      'INVALID_TARGET',
      `into must be a ${expected} for dtype ${dtype}, got ${describeValue(into)}`,
      {
        dtype,
        expected,
      },
    )
  }
  const length = (into as DTypeArrayMap[D]).length
  if (length !== count) {
    fail('INVALID_TARGET', `into must have exactly count = ${count} elements, got ${length}`, {
      expected: count,
      got: length,
    })
  }
  return into as DTypeArrayMap[D]
}

/** A writer of the checked slice into an output array of the dtype's type. */
type Writer = (out: DTypeArrayMap[DType]) => void

/** Checks the plan's parameters and returns the writer; nothing is written yet. */
function prepare(
  plan: Plan,
  kernels: SamplerKernels,
  engine: Engine,
  stream: Stream,
  options: SampleOptions,
  offset: number,
  count: number,
  dtype: DType,
): Writer {
  switch (plan.distribution) {
    case 'uniform': {
      const params = { low: checkFinite('low', plan.low), high: checkFinite('high', plan.high) }
      checkDrawsFinite(plan, dtype)
      return elementWise(kernels, { distribution: 'uniform', params }, stream, offset, count, dtype)
    }
    case 'normal': {
      const params = { mean: checkFinite('mean', plan.mean), std: checkFinite('std', plan.std) }
      checkDrawsFinite(plan, dtype)
      return elementWise(kernels, { distribution: 'normal', params }, stream, offset, count, dtype)
    }
    case 'truncated_normal': {
      const params = prepareTruncatedNormal(plan.mu, plan.sigma, plan.low, plan.high)
      checkDrawsFinite(plan, dtype)
      const draw = { distribution: 'truncated_normal', params } as const
      return elementWise(kernels, draw, stream, offset, count, dtype)
    }
    case 'constant': {
      const value = checkFinite('value', plan.value)
      checkDrawsFinite(plan, dtype)
      return fromFloat64(dtype, (out) => out.fill(value), count)
    }
    default: {
      if (!isStructuredPlan(plan)) {
        return fail(
          'INVALID_ARGUMENT',
          `plan.distribution ${describeValue((plan as Plan).distribution)} is not one sample() knows`,
          { distribution: (plan as Plan).distribution },
        )
      }
      checkDrawsFinite(plan, dtype)
      checkStructuredMemory(plan, dtype, count, options.maxBytes)
      const { seed, signal } = options
      if (plan.distribution === 'orthogonal' && dtype === 'float32' && count === plan.size) {
        // the whole float32 tensor, written without a float64 copy (the same bits)
        const structured = {
          seed,
          key: stream.key,
          engine,
          precision: 'float32',
          ...(signal === undefined ? {} : { signal }),
        } as const
        return (out) => void sampleOrthogonal(plan, structured, out as Float32Array)
      }
      const whole = sampleStructured(plan, {
        seed,
        key: stream.key,
        engine,
        precision: orthogonalPrecision(dtype),
        ...(signal === undefined ? {} : { signal }),
      })
      return fromFloat64(dtype, (out) => out.set(whole.subarray(offset, offset + count)), count)
    }
  }
}

/**
 * A writer for an element-wise distribution: the kernel fills float32 or float64 output directly,
 * and float16 or bfloat16 bit patterns through the engine's `fillHalf` (the float32 samples
 * rounded to nearest even).
 */
function elementWise(
  kernels: SamplerKernels,
  draw: ElementWiseDraw,
  stream: Stream,
  offset: number,
  count: number,
  dtype: DType,
): Writer {
  return (out) => {
    if (dtype === 'float32' || dtype === 'float64') {
      fillDraw(kernels, draw, stream, offset, count, out as FloatArray)
    } else {
      kernels.fillHalf(draw, stream, offset, count, dtype, out as Uint16Array)
    }
  }
}

/**
 * A writer for values known in float64 (constants, structured plans): rounded once to the dtype.
 * `produce` writes the `count` values into a Float64Array (or directly into float32/float64 output,
 * which rounds once too).
 */
function fromFloat64(dtype: DType, produce: (out: FloatArray) => void, count: number): Writer {
  return (out) => {
    if (dtype === 'float32' || dtype === 'float64') {
      produce(out as FloatArray)
      return
    }
    const values = new Float64Array(count)
    produce(values)
    if (dtype === 'float16') encodeFloat16(values, out as Uint16Array)
    else encodeBfloat16(values, out as Uint16Array)
  }
}
