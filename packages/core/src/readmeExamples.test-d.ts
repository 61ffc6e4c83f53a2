/* The TypeScript blocks of the READMEs that call plan(), as written there (imports gathered at the
 * top), with the types of what they read. Change them together. */
import { describe, expectTypeOf, it } from 'vitest'
import {
  computeFans,
  type FanFields,
  type NormalPlan,
  plan,
  sample,
  sampleTensor,
  type TruncatedNormalPlan,
  WeightinitError,
} from './index'

describe('README examples', () => {
  it('README.md: a short tour', () => {
    // PyTorch semantics: channels-first [out, in, kh, kw], untruncated normal, gain √2 for ReLU.
    const he = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [64, 3, 3, 3])
    he.distribution // 'normal'
    he.fanIn // 27
    he.std // √2 / √27 = 0.2722

    // Keras semantics: channels-last [kh, kw, in, out], truncated at ±2σ, σ corrected.
    const keras = plan({ init: 'he_normal' }, [3, 3, 3, 64])
    keras.distribution // 'truncated_normal'
    keras.std // 0.2722: exactly the target
    keras.sigma // 0.3094 = 0.2722 / 0.87962566103423978

    // Depthwise convolution: PyTorch counts fan_out 32× too high; give the groups and it is right.
    plan({ init: 'kaiming_normal', mode: 'fan_out' }, [32, 1, 3, 3], { groups: 32 }).fanOut // 9

    // Every number says where it came from.
    for (const step of keras.explanation) console.log(step.quantity, step.value, step.formula)

    // Samples: the same bits for the same (seed, key) everywhere; any slice alone.
    const whole = sample(he, { seed: 42, key: 'conv1.weight' }) // Float32Array(1728)
    const part = sample(he, {
      seed: 42,
      key: 'conv1.weight',
      offset: 100,
      count: 8,
      dtype: 'bfloat16',
    })

    expectTypeOf(he).toEqualTypeOf<NormalPlan & FanFields>()
    expectTypeOf(he.distribution).toEqualTypeOf<'normal'>()
    expectTypeOf(he.fanIn).toEqualTypeOf<number>()
    expectTypeOf(keras).toEqualTypeOf<TruncatedNormalPlan & FanFields>()
    expectTypeOf(keras.sigma).toEqualTypeOf<number>()
    expectTypeOf(
      plan({ init: 'kaiming_normal', mode: 'fan_out' }, [32, 1, 3, 3], { groups: 32 }).fanOut,
    ).toEqualTypeOf<number>()
    expectTypeOf(whole).toEqualTypeOf<Float32Array>()
    expectTypeOf(part).toEqualTypeOf<Uint16Array>()
  })

  it('packages/core/README.md: plan and sample', () => {
    // Plan: the distribution's parameters, and how each was derived. Nothing is drawn.
    const p = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [256, 128]) // PyTorch: [out, in]
    p.distribution // 'normal'
    p.std // √2 / √128 = 0.125
    for (const step of p.explanation) console.log(step.quantity, step.value, step.formula)

    // Sample: element i is a pure function of (seed, key, i), so any slice can be drawn alone.
    const w = sample(p, { seed: 42, key: 'fc1.weight' }) // Float32Array(32768)
    const part = sample(p, { seed: 42, key: 'fc1.weight', offset: 1000, count: 10 }) // = w[1000..1009]

    // Both in one call, as plain data { data, shape, dtype }: what the adapters consume.
    const t = sampleTensor('he_normal', [3, 3, 16, 32], {
      seed: 7,
      key: 'conv2',
      dtype: 'bfloat16',
    })
    t.data // Uint16Array(4608) of bfloat16 bit patterns

    expectTypeOf(p.std).toEqualTypeOf<number>()
    expectTypeOf(w).toEqualTypeOf<Float32Array>()
    expectTypeOf(part).toEqualTypeOf<Float32Array>()
    expectTypeOf(t.data).toEqualTypeOf<Uint16Array>()
  })

  it('packages/core/README.md: layouts and fans', () => {
    // A depthwise convolution, PyTorch layout [32, 1, 3, 3]: PyTorch's fan_out is 288; the right one is 9.
    plan({ init: 'kaiming_normal', mode: 'fan_out' }, [32, 1, 3, 3], { groups: 32 }) // std √2 / √9
    const fans = computeFans([32, 1, 3, 3], 'oihw', { groups: 32 })
    fans.derivation.fanOut // 'out/groups · ∏kernel = 32/32 · 3·3 = 9'

    expectTypeOf(fans.derivation.fanOut).toBeString()
  })

  it('packages/core/README.md: errors', () => {
    try {
      plan(JSON.parse('{ "init": "kaiming_nromal" }'), [64, 3]) // a spec from a config file
    } catch (error) {
      if (error instanceof WeightinitError && error.code === 'UNKNOWN_NAME')
        console.log(error.message)
      // unknown initializer 'kaiming_nromal' (did you mean 'kaiming_normal'?); names are PyTorch's …
    }
  })
})
