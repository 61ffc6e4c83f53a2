import { bfloat16FromFloat64, bfloat16ToNumber } from '../dtype/bfloat16'
import type { DType } from '../dtype/dtypes'
import { float16FromFloat64, float16ToNumber } from '../dtype/float16'
import { fail } from '../errors/WeightinitError'
import { formatNumber } from '../plan/formatNumber'
import type { Plan } from '../plan/planTypes'
import { STREAM_VERSION, type Stream } from '../random/stream'
import { checkFinite, type FloatArray } from './checkFill'
import { fillNormal } from './fillNormal'
import { fillTruncatedNormal } from './fillTruncatedNormal'
import { fillUniform } from './fillUniform'
import { prepareTruncatedNormal } from './prepareTruncatedNormal'

/** The largest finite value of each dtype. */
const LARGEST: Readonly<Record<DType, number>> = {
  float16: 65504,
  bfloat16: 3.3895313892515355e38,
  float32: 3.4028234663852886e38,
  float64: Number.MAX_VALUE,
}

/**
 * Stream words that make each element-wise sampler give its extreme draws (`SAMPLING.md`): the
 * smallest and largest uniform; for the normal, the largest radius (u1 at its minimum) with the
 * angle 0 (z = +r) or half a turn (z = −r).
 */
const EXTREME_WORDS = {
  uniform32: [[0], [0xffffffff]],
  uniform64: [
    [0, 0],
    [0xffffffff, 0xffffffff],
  ],
  normal32: [
    [0, 0],
    [0, 0x80000000],
  ],
  normal64: [
    [0, 0, 0, 0],
    [0, 0, 0, 0x80000000],
  ],
} as const

/**
 * Refuses a plan whose draws could be non-finite (±Infinity or NaN) in the output dtype, before
 * anything is allocated: what `sample()` checks first.
 *
 * @param plan - a plan from `plan()`
 * @param dtype - the output dtype
 * @throws `OUT_OF_DTYPE_RANGE` naming the parameter, the dtype's finite range and what to do;
 *   `INVALID_ARGUMENT` for a parameter that is not a finite number
 *
 * @remarks
 * Each check runs in the arithmetic the sampler uses for that dtype (`SAMPLING.md`): float32,
 * float16 and bfloat16 elements of uniform, normal and truncated normal plans are float32 samples
 * (then rounded to nearest even), float64 elements are float64 samples, constants and structured
 * plans round their float64 values once.
 * - uniform: `low`, `high` and the width `high − low` as the sampler computes it (float32:
 *   f32(f32(high) − f32(low))) must be finite, and so must both extreme draws.
 * - normal: the extreme draws `mean ± zmax·std`, where zmax is the largest |z| the sampler can
 *   produce: 5.7681 in float32 (the tail beyond is cut), 8.5717 in float64.
 * - truncated normal: its extreme draws, i.e. its bounds (or `mu ± zmax·sigma` on an open side).
 * - constant: the value; orthogonal, eye and delta_orthogonal: `gain` (entries are at most
 *   |gain|·1); sparse: `±8.5717·sigma` (its normals are float64); dirac: 1, always finite.
 * The extreme draws are computed by the samplers themselves, from the stream words that give them,
 * so a parameter just inside the limit passes and one just outside is refused.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { checkDrawsFinite } from '@weightinit/core/samplers'
 * checkDrawsFinite(plan({ init: 'uniform', a: -1e39, b: 1e39 }, [10]), 'float64') // fine
 * // with 'float32' it throws OUT_OF_DTYPE_RANGE: low = -1e+39 is beyond float32's range
 * ```
 */
