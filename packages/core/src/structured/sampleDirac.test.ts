import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import type { DiracPlan } from '../plan/planTypes'
import { sampleDirac } from './sampleDirac'

function diracPlan(spec: Parameters<typeof plan>[0], shape: number[]): DiracPlan {
  const p = plan(spec, shape)
  if (p.distribution !== 'dirac') throw new Error(p.distribution)
  return p
}

/** The flat indices of the ones. */
const ones = (t: Float64Array) => Array.from(t.keys()).filter((i) => t[i] === 1)

describe('sampleDirac (PyTorch dirac_)', () => {
  it('groups 2, [8, 3, 3, 3]: t[g·4 + d, d, 1, 1] = 1 for g < 2, d < min(4, 3)', () => {
    const t = sampleDirac(diracPlan({ init: 'dirac', groups: 2 }, [8, 3, 3, 3]))
    const expected: number[] = []
    for (let g = 0; g < 2; g++)
      for (let d = 0; d < 3; d++) expected.push((g * 4 + d) * 27 + d * 9 + 1 * 3 + 1)
    expect(ones(t)).toEqual(expected)
    expect(t.every((x) => x === 0 || x === 1)).toBe(true)
  })

  it('1-D with an even kernel uses k // 2; more in than out stops at out', () => {
    // [2, 3, 4]: centre 2, d < min(2, 3)
    expect(ones(sampleDirac(diracPlan({ init: 'dirac' }, [2, 3, 4])))).toEqual([
      0 * 12 + 0 * 4 + 2,
      1 * 12 + 1 * 4 + 2,
    ])
  })

  it('3-D [4, 2, 3, 4, 5]: centre (1, 2, 2); ones at d < 2 only', () => {
    const t = sampleDirac(diracPlan({ init: 'dirac' }, [4, 2, 3, 4, 5]))
    const centre = 1 * 20 + 2 * 5 + 2
    expect(ones(t)).toEqual([0 * 120 + 0 * 60 + centre, 1 * 120 + 1 * 60 + centre])
  })

  it('a kernel with a zero dimension gives an empty array', () => {
    expect(sampleDirac(diracPlan({ init: 'dirac' }, [4, 4, 0]))).toHaveLength(0)
  })
})
