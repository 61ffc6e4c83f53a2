import { describe, expect, it } from 'vitest'
import type { InitSpec } from '../catalogue/initSpec'
import type { DType } from '../dtype/dtypes'
import { decode } from '../dtype/encode'
import { WeightinitError } from '../errors/WeightinitError'
import { plan } from '../plan/plan'
import { sample } from './sample'

/** Every element of a sample as a number (float16 and bfloat16 decoded). */
function values(spec: InitSpec, shape: number[], dtype: DType): number[] {
  const out = sample(plan(spec, shape), { seed: 7, key: 'edge', dtype })
  if (dtype === 'float16' || dtype === 'bfloat16') return [...decode(out as Uint16Array, dtype)]
  return [...(out as Float32Array | Float64Array)]
}

function refusal(spec: InitSpec, shape: number[], dtype: DType): WeightinitError {
  try {
    sample(plan(spec, shape), { seed: 7, key: 'edge', dtype })
  } catch (error) {
    if (error instanceof WeightinitError) return error
    throw error
  }
  throw new Error(`${JSON.stringify(spec)} in ${dtype} was not refused`)
}

const F32_MAX = 3.4028234663852886e38
const F32_ULP_AT_MAX = 2 ** 104
const BF16_MAX = 3.3895313892515355e38

/**
 * For each distribution and dtype: a spec just inside the dtype's finite range (sampled: every
 * value finite) and one just outside (refused with OUT_OF_DTYPE_RANGE, naming the parameter).
 */
const EDGES: readonly {
  readonly name: string
  readonly dtype: DType
  readonly inside: InitSpec
  readonly outside?: InitSpec
  readonly blames?: string
}[] = [
  // uniform: the bounds, and their difference in the sampler's arithmetic
  {
    name: 'uniform low',
    dtype: 'float32',
    inside: { init: 'uniform', a: -F32_MAX, b: 0 },
    outside: { init: 'uniform', a: -1e39, b: 0 },
    blames: 'low',
  },
  {
    name: 'uniform high − low',
    dtype: 'float32',
    inside: { init: 'uniform', a: -F32_MAX, b: 0 },
    outside: { init: 'uniform', a: -F32_MAX, b: F32_ULP_AT_MAX },
    blames: 'high − low',
  },
  {
    name: 'uniform high − low',
    dtype: 'float64',
    inside: { init: 'uniform', a: -Number.MAX_VALUE / 2, b: Number.MAX_VALUE / 2 },
    outside: { init: 'uniform', a: -Number.MAX_VALUE / 2, b: Number.MAX_VALUE / 2 + 2 ** 970 },
    blames: 'high − low',
  },
  {
    name: 'uniform high',
    dtype: 'float16',
    inside: { init: 'uniform', a: -65504, b: 65504 },
    outside: { init: 'uniform', a: 0, b: 65536 },
    blames: 'high',
  },
  {
    name: 'uniform draws',
    dtype: 'float16',
    inside: { init: 'uniform', a: 0, b: 65520 },
    outside: { init: 'uniform', a: 0, b: 65521 },
    blames: 'high',
  },
  {
    name: 'uniform high',
    dtype: 'bfloat16',
    inside: { init: 'uniform', a: -BF16_MAX, b: 0 },
    outside: { init: 'uniform', a: 0, b: 3.4e38 },
    blames: 'high',
  },
  // normal: mean ± zmax·std (zmax 5.7681 for float32 samples, 8.5717 for float64)
  {
    name: 'normal std',
    dtype: 'float32',
    inside: { init: 'normal', mean: 0, std: 5.8e37 },
    outside: { init: 'normal', mean: 0, std: 6e37 },
    blames: 'std',
  },
  {
    name: 'normal mean',
    dtype: 'float32',
    inside: { init: 'normal', mean: 3e38, std: 1 },
    outside: { init: 'normal', mean: 1e308, std: 1e300 },
    blames: 'mean',
  },
  {
    name: 'normal std',
    dtype: 'float64',
    inside: { init: 'normal', mean: 0, std: 2e307 },
    outside: { init: 'normal', mean: 0, std: 2.2e307 },
    blames: 'std',
  },
  {
    name: 'normal mean ± std',
    dtype: 'float64',
    inside: { init: 'normal', mean: 1.7e308, std: 7e305 },
    outside: { init: 'normal', mean: 1.7e308, std: 2e306 },
    blames: 'std',
  },
  {
    name: 'normal std',
    dtype: 'float16',
    inside: { init: 'normal', mean: 0, std: 11300 },
    outside: { init: 'normal', mean: 0, std: 11400 },
    blames: 'std',
  },
  {
    name: 'normal std',
    dtype: 'bfloat16',
    inside: { init: 'normal', mean: 0, std: 5.8e37 },
    outside: { init: 'normal', mean: 0, std: 5.9e37 },
    blames: 'std',
  },
  // truncated normal: its bounds
  {
    name: 'truncated normal high',
    dtype: 'float16',
    inside: { init: 'trunc_normal', mean: 0, std: 1e5, a: -65504, b: 65504 },
    outside: { init: 'trunc_normal', mean: 0, std: 1e5, a: -65504, b: 70000 },
    blames: 'high',
  },
  {
    name: 'truncated normal low',
    dtype: 'float32',
    inside: { init: 'trunc_normal', mean: 0, std: 1e38, a: -F32_MAX, b: F32_MAX },
    outside: { init: 'trunc_normal', mean: 0, std: 1e38, a: -1e39, b: 1 },
    blames: 'low',
  },
  {
    name: 'truncated normal bounds',
    dtype: 'bfloat16',
    inside: { init: 'trunc_normal', mean: 0, std: 1e38, a: -BF16_MAX, b: BF16_MAX },
    outside: { init: 'trunc_normal', mean: 0, std: 1e38, a: -3.4e38, b: 0 },
    blames: 'low',
  },
  {
    name: 'truncated normal (float64 always fits)',
    dtype: 'float64',
    inside: {
      init: 'trunc_normal',
      mean: 0,
      std: 1e307,
      a: -Number.MAX_VALUE,
      b: Number.MAX_VALUE,
    },
  },
  // constant: the value
  {
    name: 'constant',
    dtype: 'float16',
    inside: { init: 'constant', value: 65519 },
    outside: { init: 'constant', value: 65520 },
    blames: 'value',
  },
  {
    name: 'constant',
    dtype: 'bfloat16',
    inside: { init: 'constant', value: BF16_MAX },
    outside: { init: 'constant', value: 3.4e38 },
    blames: 'value',
  },
  {
    name: 'constant',
    dtype: 'float32',
    inside: { init: 'constant', value: F32_MAX },
    outside: { init: 'constant', value: 3.5e38 },
    blames: 'value',
  },
  {
    name: 'constant (every finite float64 fits)',
    dtype: 'float64',
    inside: { init: 'constant', value: -Number.MAX_VALUE },
  },
  // structured: gain·1
  {
    name: 'orthogonal gain',
    dtype: 'float16',
    inside: { init: 'orthogonal', gain: 65504 },
    outside: { init: 'orthogonal', gain: 70000 },
    blames: 'gain',
  },
  {
    name: 'orthogonal gain',
    dtype: 'float32',
    inside: { init: 'orthogonal', gain: 1e38 },
    outside: { init: 'orthogonal', gain: 1e39 },
    blames: 'gain',
  },
  {
    name: 'eye gain',
    dtype: 'bfloat16',
    inside: { init: 'keras.identity', gain: BF16_MAX },
    outside: { init: 'keras.identity', gain: 3.4e38 },
    blames: 'gain',
  },
  {
    name: 'sparse std',
    dtype: 'float16',
    inside: { init: 'sparse', sparsity: 0.5, std: 7600 },
    outside: { init: 'sparse', sparsity: 0.5, std: 7700 },
    blames: 'sigma',
  },
]

