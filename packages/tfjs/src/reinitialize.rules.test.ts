import * as tfl from '@tensorflow/tfjs-layers'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { reinitialize } from './reinitialize'
import { scramble, weightValues } from './testing/models'

function mlp(): tfl.Sequential {
  return tfl.sequential({
    layers: [
      tfl.layers.dense({ name: 'hidden', units: 32, activation: 'relu', inputShape: [16] }),
      tfl.layers.prelu({ name: 'act' }),
      tfl.layers.dense({ name: 'logits', units: 4 }),
    ],
  })
}

describe('reinitialize: rules', () => {
  it('first matching rule wins; keep, otherwise and unknown layers are reported', () => {
    const model = mlp()
    scramble(model)
    const report = reinitialize(
      model,
      {
        rules: [
          { layer: 'logits', role: 'kernel', init: { init: 'zeros' } },
          { layer: /^log/, init: { init: 'constant', value: 0.5 } },
          { className: 'Dense', role: 'bias', init: 'keep' },
        ],
        otherwise: 'torch',
      },
      { seed: 1 },
    )
    expect(report.map((e) => [e.path, e.action])).toEqual([
      ['hidden/kernel', 'init'],
      ['hidden/bias', 'keep'],
      ['act/alpha', 'unknown'],
      ['logits/kernel', 'init'],
      ['logits/bias', 'init'],
    ])
    const values = weightValues(model)
    expect(values.get('logits/kernel')!.every((v) => v === 0)).toBe(true)
    expect(values.get('logits/bias')!.every((v) => v === 0.5)).toBe(true)
    expect(values.get('hidden/bias')!.every((v) => v === 7)).toBe(true)
    expect(values.get('act/alpha')!.every((v) => v === 7)).toBe(true)
    expect(values.get('hidden/kernel')!.every((v) => Math.abs(v) <= 0.25)).toBe(true) // torch: 1/√16
  })

  it('reads the layout from the layer for rule specs too (PyTorch names on tfjs kernels)', () => {
    const model = mlp()
    const report = reinitialize(
      model,
      { rules: [{ role: 'kernel', init: { init: 'kaiming_normal', nonlinearity: 'relu' } }] },
      { seed: 1 },
    )
    const hidden = report[0]!
    expect(hidden.action === 'init' && hidden.plan.std).toBeCloseTo(Math.SQRT2 / 4, 12) // fan_in 16, not 32
  })

  it('checks everything before writing anything', () => {
    const model = mlp()
    scramble(model)
    const reinitializeWith =
      (recipe: unknown, options: unknown = { seed: 1 }) =>
      () =>
        reinitialize(model, recipe as never, options as never)
    expectError(reinitializeWith('kaiming'), 'INVALID_ARGUMENT')
    expectError(
      reinitializeWith({ rules: [{ init: { init: 'he_normal', bogus: 1 } }] }),
      'UNKNOWN_OPTION',
    )
    expectError(
      reinitializeWith({ rules: [{ layer: 'logits', init: 'kaiming_normal' }] }),
      'UNSUPPORTED_RANK',
    )
    expectError(reinitializeWith('auto', { seed: -3 }), 'INVALID_SEED')
    expectError(reinitializeWith('auto', {}), 'INVALID_SEED')
    expect([...weightValues(model).values()].every((data) => data.every((v) => v === 7))).toBe(true)
    const custom = tfl.sequential({
      layers: [tfl.layers.dense({ units: 2, activation: 'relu', inputShape: [3] })],
    })
    ;(
      custom.layers[0] as unknown as { activation: { getClassName: () => string } }
    ).activation.getClassName = () => 'custom'
    expect(() => reinitialize(custom, 'auto', { seed: 1 })).toThrowError(
      /activation "custom".*Add a rule/,
    )
  })
})
