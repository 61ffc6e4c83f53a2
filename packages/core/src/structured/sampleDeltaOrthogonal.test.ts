import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import type { DeltaOrthogonalPlan } from '../plan/planTypes'
import { sampleDeltaOrthogonal } from './sampleDeltaOrthogonal'
import { sampleOrthogonal } from './sampleOrthogonal'

function deltaPlan(spec: Parameters<typeof plan>[0], shape: number[]): DeltaOrthogonalPlan {
  const p = plan(spec, shape)
  if (p.distribution !== 'delta_orthogonal') throw new Error(p.distribution)
  return p
}

/** max|BBᵀ/gain² − I| for the in×out block at `offset` (in ≤ out: rows orthonormal). */
function blockError(
  t: Float64Array,
  offset: number,
  rows: number,
  cols: number,
  gain: number,
): number {
  let error = 0
  for (let a = 0; a < rows; a++) {
    for (let b = a; b < rows; b++) {
      let s = 0
      for (let j = 0; j < cols; j++) s += t[offset + a * cols + j]! * t[offset + b * cols + j]!
      error = Math.max(error, Math.abs(s / (gain * gain) - (a === b ? 1 : 0)))
    }
  }
  return error
}

describe('sampleDeltaOrthogonal (JAX delta_orthogonal)', () => {
  it('[3, 3, 16, 32]: zero except an orthogonal 16×32 block at spatial index (1, 1)', () => {
    const p = deltaPlan({ init: 'delta_orthogonal', scale: 2 }, [3, 3, 16, 32])
    const t = sampleDeltaOrthogonal(p, { seed: 4, key: 'conv' })
    const offset = (1 * 3 + 1) * 16 * 32
    expect(blockError(t, offset, 16, 32, 2)).toBeLessThanOrEqual(1e-12)
    t.forEach((x, i) => {
      if (i < offset || i >= offset + 512) expect(x).toBe(0)
    })
    const rms = Math.sqrt(t.reduce((a, x) => a + x * x, 0) / t.length)
    expect(rms).toBeCloseTo(p.std, 12)
  })

  it('even kernels use (k − 1) // 2; 1-D and 3-D kernels', () => {
    const oneD = sampleDeltaOrthogonal(deltaPlan({ init: 'delta_orthogonal' }, [4, 8, 8]), {
      seed: 1,
    })
    expect(blockError(oneD, 1 * 64, 8, 8, 1)).toBeLessThanOrEqual(1e-12) // centre (4 − 1) // 2 = 1
    expect(oneD.slice(0, 64).every((x) => x === 0)).toBe(true)
    const threeD = sampleDeltaOrthogonal(deltaPlan({ init: 'delta_orthogonal' }, [2, 3, 4, 5, 6]), {
      seed: 1,
    })
    const centre = (0 * 3 + 1) * 4 + 1 // (0, 1, 1)
    expect(blockError(threeD, centre * 30, 5, 6, 1)).toBeLessThanOrEqual(1e-12)
    expect(threeD.reduce((count, x) => count + (x === 0 ? 0 : 1), 0)).toBe(30)
  })

  it('the block is the JAX orthogonal of [in, out] from the same stream, for column_axis −1 and −2 alike', () => {
    const options = { seed: 12, key: 'block' }
    const delta = sampleDeltaOrthogonal(
      deltaPlan({ init: 'delta_orthogonal' }, [1, 6, 10]),
      options,
    )
    const ortho = plan({ init: 'jax.orthogonal' }, [6, 10])
    if (ortho.distribution !== 'orthogonal') throw new Error(ortho.distribution)
    expect(delta).toEqual(sampleOrthogonal(ortho, options))
    const axis2 = sampleDeltaOrthogonal(
      deltaPlan({ init: 'delta_orthogonal', column_axis: -2 }, [1, 6, 10]),
      options,
    )
    expect(axis2).toEqual(delta)
  })

  it('same seed and key, same bits; empty tensors give an empty array', () => {
    const p = deltaPlan({ init: 'delta_orthogonal' }, [3, 4, 4])
    expect(sampleDeltaOrthogonal(p, { seed: 0 })).toEqual(sampleDeltaOrthogonal(p, { seed: 0 }))
    expect(sampleDeltaOrthogonal(p, { seed: 0 })).not.toEqual(sampleDeltaOrthogonal(p, { seed: 1 }))
    expect(
      sampleDeltaOrthogonal(deltaPlan({ init: 'delta_orthogonal' }, [0, 4, 4]), { seed: 0 }),
    ).toHaveLength(0)
  })
})