describe('draws that cannot be finite in the output dtype are refused before any work', () => {
  it.each(EDGES)('$name in $dtype: just inside gives finite values', ({ inside, dtype }) => {
    const got = values(inside, [64, 64], dtype)
    expect(got).toHaveLength(4096)
    expect(got.filter((x) => !Number.isFinite(x))).toEqual([])
  })

  it.each(EDGES.filter((edge) => edge.outside !== undefined))(
    '$name in $dtype: just outside is refused',
    ({ outside, dtype, blames }) => {
      const error = refusal(outside!, [64, 64], dtype)
      expect(error.code).toBe('OUT_OF_DTYPE_RANGE')
      expect(error.details).toMatchObject({ parameter: blames, dtype })
      expect(error.message).toContain(`${dtype}'s finite range ±`)
    },
  )

  it('refuses the three reported cases with a message that says what to do', () => {
    const uniform = refusal({ init: 'uniform', a: -1e39, b: 1e39 }, [1000], 'float32')
    expect(uniform.message).toMatch(
      /low = -1e\+39 is beyond float32's finite range ±3\.4028234663852886e\+38.*or use dtype float64/,
    )
    const wide = refusal({ init: 'uniform', a: -1.7e308, b: 1.7e308 }, [1000], 'float64')
    expect(wide.message).toMatch(
      /high − low = 1\.7e\+308 − -1\.7e\+308 overflows float64's finite range/,
    )
    const normal = refusal({ init: 'normal', mean: 1e308, std: 1e300 }, [1000], 'float32')
    expect(normal.message).toMatch(/mean = 1e\+308 is beyond float32's finite range/)
    const wideNormal = refusal({ init: 'normal', mean: 1e308, std: 1e307 }, [1000], 'float64')
    expect(wideNormal.message).toMatch(
      /^normal draws reach mean ± 8\.5717·std = 1\.42\d*e\+307 … Infinity \(mean = 1e\+308, std = 1e\+307; 8\.5717 is the largest \|z\| the float64 sampler draws\), beyond float64's finite range/,
    )
  })

  it('checks the whole tensor even for a slice, and before writing into the caller’s array', () => {
    const into = new Float32Array(4).fill(-1)
    const p = plan({ init: 'uniform', a: -1e39, b: 0 }, [100])
    expect(() => sample(p, { seed: 1, offset: 10, count: 4, into })).toThrow(/beyond float32/)
    expect([...into]).toEqual([-1, -1, -1, -1])
  })
})
