import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import type { EyePlan } from '../plan/planTypes'
import { sampleEye } from './sampleEye'

function eyePlan(spec: Parameters<typeof plan>[0], shape: number[]): EyePlan {
  const p = plan(spec, shape)
  if (p.distribution !== 'eye') throw new Error(p.distribution)
  return p
}

describe('sampleEye', () => {
  it('writes gain on the diagonal of a rectangular matrix, as torch.eye and Keras Identity', () => {
    expect(Array.from(sampleEye(eyePlan({ init: 'identity', gain: 2 }, [4, 6])))).toEqual([
      2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0,
    ])
    expect(Array.from(sampleEye(eyePlan({ init: 'eye' }, [3, 2])))).toEqual([1, 0, 0, 1, 0, 0])
    expect(sampleEye(eyePlan({ init: 'eye' }, [0, 3]))).toHaveLength(0)
  })

  it('has the mean and std the plan reports', () => {
    const p = eyePlan({ init: 'identity', gain: 3 }, [5, 8])
    const t = sampleEye(p)
    const mean = t.reduce((a, b) => a + b, 0) / t.length
    const variance = t.reduce((a, b) => a + (b - mean) ** 2, 0) / t.length
    expect(mean).toBeCloseTo(p.mean, 14)
    expect(Math.sqrt(variance)).toBeCloseTo(p.std, 14)
  })
})
