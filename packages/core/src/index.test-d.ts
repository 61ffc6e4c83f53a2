import { describe, expectTypeOf, it } from 'vitest'
import {
  type ErrorCode,
  type InitName,
  type InitSpec,
  type KerasSerialized,
  type Plan,
  plan,
  type QualifiedName,
  type TfjsSerialized,
  toKerasConfig,
  type WeightinitError,
} from './index'

describe('public API types', () => {
  it('specs know each initializer’s options', () => {
    expectTypeOf<{
      init: 'kaiming_normal'
      a: 0.2
      mode: 'fan_out'
      nonlinearity: 'leaky_relu'
    }>().toExtend<InitSpec>()
    expectTypeOf<{ init: 'he_normal' }>().toExtend<InitSpec>()
    expectTypeOf<{ init: 'sparse'; sparsity: 0.5 }>().toExtend<InitSpec>()
    // sparse requires sparsity; he_normal takes no mode; names are checked
    expectTypeOf<{ init: 'sparse' }>().not.toExtend<InitSpec>()
    // @ts-expect-error: he_normal takes no mode (an excess property of a literal)
    const heWithMode: InitSpec = { init: 'he_normal', mode: 'fan_out' }
    expectTypeOf(heWithMode).toExtend<InitSpec>()
    expectTypeOf<{ init: 'kaiming_normall' }>().not.toExtend<InitSpec>()
    expectTypeOf<{ init: 'kaiming_normal'; mode: 'fan_sideways' }>().not.toExtend<InitSpec>()
    expectTypeOf<'jax.kaiming_normal'>().toExtend<QualifiedName>()
    expectTypeOf<'HeNormal'>().toExtend<InitName>()
    expectTypeOf<string>().not.toExtend<InitName>()
  })

  it('plans are discriminated by distribution', () => {
    // a spec typed as the whole InitSpec (from a config, say): the plan is the union
    const p = plan({ init: 'he_normal' } as InitSpec, [3, 3])
    expectTypeOf(p).toEqualTypeOf<Plan>()
    if (p.distribution === 'truncated_normal') {
      expectTypeOf(p.sigma).toBeNumber()
      expectTypeOf(p.low).toBeNumber()
    }
    if (p.distribution === 'uniform') expectTypeOf(p.bound).toBeNumber()
    expectTypeOf(plan).parameter(0).toExtend<InitSpec | InitName>()
  })

  it('config export is typed by format, errors by code', () => {
    expectTypeOf(toKerasConfig('he_normal')).toEqualTypeOf<KerasSerialized>()
    expectTypeOf(toKerasConfig('he_normal', { format: 'tfjs' })).toEqualTypeOf<TfjsSerialized>()
    expectTypeOf<WeightinitError['code']>().toEqualTypeOf<ErrorCode>()
    expectTypeOf<'FAN_ZERO'>().toExtend<ErrorCode>()
  })
})
