import * as tf from '@tensorflow/tfjs-core'
import { plan, sample, sampleTensor } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { toTensor } from './toTensor'

describe('toTensor', () => {
  it('holds exactly the bits core samples for the same spec, seed and key', () => {
    const cases = [
      [{ init: 'he_normal' }, [3, 3, 16, 32], {}],
      [{ init: 'kaiming_uniform', nonlinearity: 'relu' }, [64, 3, 3, 3], {}],
      [{ init: 'kaiming_normal', nonlinearity: 'relu' }, [3, 3, 3, 64], { layout: 'hwio' }],
      [{ init: 'keras.orthogonal' }, [32, 128], {}],
      [{ init: 'trunc_normal', std: 0.02 }, [100], {}],
    ] as const
    for (const [spec, shape, extra] of cases) {
      const options = { seed: 42, key: 'layer/kernel', ...extra }
      const t = toTensor(spec, shape, options)
      const expected = sampleTensor(spec, shape, options)
      expect(t.dtype).toBe('float32')
      expect(t.shape).toEqual([...shape])
      expect(new Uint32Array((t.dataSync() as Float32Array).buffer)).toEqual(
        new Uint32Array((expected.data as Float32Array).buffer),
      )
      t.dispose()
    }
  })

  it('depends on seed and key, and seed 0 is a seed', () => {
    const p = plan({ init: 'he_normal' }, [50, 50])
    const a = toTensor({ init: 'he_normal' }, [50, 50], { seed: 0 })
    expect(a.dataSync()).toEqual(sample(p, { seed: 0 }))
    const b = toTensor({ init: 'he_normal' }, [50, 50], { seed: 0, key: 'other' })
    expect(b.dataSync()).not.toEqual(a.dataSync())
    tf.dispose([a, b])
  })

  it('refuses non-float32 dtypes, bad shapes and seeds before allocating a tensor', () => {
    const before = tf.memory().numTensors
    expectError(
      () => toTensor('he_normal', [4, 4], { seed: 1, dtype: 'float16' as 'float32' }),
      'INVALID_DTYPE',
    )
    expectError(() => toTensor('he_normal', [4, -1], { seed: 1 }), 'INVALID_SHAPE')
    expectError(() => toTensor('he_normal', [4, 4], { seed: -1 }), 'INVALID_SEED')
    expectError(() => toTensor('he_nromal' as 'he_normal', [4, 4], { seed: 1 }), 'UNKNOWN_NAME')
    expect(tf.memory().numTensors).toBe(before)
  })
})
