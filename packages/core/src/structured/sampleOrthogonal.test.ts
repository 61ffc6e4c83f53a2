import { describe, expect, it } from 'vitest'
import { normalCdf } from '../math/normalCdf'
import { plan } from '../plan/plan'
import type { OrthogonalPlan } from '../plan/planTypes'
import { sampleDeltaOrthogonal } from './sampleDeltaOrthogonal'
import { sampleOrthogonal } from './sampleOrthogonal'
import { sampleStructured } from './sampleStructured'

function orthogonalPlan(spec: Parameters<typeof plan>[0], shape: number[]): OrthogonalPlan {
  const p = plan(spec, shape)
  if (p.distribution !== 'orthogonal') throw new Error(p.distribution)
  return p
}

/** max|VVᵀ − gain²·I| for `count` vectors of length `length`, vector a at `at(a, i)`. */
function gramError(
  count: number,
  length: number,
  at: (a: number, i: number) => number,
  gain = 1,
): number {
  let error = 0
  for (let a = 0; a < count; a++) {
    for (let b = a; b < count; b++) {
      let s = 0
      for (let i = 0; i < length; i++) s += at(a, i) * at(b, i)
      error = Math.max(error, Math.abs(s / (gain * gain) - (a === b ? 1 : 0)))
    }
  }
  return error
}

/** Orthogonality of the rows×cols matrix view of a row-major tensor: rows or columns, whichever are fewer. */
function matrixError(t: ArrayLike<number>, rows: number, cols: number, gain = 1): number {
  return rows <= cols
    ? gramError(rows, cols, (a, i) => t[a * cols + i]!, gain)
    : gramError(cols, rows, (a, i) => t[i * cols + a]!, gain)
}

/** Kolmogorov–Smirnov distance between a sample and a CDF. */
function ksDistance(sample: number[], cdf: (x: number) => number): number {
  const sorted = [...sample].sort((a, b) => a - b)
  const n = sorted.length
  let d = 0
  sorted.forEach((x, i) => {
    const f = cdf(x)
    d = Math.max(d, f - i / n, (i + 1) / n - f)
  })
  return d
}

/** KS critical value at α ≈ 0.001. */
const ksCritical = (n: number) => 1.95 / Math.sqrt(n)

describe('sampleOrthogonal: PyTorch (flatten trailing)', () => {
  const shapes: number[][] = [
    [50, 50], // square
    [300, 20], // tall
    [20, 300], // wide
    [64, 32, 3, 3], // conv, out ≤ in·k·k: rows orthonormal
    [64, 2, 3, 3], // conv, out > in·k·k: columns orthonormal
    [7, 5, 2], // odd sizes
  ]
  it.each(shapes.map((s) => [s]))(
    '%j: the [out, rest] view is orthonormal to 1e-12 (rounded to float32: 1e-5; float32 precision: 1e-6)',
    (shape) => {
      const p = orthogonalPlan({ init: 'orthogonal', gain: 2 }, shape)
      const t = sampleOrthogonal(p, { seed: 1, key: 'w' })
      expect(t).toHaveLength(p.size)
      expect(matrixError(t, p.rows, p.cols, 2)).toBeLessThanOrEqual(1e-12)
      expect(matrixError(Float32Array.from(t), p.rows, p.cols, 2)).toBeLessThanOrEqual(1e-5)
      const t32 = sampleOrthogonal(p, { seed: 1, key: 'w', precision: 'float32' })
      expect(matrixError(Float32Array.from(t32), p.rows, p.cols, 2)).toBeLessThanOrEqual(1e-6)
    },
  )

  it('rows of [out, in·k·k] are orthonormal for a conv kernel with out ≤ in·k·k', () => {
    const p = orthogonalPlan({ init: 'orthogonal' }, [16, 4, 3, 3])
    const t = sampleOrthogonal(p, { seed: 9 })
    expect(gramError(16, 36, (a, i) => t[a * 36 + i]!)).toBeLessThanOrEqual(1e-12)
  })

  it('gain scales exactly; the same seed and key give the same bits; another seed or key does not', () => {
    const one = sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [40, 24]), {
      seed: 3,
      key: 'k',
    })
    const three = sampleOrthogonal(orthogonalPlan({ init: 'orthogonal', gain: 3 }, [40, 24]), {
      seed: 3,
      key: 'k',
    })
    expect(three).toEqual(one.map((x) => 3 * x))
    expect(
      sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [40, 24]), { seed: 3, key: 'k' }),
    ).toEqual(one)
    expect(
      sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [40, 24]), { seed: 4, key: 'k' }),
    ).not.toEqual(one)
    expect(
      sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [40, 24]), { seed: 3, key: 'j' }),
    ).not.toEqual(one)
    expect(
      sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [40, 24]), { seed: 3n, key: 'k' }),
    ).toEqual(one)
  })

  it('a tensor with no elements gives an empty array', () => {
    expect(
      sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [0, 5]), { seed: 0 }),
    ).toHaveLength(0)
    expect(
      sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [4, 0, 3]), { seed: 0 }),
    ).toHaveLength(0)
  })

  it('refuses a bad seed or key', () => {
    const p = orthogonalPlan({ init: 'orthogonal' }, [4, 4])
    expect(() => sampleOrthogonal(p, { seed: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_SEED' }),
    )
    expect(() => sampleOrthogonal(p, { seed: 1, key: 5 as unknown as string })).toThrow(
      expect.objectContaining({ code: 'INVALID_KEY' }),
    )
  })
})

