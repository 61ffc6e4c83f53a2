import { describe, expect, it } from 'vitest'
import { plan } from '../plan/plan'
import { aliases } from './aliases'
import { definitions } from './definitions'
import { fromKerasConfig } from './fromKerasConfig'
import { normalizeSpec } from './normalizeSpec'
import { initNames, resolveName } from './resolveName'
import { toKerasConfig } from './toKerasConfig'

describe('the catalogue', () => {
  it('every alias points at a definition, every definition plans on a suitable shape', () => {
    for (const target of Object.values(aliases)) expect(definitions).toHaveProperty([target])
    const shapes = [
      [8, 8],
      [4, 4, 3, 3],
      [3, 3, 4, 8],
    ]
    for (const name of Object.keys(definitions) as (keyof typeof definitions)[]) {
      const required: Record<string, unknown> = {
        value: 0.5,
        sparsity: 0.5,
        fan_in: 9,
        scale: 1,
        mode: 'fan_in',
        distribution: 'uniform',
      }
      const spec: Record<string, unknown> = { init: name }
      for (const [option, fallback] of Object.entries(definitions[name].options)) {
        if (fallback === 'required') spec[option] = required[option]
      }
      const planned = shapes.flatMap((shape) => {
        try {
          return [plan(spec as never, shape)]
        } catch {
          return []
        }
      })
      expect(planned.length, name).toBeGreaterThan(0)
      for (const p of planned) expect(Number.isFinite(p.std), name).toBe(true)
    }
  })

  it('names mean what they mean at home', () => {
    expect(resolveName('kaiming_normal')).toBe('torch.kaiming_normal')
    expect(resolveName('kaiming_normal_')).toBe('torch.kaiming_normal')
    expect(resolveName('jax.kaiming_normal')).toBe('jax.kaiming_normal')
    expect(resolveName('he_normal')).toBe('keras.he_normal')
    expect(resolveName('HeNormal')).toBe('keras.he_normal')
    expect(resolveName('heNormal')).toBe('tfjs.heNormal')
    expect(resolveName('LeCunNormal')).toBe('tfjs.leCunNormal')
    expect(plan('kaiming_normal', [4, 4]).distribution).toBe('normal')
    expect(plan('jax.kaiming_normal', [4, 4]).distribution).toBe('truncated_normal')
    expect(plan('xavier_normal', [4, 4]).distribution).toBe('normal')
    expect(plan('glorot_normal', [4, 4]).distribution).toBe('truncated_normal')
    expect(initNames()).toContain('delta_orthogonal')
  })

  it('fills defaults and keeps a 0 that a || default would swallow', () => {
    expect(normalizeSpec({ init: 'kaiming_normal' }).options).toEqual({
      a: 0,
      mode: 'fan_in',
      nonlinearity: 'leaky_relu',
    })
    expect(normalizeSpec({ init: 'random_normal', mean: 0, stddev: 0 }).options).toEqual({
      mean: 0,
      stddev: 0,
    })
    expect(normalizeSpec({ init: 'kaiming_normal', mode: 'FAN_OUT' }).options.mode).toBe('fan_out')
  })
})

describe('Keras and tfjs configs', () => {
  it('reads Keras 3, tf.keras and tfjs configs', () => {
    expect(
      fromKerasConfig({
        module: 'keras.initializers',
        class_name: 'GlorotUniform',
        config: { seed: null, input_axes: null, output_axes: null },
        registered_name: null,
      }),
    ).toEqual({ spec: { init: 'keras.glorot_uniform' }, seed: null })
    expect(
      fromKerasConfig({
        class_name: 'VarianceScaling',
        config: { scale: 2, mode: 'fan_in', distribution: 'truncated_normal', seed: 5 },
      }),
    ).toEqual({
      spec: {
        init: 'keras.variance_scaling',
        scale: 2,
        mode: 'fan_in',
        distribution: 'truncated_normal',
      },
      seed: 5,
    })
    expect(
      fromKerasConfig({
        className: 'VarianceScaling',
        config: { scale: 1, mode: 'fanAvg', distribution: 'normal', seed: 0 },
      }),
    ).toEqual({
      spec: { init: 'tfjs.varianceScaling', scale: 1, mode: 'fan_avg', distribution: 'normal' },
      seed: 0,
    })
    expect(fromKerasConfig({ class_name: 'HeNormal', config: { seed: 1 } }, 'tfjs').spec.init).toBe(
      'tfjs.heNormal',
    )
    expect(fromKerasConfig('he_uniform').spec.init).toBe('he_uniform')
    expect(
      fromKerasConfig({
        class_name: 'GlorotNormal',
        config: { input_axes: [0, 1], output_axes: 2 },
      }).layout,
    ).toEqual({
      inputAxes: [0, 1],
      outputAxes: [2],
    })
  })

  it('refuses what it cannot read', () => {
    expect(() => fromKerasConfig({ class_name: 'HeNormall' })).toThrow(/did you mean 'HeNormal'/)
    expect(() => fromKerasConfig({ class_name: 'RandomNormal', config: { stdev: 1 } })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_OPTION' }),
    )
    expect(() => fromKerasConfig({ class_name: 'HeNormal', config: { seed: 'x' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_CONFIG' }),
    )
  })

  it('writes Keras and tfjs configs that read back to the same plan', () => {
    for (const spec of [
      { init: 'he_normal' },
      { init: 'random_uniform', minval: 0, maxval: 2 },
      { init: 'kaiming_uniform', nonlinearity: 'relu' },
      { init: 'xavier_normal', gain: 2 },
      { init: 'keras.orthogonal', gain: 3 },
      { init: 'truncated_normal', stddev: 0.2 },
      { init: 'heNormal' },
    ] as const) {
      const shape = [3, 3, 8, 16]
      const keras = toKerasConfig(spec, { seed: 3 })
      const back = fromKerasConfig(keras)
      expect(back.seed).toBe(3)
      const a = plan(spec, shape, { layout: 'hwio' })
      const b = plan(back.spec, shape, { layout: 'hwio' })
      expect([b.distribution, b.mean, b.std]).toEqual([
        a.distribution,
        a.mean,
        expect.closeTo(a.std, 15),
      ])
      const tfjs = toKerasConfig(spec, { format: 'tfjs', seed: 3 })
      const tfjsBack = fromKerasConfig(tfjs)
      expect(plan(tfjsBack.spec, shape).std).toBeCloseTo(a.std, 15)
    }
    expect(toKerasConfig('he_normal')).toEqual({
      module: 'keras.initializers',
      class_name: 'HeNormal',
      config: { seed: null },
      registered_name: null,
    })
    expect(() => toKerasConfig({ init: 'sparse', sparsity: 0.5 })).toThrow(
      expect.objectContaining({ code: 'INVALID_CONFIG' }),
    )
  })
})
