import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import type { Plan } from '../plan/planTypes'
import { isStructuredPlan, type StructuredPlan, sampleStructured } from './sampleStructured'

const structured = (p: Plan): StructuredPlan => {
  if (!isStructuredPlan(p)) throw new Error(p.distribution)
  return p
}

describe('sampleStructured', () => {
  const cases: [Parameters<typeof plan>[0], number[]][] = [
    [{ init: 'orthogonal', gain: 2 }, [64, 32, 3, 3]],
    [{ init: 'keras.orthogonal' }, [3, 3, 32, 64]],
    [{ init: 'jax.orthogonal', column_axis: 0 }, [16, 3, 3, 8]],
    [{ init: 'sparse', sparsity: 0.1 }, [100, 50]],
    [{ init: 'dirac', groups: 2 }, [8, 3, 3, 3]],
    [{ init: 'delta_orthogonal' }, [3, 3, 16, 32]],
    [{ init: 'identity', gain: 2 }, [4, 6]],
  ]
  it.each(cases)(
    '%j %j: the whole tensor, reproducible to the bit, with the plan’s mean and std',
    (spec, shape) => {
      const p = structured(plan(spec, shape))
      const t = sampleStructured(p, { seed: 42, key: 'layer.weight' })
      expect(t).toBeInstanceOf(Float64Array)
      expect(t).toHaveLength(p.size)
      expect(sampleStructured(p, { seed: 42, key: 'layer.weight' })).toEqual(t)
      const mean = t.reduce((a, x) => a + x, 0) / t.length
      const rms = Math.sqrt(t.reduce((a, x) => a + x * x, 0) / t.length)
      // orthogonal and delta: rms is exact; sparse: statistical; eye and dirac: exact
      expect(Math.abs(Math.sqrt(rms * rms - mean * mean) - p.std)).toBeLessThan(0.05 * p.std)
      if (p.distribution !== 'sparse')
        expect(rms).toBeCloseTo(Math.sqrt(p.std ** 2 + p.mean ** 2), 12)
    },
  )

  it('tells structured plans from the others and refuses the others', () => {
    const normal = plan({ init: 'normal' }, [3, 3])
    expect(isStructuredPlan(normal)).toBe(false)
    expect(() => sampleStructured(normal as unknown as StructuredPlan, { seed: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  })

  it('refuses a bad seed for every plan, even those that read no stream', () => {
    for (const [spec, shape] of cases) {
      expect(() => sampleStructured(structured(plan(spec, shape)), { seed: 1.5 })).toThrow(
        expect.objectContaining({ code: 'INVALID_SEED' }),
      )
    }
  })

  it('golden vectors (seed 42, key "golden"): the first elements, to the bit', () => {
    // pinned to stream version 3's float64 precision (version 2's orthogonal): the float64 normal
    // of src/sample/, the reflectors drawn directly (drawHaarReflectors) and the blocked
    // accumulation's operation order
    const first = (spec: Parameters<typeof plan>[0], shape: number[]) =>
      Array.from(
        sampleStructured(structured(plan(spec, shape)), { seed: 42, key: 'golden' }).slice(0, 6),
      )
    expect(first({ init: 'orthogonal' }, [3, 5])).toEqual([
      0.17327312914064508, 0.7647521592232199, -0.46749510695602825, 0.3529338582335248,
      0.20497944864254647, 0.6641368196142358,
    ])
    expect(first({ init: 'orthogonal' }, [200, 100])).toEqual([
      0.016705257297539244, -0.03246390843013935, 0.12300359253531065, -0.10658557095024344,
      0.018269426583567977, 0.056981860573337956,
    ])
    expect(first({ init: 'sparse', sparsity: 0.5 }, [4, 3])).toEqual([
      0.0024263610000306037, 0.010708901161023425, -0.006546380854601679, 0.004942168202624559,
      0.002870347770948089, 0,
    ])
    expect(first({ init: 'delta_orthogonal' }, [1, 2, 3])).toEqual([
      0.18980120623596752, 0.8376998961813028, -0.5120882600189215, -0.46720422060310673,
      0.5357925003523476, 0.7033111777988623,
    ])
    // stream version 3, float32 precision (float32, float16 and bfloat16 outputs): the float32
    // normals, the reflectors rounded to float32 and Q accumulated in float32 (accumulate32.ts)
    const first32 = (spec: Parameters<typeof plan>[0], shape: number[]) =>
      Array.from(
        sampleStructured(structured(plan(spec, shape)), {
          seed: 42,
          key: 'golden',
          precision: 'float32',
        }).slice(0, 6),
      )
    expect(first32({ init: 'orthogonal' }, [3, 5])).toEqual([
      -0.8521441221237183, -0.26072290539741516, 0.09616195410490036, 0.42441651225090027,
      -0.12844212353229523, 0.21919861435890198,
    ])
    expect(first32({ init: 'orthogonal' }, [200, 100])).toEqual([
      -0.07666885852813721, -0.06904543936252594, -0.05693333223462105, 0.032571081072092056,
      -0.05097510665655136, 0.09550096094608307,
    ])
  })
})
