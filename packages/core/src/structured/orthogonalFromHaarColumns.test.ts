import { describe, expect, it } from 'vitest'
import { encode } from '../dtype/encode'
import { plan } from '../plan/plan'
import type { OrthogonalPlan } from '../plan/planTypes'
import { createStream } from '../random/stream'
import { sample } from '../sample/sample'
import { haarColumns } from './haarColumns'
import { drawHaarReflectors } from './haarReflectors'
import { orthogonalFromHaarColumns } from './orthogonalFromHaarColumns'

function orthogonalPlan(spec: Parameters<typeof plan>[0], shape: number[]): OrthogonalPlan {
  const p = plan(spec, shape)
  if (p.distribution !== 'orthogonal') throw new Error(p.distribution)
  return p
}

const PLANS = [
  orthogonalPlan({ init: 'orthogonal', gain: 2 }, [40, 24]),
  orthogonalPlan({ init: 'orthogonal' }, [24, 40]),
  orthogonalPlan({ init: 'orthogonal' }, [16, 4, 3, 3]),
  orthogonalPlan({ init: 'keras.orthogonal', gain: 0.5 }, [3, 3, 4, 16]),
  orthogonalPlan({ init: 'jax.orthogonal', column_axis: 1, scale: 1.5 }, [5, 12, 7]),
  orthogonalPlan({ init: 'jax.orthogonal', column_axis: 0 }, [12, 30]),
]

describe('orthogonalFromHaarColumns', () => {
  it.each(PLANS.map((p) => [p.shape.join('×'), p] as const))(
    '%s: Q made in column ranges, laid out, rounded: the bits of sample() for every dtype',
    (_, p) => {
      const m = Math.max(p.rows, p.cols)
      const n = Math.min(p.rows, p.cols)
      for (const dtype of ['float32', 'float64', 'bfloat16', 'float16'] as const) {
        const precision = dtype === 'float64' ? 'float64' : 'float32'
        const r = drawHaarReflectors(m, n, createStream(9, 'k'), 'auto', precision)
        const q = precision === 'float32' ? new Float32Array(m * n) : new Float64Array(m * n)
        const cut = Math.floor(n / 3)
        q.set(haarColumns(r, 0, cut, 'js'), 0)
        q.set(haarColumns(r, cut, n, 'auto'), cut * m)
        const got = encode(orthogonalFromHaarColumns(p, q), dtype)
        expect(got).toEqual(sample(p, { seed: 9, key: 'k', dtype }))
        if (dtype === 'float32') {
          const into = orthogonalFromHaarColumns(p, q, new Float32Array(p.size))
          expect(into).toEqual(got)
        }
      }
    },
  )

  it('refuses columns that are not M·N numbers, and an array of another size', () => {
    const p = PLANS[0]!
    expect(() => orthogonalFromHaarColumns(p, new Float32Array(10))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() =>
      orthogonalFromHaarColumns(p, new Float32Array(p.size), new Float32Array(p.size - 1)),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }))
  })
})
