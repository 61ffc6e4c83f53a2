import { plan, propagateSignal, type SignalNormalization } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { layerActivationSteps, shownLayers } from '../.vitepress/theme/lib/layerActivations'
import {
  defaultState,
  parseGroups,
  queryFromState,
  runPlayground,
  stateFromQuery,
} from '../.vitepress/theme/lib/playground'
import { type SignalSettings, signalSetup } from '../.vitepress/theme/lib/signalSetup'

const settings: SignalSettings = {
  depth: '',
  width: '',
  batch: '',
  activation: 'relu',
  normalization: 'none',
  residual: false,
}

describe('the playground’s groups, depth, width and batch', () => {
  it('takes groups typed as text or handed over as a number by a number input', () => {
    expect(parseGroups('')).toBeUndefined()
    expect(parseGroups(' 4 ')).toBe(4)
    expect(parseGroups(4 as unknown as string)).toBe(4)
    expect(() => parseGroups('2.5')).toThrow("groups: '2.5' is not a positive integer")
    expect(() => parseGroups('0')).toThrow('positive integer')
    // The bug this fixes: a number in the state made `state.groups.trim()` throw.
    const r = runPlayground({ ...defaultState, shape: '64,16,3,3', groups: 4 as unknown as string })
    expect(r.ok).toBe(true)
    // [out, in/groups, kh, kw]: fan_in 16·9; fan_out (64/4)·9, the grouped fan PyTorch overcounts.
    expect(r.ok && r.plan.distribution === 'normal' && [r.plan.fanIn, r.plan.fanOut]).toEqual([
      144, 144,
    ])
  })

  it('keeps depth, width and batch in the URL', () => {
    const state = { ...defaultState, depth: '20', width: '64', batch: '16' }
    const query = queryFromState(state)
    expect(query).toBe('depth=20&width=64&batch=16')
    expect(stateFromQuery(query)).toEqual(state)
    expect(queryFromState(defaultState)).toBe('')
  })
})

describe('the signal plot’s setup', () => {
  it('uses the entered shape: its fan_in as the width, its plan as every layer’s weights', () => {
    const p = plan('xavier_normal', [256, 128])
    const setup = signalSetup(settings, { init: 'xavier_normal' }, p, '', undefined)
    expect(setup.ok).toBe(true)
    if (!setup.ok) return
    expect(setup.options).toMatchObject({ width: 128, depth: 50, batch: 64 })
    // Xavier planned for 256 × 128, not for a square 128 × 128: std √(2 / 384).
    expect(setup.spec).toEqual({ init: 'normal', mean: 0, std: p.std })
    expect(p.std).toBeCloseTo(Math.sqrt(2 / 384), 15)
    expect(setup.note).toContain('as planned for [256, 128] (fan_in 128)')
  })

  it('takes a conv shape’s fan_in, with the batch lowered to keep the work bounded', () => {
    const p = plan('he_normal', [3, 3, 64, 128])
    const setup = signalSetup(settings, { init: 'he_normal' }, p, '', undefined)
    expect(setup.ok && setup.options.width).toBe(576)
    // 2 · 50 · 576² · 64 would be 2·10⁹ multiply-adds: the automatic batch keeps it near 3·10⁸.
    expect(setup.ok && setup.options.batch).toBe(9)
    expect(setup.ok && setup.spec).toMatchObject({ init: 'trunc_normal', std: p.sigma })
  })

  it('plans the initializer for square layers when a width is typed, or when it is structured', () => {
    const typed = signalSetup(
      { ...settings, width: '32' },
      { init: 'xavier_normal' },
      plan('xavier_normal', [256, 128]),
      '',
      undefined,
    )
    expect(typed.ok && typed.spec).toEqual({ init: 'xavier_normal' })
    expect(typed.ok && typed.options.width).toBe(32)
    const ortho = signalSetup(
      settings,
      { init: 'orthogonal' },
      plan('orthogonal', [64, 32]),
      '',
      undefined,
    )
    expect(ortho.ok && ortho.spec).toEqual({ init: 'orthogonal' })
    expect(ortho.ok && ortho.options.width).toBe(32)
    // Without fans in the plan (a plain normal), the layout's fan_in: PyTorch's [out, in].
    const normal = signalSetup(
      settings,
      { init: 'normal', std: 0.01 },
      plan({ init: 'normal', std: 0.01 }, [10, 40]),
      '',
      undefined,
    )
    expect(normal.ok && normal.options.width).toBe(40)
  })

  it('refuses what it cannot run, with a message', () => {
    const p = plan('kaiming_normal', [256, 128])
    const spec = { init: 'kaiming_normal' } as const
    expect(signalSetup({ ...settings, depth: '0' }, spec, p, '', undefined)).toEqual({
      ok: false,
      error: 'depth: give a whole number from 1 to 500',
    })
    expect(signalSetup({ ...settings, width: 'x' }, spec, p, '', undefined).ok).toBe(false)
    const huge = signalSetup({ ...settings, width: '2048', batch: '4096' }, spec, p, '', undefined)
    expect(huge.ok).toBe(false)
    expect(!huge.ok && huge.error).toContain('multiply-adds')
  })
})

describe('per-layer activations', () => {
  it('shows the first, quarter, half, three-quarter and last layers', () => {
    expect(shownLayers(50)).toEqual([1, 13, 25, 38, 50])
    expect(shownLayers(3)).toEqual([1, 2, 3])
  })

  it.each(['none', 'batch', 'layer'] as SignalNormalization[])(
    'is core’s forward pass (normalization %s): each layer’s std is propagateSignal’s',
    (normalization) => {
      for (const residual of [false, true]) {
        const options = {
          width: 24,
          batch: 12,
          depth: 8,
          activation: 'tanh',
          normalization,
          residual,
          seed: 3,
        } as const
        const spec = { init: 'xavier_uniform' } as const
        const steps = layerActivationSteps(spec, options)
        let step = steps.next()
        let yields = 0
        while (!step.done) {
          yields++
          step = steps.next()
        }
        expect(yields).toBe(8)
        const core = propagateSignal(spec, options)
        expect(step.value.map((h) => h.layer)).toEqual(shownLayers(8))
        for (const h of step.value) {
          expect(h.std).toBeCloseTo(core.forward[h.layer - 1]!, 12)
          expect(h.counts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(24 * 12)
          expect([h.lo, h.hi]).toEqual([-4, 4])
        }
      }
    },
  )

  it('counts exact zeros: half of a ReLU layer’s outputs, all of a zero network’s', () => {
    const options = {
      width: 64,
      batch: 32,
      depth: 2,
      activation: 'relu',
      normalization: 'none',
      residual: false,
      seed: 0,
    } as const
    const run = (spec: Parameters<typeof layerActivationSteps>[0]) => {
      const steps = layerActivationSteps(spec, options)
      let step = steps.next()
      while (!step.done) step = steps.next()
      return step.value
    }
    const he = run({ init: 'kaiming_normal' })
    expect(he[0]!.zeros).toBeGreaterThan(0.4)
    expect(he[0]!.zeros).toBeLessThan(0.6)
    const zeros = run({ init: 'zeros' })
    expect(zeros.map((h) => [h.zeros, h.std])).toEqual([
      [1, 0],
      [1, 0],
    ])
  })
})