describe('sampleOrthogonal: Keras/tfjs (flatten leading)', () => {
  it.each([[[3, 3, 32, 64]], [[3, 3, 8, 4]], [[10, 40]], [[5, 2, 30]]])(
    '%j: the [rest, shape[-1]] view is orthonormal',
    (shape) => {
      const p = orthogonalPlan({ init: 'keras.orthogonal', gain: 1.5 }, shape)
      expect(p.cols).toBe(shape[shape.length - 1])
      const t = sampleOrthogonal(p, { seed: 2, key: 'dense' })
      expect(matrixError(t, p.rows, p.cols, 1.5)).toBeLessThanOrEqual(1e-12)
      expect(matrixError(Float32Array.from(t), p.rows, p.cols, 1.5)).toBeLessThanOrEqual(1e-5)
    },
  )

  it('the matrix for [out, in] in PyTorch is the matrix for [out, in] in Keras (same stream, same rows × cols)', () => {
    const torch = sampleOrthogonal(orthogonalPlan({ init: 'orthogonal' }, [12, 30]), { seed: 5 })
    const keras = sampleOrthogonal(orthogonalPlan({ init: 'keras.orthogonal' }, [12, 30]), {
      seed: 5,
    })
    expect(keras).toEqual(torch)
  })
})

describe('sampleOrthogonal: JAX (column axis)', () => {
  /** Slices of the tensor along `axis`, each flattened: the matrix's columns. */
  function slicesAlong(t: Float64Array, shape: number[], axis: number) {
    let inner = 1
    for (let d = axis + 1; d < shape.length; d++) inner *= shape[d]!
    const n = shape[axis]!
    return (c: number, i: number) => {
      const o = Math.floor(i / inner)
      const u = i % inner
      return t[(o * n + c) * inner + u]!
    }
  }

  it.each([
    [[64, 3, 3, 32], 0],
    [[5, 7, 3], 1],
    [[5, 7, 3], -1],
    [[40, 6], 0],
    [[3, 3, 16, 8], -2],
  ] as [number[], number][])(
    '%j, column_axis %i: slices along the column axis are orthonormal',
    (shape, columnAxis) => {
      const p = orthogonalPlan({ init: 'jax.orthogonal', column_axis: columnAxis, scale: 2 }, shape)
      const axis = columnAxis < 0 ? shape.length + columnAxis : columnAxis
      const t = sampleOrthogonal(p, { seed: 11, key: 'jax' })
      const cols = shape[axis]!
      const rows = t.length / cols
      const at = slicesAlong(t, shape, axis)
      const error =
        cols <= rows ? gramError(cols, rows, at, 2) : gramError(rows, cols, (r, c) => at(c, r), 2)
      expect(error).toBeLessThanOrEqual(1e-12)
    },
  )

  it('column_axis −1 is Keras; column_axis 0 of [a, b] is the transpose of column_axis −1 of [b, a]', () => {
    const jax = sampleOrthogonal(orthogonalPlan({ init: 'jax.orthogonal' }, [3, 3, 8, 4]), {
      seed: 1,
    })
    const keras = sampleOrthogonal(orthogonalPlan({ init: 'keras.orthogonal' }, [3, 3, 8, 4]), {
      seed: 1,
    })
    expect(jax).toEqual(keras)
    const a = 9
    const b = 14
    const first = sampleOrthogonal(
      orthogonalPlan({ init: 'jax.orthogonal', column_axis: 0 }, [a, b]),
      { seed: 8 },
    )
    const last = sampleOrthogonal(orthogonalPlan({ init: 'jax.orthogonal' }, [b, a]), { seed: 8 })
    for (let i = 0; i < a; i++)
      for (let j = 0; j < b; j++) expect(first[i * b + j]).toBe(last[j * a + i])
  })
})