export function checkDrawsFinite(plan: Plan, dtype: DType): void {
  switch (plan.distribution) {
    case 'uniform':
      checkUniform(plan.low, plan.high, dtype)
      break
    case 'normal':
      checkNormal(plan.mean, plan.std, dtype)
      break
    case 'truncated_normal':
      checkTruncated(plan.mu, plan.sigma, plan.low, plan.high, dtype)
      break
    case 'constant':
      checkValue('constant', 'value', plan.value, dtype)
      break
    case 'orthogonal':
    case 'eye':
    case 'delta_orthogonal':
      checkValue(plan.distribution, 'gain', plan.gain, dtype, ' (entries reach ±gain)')
      break
    case 'sparse':
      checkNormal(0, plan.sigma, dtype, 'sparse', 'sigma', true)
      break
    default: // dirac: ones
  }
}

function checkUniform(low: number, high: number, dtype: DType): void {
  checkFinite('low', low)
  checkFinite('high', high)
  const sampled = sampleType(dtype)
  for (const [name, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (!Number.isFinite(stored(value, sampled))) {
      refuse('uniform', name, value, sampled, BOUNDS_ADVICE)
    }
  }
  const wide =
    sampled === 'float64' ? high - low : Math.fround(Math.fround(high) - Math.fround(low))
  if (!Number.isFinite(wide)) {
    fail(
      'OUT_OF_DTYPE_RANGE',
      `uniform high − low = ${high} − ${low} overflows ${range(sampled)} (the ${sampled} sampler draws low + (high − low)·u), so the draws would be NaN or ±Infinity: narrow the bounds so that their difference stays inside it${widerAdvice(sampled)}`,
      {
        distribution: 'uniform',
        parameter: 'high − low',
        low,
        high,
        dtype,
        largest: LARGEST[sampled],
      },
    )
  }
  const draws = extremes(dtype, 'uniform', (words, out) =>
    fillUniform({ low, high }, words, 0, 1, out),
  )
  for (const [name, value, draw] of [
    ['low', low, draws[0]!],
    ['high', high, draws[2]!],
  ] as const) {
    if (!Number.isFinite(stored(draw, dtype))) {
      fail(
        'OUT_OF_DTYPE_RANGE',
        `uniform draws reach ${draw} (${name} = ${value}), beyond ${range(dtype)}, so they would be written as ±Infinity: keep the bounds inside it${widerAdvice(dtype)}`,
        { distribution: 'uniform', parameter: name, low, high, dtype, largest: LARGEST[dtype] },
      )
    }
  }
}

function checkNormal(
  mean: number,
  std: number,
  dtype: DType,
  distribution = 'normal',
  stdName = 'std',
  float64Draws = false,
): void {
  checkFinite('mean', mean)
  checkFinite(stdName, std)
  if (!Number.isFinite(stored(mean, dtype))) {
    refuse(distribution, 'mean', mean, dtype, ': every draw would be ±Infinity; lower |mean|')
  }
  const sampleIn: DType = float64Draws ? 'float64' : dtype
  const draws = extremes(sampleIn, 'normal', (words, out) =>
    fillNormal({ mean, std }, words, 0, 2, out),
  )
  if (!draws.every((x) => Number.isFinite(stored(x, dtype)))) {
    const zmax = largestZ(sampleIn)
    fail(
      'OUT_OF_DTYPE_RANGE',
      `${distribution} draws reach ${mean === 0 ? '±' : 'mean ± '}${zmax}·${stdName} = ${formatNumber(mean - zmax * std)} … ${formatNumber(mean + zmax * std)} (${mean === 0 ? '' : `mean = ${mean}, `}${stdName} = ${std}; ${zmax} is the largest |z| the ${sampleType(sampleIn)} sampler draws), beyond ${range(dtype)}, so some would be ±Infinity or NaN: keep ${mean === 0 ? '' : '|mean| + '}${zmax}·${stdName} inside it${widerAdvice(dtype)}`,
      { distribution, parameter: stdName, mean, std, dtype, largest: LARGEST[dtype], zmax },
    )
  }
}

function checkTruncated(mu: number, sigma: number, low: number, high: number, dtype: DType): void {
  for (const [name, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (Number.isFinite(value) && !Number.isFinite(stored(value, dtype))) {
      refuse('truncated normal', name, value, dtype, BOUNDS_ADVICE)
    }
  }
  const params = prepareTruncatedNormal(mu, sigma, low, high)
  const draws = extremes(dtype, 'uniform', (words, out) =>
    fillTruncatedNormal(params, words, 0, 1, out),
  )
  if (!draws.every((x) => Number.isFinite(stored(x, dtype)))) {
    fail(
      'OUT_OF_DTYPE_RANGE',
      `truncated normal N(${mu}, ${sigma}²) on [${low}, ${high}] draws values beyond ${range(dtype)} (on its open side, mu ± ${largestZ(dtype)}·sigma or more), so some would be ±Infinity: give finite bounds inside the range${widerAdvice(dtype)}`,
      {
        distribution: 'truncated_normal',
        parameter: 'sigma',
        mu,
        sigma,
        low,
        high,
        dtype,
        largest: LARGEST[dtype],
      },
    )
  }
}

function checkValue(
  distribution: string,
  name: string,
  value: number,
  dtype: DType,
  note = '',
): void {
  if (!Number.isFinite(stored(checkFinite(name, value), dtype))) {
    refuse(
      distribution,
      name,
      value,
      dtype,
      `${note}: it would be written as ±Infinity; use a value inside the range`,
    )
  }
}

const BOUNDS_ADVICE = ': the draws would be ±Infinity or NaN; use bounds inside the range'

function refuse(
  distribution: string,
  name: string,
  value: number,
  dtype: DType,
  advice: string,
): never {
  return fail(
    'OUT_OF_DTYPE_RANGE',
    `${distribution} ${name} = ${value} is beyond ${range(dtype)}${advice}${widerAdvice(dtype)}`,
    { distribution, parameter: name, [name]: value, dtype, largest: LARGEST[dtype] },
  )
}

/** "float16's finite range ±65504". */
function range(dtype: DType): string {
  return `${dtype}'s finite range ±${LARGEST[dtype]}`
}

function widerAdvice(dtype: DType): string {
  if (dtype === 'float64') return ''
  return dtype === 'float32' ? ', or use dtype float64' : ', or use dtype float32 or float64'
}

function sampleType(dtype: DType): 'float64' | 'float32' {
  return dtype === 'float64' ? 'float64' : 'float32'
}

/** The value as the dtype stores it (the nearest, ties to even), as a number. */
function stored(x: number, dtype: DType): number {
  switch (dtype) {
    case 'float64':
      return x
    case 'float32':
      return Math.fround(x)
    case 'float16':
      return float16ToNumber(float16FromFloat64(x))
    case 'bfloat16':
      return bfloat16ToNumber(bfloat16FromFloat64(x))
  }
}

/** The largest |z| the normal sampler of a dtype draws: 5.7681… (float32) or 8.5717… (float64). */
function largestZ(dtype: DType): number {
  const [z] = extremes(dtype, 'normal', (words, out) =>
    fillNormal({ mean: 0, std: 1 }, words, 0, 1, out),
  )
  return Number(z!.toPrecision(5))
}

/**
 * The draws a sampler makes from each of its extreme word patterns: one or two elements each, in
 * float32 (float32, float16, bfloat16 output) or float64.
 */
function extremes(
  dtype: DType,
  kind: 'uniform' | 'normal',
  draw: (words: Stream, out: FloatArray) => void,
): number[] {
  const wide = dtype === 'float64'
  const patterns = EXTREME_WORDS[`${kind}${wide ? '64' : '32'}`]
  const values: number[] = []
  for (const pattern of patterns) {
    const out = wide ? new Float64Array(2) : new Float32Array(2)
    draw(repeating(pattern), out)
    values.push(...out)
  }
  return values
}

/** A stand-in stream whose words repeat `pattern` (word i is `pattern[i mod length]`). */
function repeating(pattern: readonly number[]): Stream {
  return {
    version: STREAM_VERSION,
    seed: [0, 0],
    key: '',
    keyHash: [0, 0],
    fill(out, wordOffset = 0) {
      for (let i = 0; i < out.length; i++) out[i] = pattern[(wordOffset + i) % pattern.length]!
      return out
    },
  }
}
