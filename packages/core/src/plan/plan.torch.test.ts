import { describe, expect, it } from 'vitest'
import type { InitSpec } from '../catalogue/initSpec'
import type { Nonlinearity } from '../gain/nonlinearities'
import reference from '../testing/torch-params.json' with { type: 'json' }
import { plan } from './plan'

/** Relative error, exact at 0. */
const relative = (actual: number, expected: number) =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected)

interface Case {
  init: 'kaiming_normal' | 'kaiming_uniform' | 'xavier_normal' | 'xavier_uniform'
  shape: number[]
  mode?: 'fan_in' | 'fan_out'
  nonlinearity?: string | null
  param?: number | null
  gain: number
  fan_in: number
  fan_out: number
  std?: number
  bound?: number
}

/** The spec a PyTorch call of the reference grid corresponds to. */
function specOf(c: Case): InitSpec {
  if (c.init === 'xavier_normal' || c.init === 'xavier_uniform')
    return { init: c.init, gain: c.gain }
  return {
    init: c.init,
    ...(c.mode === undefined ? {} : { mode: c.mode }),
    ...(c.nonlinearity == null ? {} : { nonlinearity: c.nonlinearity as Nonlinearity }),
    ...(c.param == null ? {} : { a: c.param }),
  }
}

describe('plan reproduces PyTorch 1.13 (reference/torch-params.json)', () => {
  const cases = reference.cases as Case[]

  it('covers the whole grid', () => {
    expect(cases.length).toBe(266)
  })

  it.each(
    cases.map(
      (c) =>
        [
          `${c.init} ${JSON.stringify(c.shape)} ${c.mode ?? ''} ${c.nonlinearity ?? ''} ${c.param ?? ''}`,
          c,
        ] as const,
    ),
  )('%s', (_, c) => {
    const p = plan(specOf(c), c.shape)
    if (!('fanIn' in p) || !('gain' in p))
      throw new Error(`expected a fan-based plan, got ${p.distribution}`)
    expect(p.fanIn).toBe(c.fan_in)
    expect(p.fanOut).toBe(c.fan_out)
    expect(relative(p.gain!, c.gain)).toBeLessThanOrEqual(1e-12)
    if (c.std !== undefined) {
      expect(p.distribution).toBe('normal')
      expect(relative(p.std, c.std)).toBeLessThanOrEqual(1e-12)
    } else {
      expect(p.distribution).toBe('uniform')
      if (p.distribution !== 'uniform') return
      expect(relative(p.bound, c.bound!)).toBeLessThanOrEqual(1e-12)
      expect(p.low).toBe(-p.bound)
      expect(p.high).toBe(p.bound)
    }
  })
})
