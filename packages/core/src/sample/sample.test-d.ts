import { describe, expectTypeOf, it } from 'vitest'
import { plan } from '../plan/plan'
import { sample } from './sample'
import { sampleTensor } from './sampleTensor'

describe('sample and sampleTensor return the array of their dtype', () => {
  const p = plan({ init: 'kaiming_normal' }, [4, 4])

  it('defaults to Float32Array', () => {
    expectTypeOf(sample(p, { seed: 0 })).toEqualTypeOf<Float32Array>()
    expectTypeOf(
      sampleTensor('kaiming_normal', [4, 4], { seed: 0 }).data,
    ).toEqualTypeOf<Float32Array>()
  })

  it('follows the dtype', () => {
    expectTypeOf(sample(p, { seed: 0, dtype: 'float64' })).toEqualTypeOf<Float64Array>()
    expectTypeOf(sample(p, { seed: 0, dtype: 'bfloat16' })).toEqualTypeOf<Uint16Array>()
    const t = sampleTensor('kaiming_normal', [4, 4], { seed: 0, dtype: 'float16' })
    expectTypeOf(t.data).toEqualTypeOf<Uint16Array>()
    expectTypeOf(t.dtype).toEqualTypeOf<'float16'>()
  })

  it('types into by the dtype', () => {
    sample(p, { seed: 0, dtype: 'float64', into: new Float64Array(16) })
    // @ts-expect-error: a Float32Array cannot hold float64 samples
    sample(p, { seed: 0, dtype: 'float64', into: new Float32Array(16) })
    // @ts-expect-error: offset and count are sample()'s, not sampleTensor()'s
    sampleTensor('kaiming_normal', [4, 4], { seed: 0, offset: 3 })
  })
})
