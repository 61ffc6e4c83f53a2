import { planScheme } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { residualStream } from '../.vitepress/theme/lib/residualStream'
import { type StreamFamily, schemeStream } from '../.vitepress/theme/lib/schemeStreams'

describe('the residual stream', () => {
  it('is left as it is by zero branches', () => {
    const stds = residualStream([0, 0, 0, 0], { width: 16, batch: 8, norm: 'none' })
    expect(new Set(stds).size).toBe(1)
  })

  it('grows as the theory says: pre-LN adds σ²d to the variance, no normalization multiplies by 1 + σ²d', () => {
    const width = 128
    const sigma = 0.05 // σ²d = 0.32
    const depth = 10
    const stds = Array<number>(depth).fill(sigma)
    const preLn = residualStream(stds, { width, batch: 32, norm: 'layer' })
    const none = residualStream(stds, { width, batch: 32, norm: 'none' })
    const gain = sigma ** 2 * width
    // The inputs' own spread (N(0, 1) over 32 × 128 values) is within a few percent of 1.
    expect(preLn.at(-1)! ** 2).toBeCloseTo(1 + depth * gain, 0)
    expect(Math.log(none.at(-1)! ** 2)).toBeCloseTo(depth * Math.log(1 + gain), 0)
  })
})

describe('the scheme pages’ curves', () => {
  it('take their stds from core’s plans: megatron’s outputs σ/√(2L)', () => {
    const { cases, layers } = schemeStream('megatron')
    expect(cases.map((c) => c.scaled)).toEqual([false, true])
    expect(cases[0]!.stds).toEqual(Array(2 * layers).fill(0.02))
    const p = planScheme({
      scheme: 'megatron',
      role: 'mlp_output',
      shape: [768, 768],
      context: { layers },
    })
    if (p.packed) throw new Error('packed')
    expect(p.plan.std).toBeCloseTo(0.02 / Math.sqrt(24), 12)
    expect(cases[1]!.stds).toEqual(Array(2 * layers).fill(p.plan.std))
  })

  it('scale torchtitan’s and timm’s branches by the block index', () => {
    const titan = schemeStream('torchtitan').cases[2]!.stds
    expect(titan[0]).toBeCloseTo(0.02 / Math.sqrt(2), 12)
    expect(titan[1]).toBeCloseTo(0.02 / Math.sqrt(2), 12)
    expect(titan[23]).toBeCloseTo(0.02 / Math.sqrt(24), 12)
    const vit = schemeStream('timm_vit').cases[1]!.stds
    expect(vit).toEqual(titan)
  })

  it.each<StreamFamily>(['megatron', 'neox', 'torchtitan', 'timm_vit', 'fixup'])(
    '%s: every scaled curve ends below the unscaled one',
    (family) => {
      const s = schemeStream(family)
      // A narrow, short run of the same stds: the ordering does not depend on the size.
      const end = (stds: readonly number[]) =>
        residualStream(stds.slice(0, 8), { width: 64, batch: 4, norm: s.norm }).at(-1)!
      const unscaled = end(s.cases.find((c) => !c.scaled)!.stds)
      for (const c of s.cases.filter((c) => c.scaled))
        expect(end(c.stds), c.label).toBeLessThan(unscaled)
    },
  )
})