describe.each(['float64', 'float32'] as const)(
  'sampleOrthogonal: Haar distribution, %s',
  (precision) => {
    const trials = 2000
    const entries = (shape: number[], pick: (t: Float64Array) => number, count = trials) => {
      const p = orthogonalPlan({ init: 'orthogonal' }, shape)
      return Array.from({ length: count }, (_, seed) =>
        pick(sampleOrthogonal(p, { seed, key: 'haar', precision })),
      )
    }

    it('3×3: every entry is uniform on [−1, 1] (Archimedes), which needs the sign fix', () => {
      // a Householder Q without the sign fix has Q11 = −|G11|/‖G1‖ ≤ 0 always
      for (const [i, j] of [
        [0, 0],
        [1, 2],
        [2, 1],
      ] as const) {
        const sample = entries([3, 3], (t) => t[i * 3 + j]!)
        expect(ksDistance(sample, (x) => (x + 1) / 2)).toBeLessThan(ksCritical(trials))
      }
    })

    it('5×5, 5×2 and 2×5: an entry has density (3/4)(1 − x²), the law of a coordinate on S⁴', () => {
      const cdf = (x: number) => 0.75 * (x - (x * x * x) / 3 + 2 / 3)
      expect(
        ksDistance(
          entries([5, 5], (t) => t[0]!),
          cdf,
        ),
      ).toBeLessThan(ksCritical(trials))
      expect(
        ksDistance(
          entries([5, 2], (t) => t[9]!),
          cdf,
        ),
      ).toBeLessThan(ksCritical(trials))
      expect(
        ksDistance(
          entries([2, 5], (t) => t[3]!),
          cdf,
        ),
      ).toBeLessThan(ksCritical(trials))
    })

    it('64×64: an entry times √64 is ≈ N(0, 1)', () => {
      const sample = entries([64, 64], (t) => t[5 * 64 + 17]! * 8, 1000)
      expect(ksDistance(sample, normalCdf)).toBeLessThan(ksCritical(1000))
    })
  },
)

describe('sampleOrthogonal: engines', () => {
  it("'js', 'wasm' and 'auto' give the same bits (tall, wide, conv, JAX column axis, delta)", () => {
    const specs: [Parameters<typeof plan>[0], number[]][] = [
      [{ init: 'orthogonal', gain: 1.5 }, [150, 70]],
      [{ init: 'orthogonal' }, [40, 130]],
      [{ init: 'orthogonal' }, [64, 16, 3, 3]],
      [{ init: 'keras.orthogonal' }, [3, 3, 33, 65]],
      [{ init: 'jax.orthogonal', column_axis: 0 }, [70, 5, 20]],
      [{ init: 'delta_orthogonal' }, [3, 3, 48, 96]],
    ]
    for (const [spec, shape] of specs) {
      const p = plan(spec, shape)
      if (p.distribution !== 'orthogonal' && p.distribution !== 'delta_orthogonal') {
        throw new Error(p.distribution)
      }
      for (const precision of ['float64', 'float32'] as const) {
        const js = sampleStructured(p, { seed: 12, key: 'e', engine: 'js', precision })
        expect(sampleStructured(p, { seed: 12, key: 'e', engine: 'wasm', precision })).toEqual(js)
        expect(sampleStructured(p, { seed: 12, key: 'e', precision })).toEqual(js)
        if (p.distribution === 'orthogonal') {
          expect(sampleOrthogonal(p, { seed: 12, key: 'e', engine: 'wasm', precision })).toEqual(js)
        } else {
          expect(sampleDeltaOrthogonal(p, { seed: 12, key: 'e', engine: 'wasm' })).toEqual(js)
        }
      }
    }
  })

  it('into a Float32Array: each float64 entry rounded once, on both engines, any size and gain', () => {
    const specs: [Parameters<typeof plan>[0], number[]][] = [
      [{ init: 'orthogonal', gain: 1.7 }, [70, 33]],
      [{ init: 'orthogonal', gain: 0.3 }, [33, 70]],
      [{ init: 'orthogonal', gain: 1.1 }, [513, 515]],
      [{ init: 'orthogonal' }, [515, 513]],
      [{ init: 'orthogonal', gain: 2 }, [5, 1]],
      [{ init: 'orthogonal', gain: 2 }, [1, 5]],
      [{ init: 'keras.orthogonal', gain: 1.3 }, [3, 3, 16, 65]],
      [{ init: 'jax.orthogonal', column_axis: 0 }, [70, 5, 20]],
    ]
    for (const [spec, shape] of specs) {
      const p = orthogonalPlan(spec, shape)
      const options = { seed: 12, key: 'f', precision: 'float32' } as const
      const whole = Float32Array.from(sampleOrthogonal(p, { ...options, engine: 'js' }))
      for (const engine of ['js', 'wasm'] as const) {
        const into = new Float32Array(p.size).fill(Number.NaN)
        expect(sampleOrthogonal(p, { ...options, engine }, into)).toBe(into)
        expect(into, `${shape} ${engine}`).toEqual(whole)
      }
    }
  })

  it('refuses an unknown engine', () => {
    const p = orthogonalPlan({ init: 'orthogonal' }, [8, 8])
    expect(() => sampleOrthogonal(p, { seed: 1, engine: 'gpu' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  })
})
