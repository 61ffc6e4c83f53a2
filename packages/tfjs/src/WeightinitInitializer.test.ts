import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { plan, sample } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { initializers } from './initializers'
import { moments } from './testing/models'
import { WeightinitInitializer } from './WeightinitInitializer'

describe('WeightinitInitializer', () => {
  it('draws the tensor core samples, with layout hwio by default', () => {
    const init = new WeightinitInitializer({
      spec: { init: 'kaiming_normal', nonlinearity: 'relu' },
      seed: 3,
      key: 'c/kernel',
    })
    const t = init.apply([3, 3, 8, 16], 'float32')
    const p = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [3, 3, 8, 16], {
      layout: 'hwio',
    })
    expect(p.std).toBeCloseTo(Math.SQRT2 / Math.sqrt(72), 12)
    expect(t.dataSync()).toEqual(sample(p, { seed: 3, key: 'c/kernel' }))
    t.dispose()
  })

  it('keys the n-th call key#n, so a shared instance never repeats values', () => {
    const init = initializers.randomNormal({ seed: 1, key: 'k' })
    const [a, b, c] = [init.apply([20]), init.apply([20]), init.apply([20])]
    const p = plan({ init: 'tfjs.randomNormal' }, [20])
    expect(a.dataSync()).toEqual(sample(p, { seed: 1, key: 'k' }))
    expect(b.dataSync()).toEqual(sample(p, { seed: 1, key: 'k#1' }))
    expect(c.dataSync()).toEqual(sample(p, { seed: 1, key: 'k#2' }))
    tf.dispose([a, b, c])
  })

  it('works as kernel, recurrent, bias and embeddings initializer of real layers', () => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.embedding({
          inputDim: 500,
          outputDim: 32,
          inputLength: 6,
          embeddingsInitializer: initializers.randomUniform({
            seed: 1,
            key: 'emb',
            minval: 0,
            maxval: 1,
          }),
        }),
        tfl.layers.lstm({
          units: 16,
          unitForgetBias: true,
          kernelInitializer: initializers.glorotUniform({ seed: 1, key: 'lstm/kernel' }),
          recurrentInitializer: initializers.orthogonal({ seed: 1, key: 'lstm/recurrent' }),
          biasInitializer: initializers.constant({ seed: 0, value: 0.5 }),
        }),
        tfl.layers.dense({
          units: 2,
          kernelInitializer: initializers.heNormal({ seed: 1, key: 'out' }),
        }),
      ],
    })
    const [embeddings, , recurrent, bias] = model
      .getWeights()
      .map((w) => w.dataSync() as Float32Array)
    // tfjs replaces minval 0 by -0.05; weightinit keeps it
    expect(Math.min(...embeddings!)).toBeGreaterThanOrEqual(0)
    expect(moments(embeddings!).mean).toBeCloseTo(0.5, 2)
    // orthogonal [16, 64]: orthonormal rows
    const r = tf.tensor2d(recurrent!, [16, 64])
    const gram = tf.matMul(r, r, false, true)
    expect(tf.max(tf.abs(tf.sub(gram, tf.eye(16)))).dataSync()[0]).toBeLessThan(1e-5)
    tf.dispose([r, gram])
    // unitForgetBias: tfjs draws [units] and [2·units] from the bias initializer around the ones
    expect([...bias!.slice(0, 16), ...bias!.slice(32)].every((v) => v === 0.5)).toBe(true)
    expect(bias!.slice(16, 32).every((v) => v === 1)).toBe(true)
  })

  it('returns spec, seed and key from getConfig, strings escaped against tfjs re-casing', () => {
    const init = initializers.heNormal({ seed: 9, key: 'conv_1/kernel', layout: 'hwim' })
    expect(init.spec).toEqual({ init: 'tfjs.heNormal' })
    expect(init.getConfig()).toEqual({
      spec: { init: 'tfjs.he%4eormal' },
      seed: 9,
      key: 'conv%5f1/kernel',
      layout: 'hwim',
    })
    const copy = WeightinitInitializer.fromConfig<WeightinitInitializer>(
      WeightinitInitializer,
      init.getConfig(),
    )
    expect([copy.spec, copy.seed, copy.key, copy.layout]).toEqual([
      init.spec,
      9,
      'conv_1/kernel',
      'hwim',
    ])
  })

  it('refuses bad specs, seeds and dtypes clearly', () => {
    expectError(
      () => new WeightinitInitializer({ spec: { init: 'he_normal', scale: 2 } as never, seed: 1 }),
      'UNKNOWN_OPTION',
    )
    expectError(
      () => new WeightinitInitializer({ spec: 'he_normal', seed: 2n as never }),
      'INVALID_SEED',
    )
    expectError(() => new WeightinitInitializer({ spec: 'he_normal', seed: 1.5 }), 'INVALID_SEED')
    expectError(() => initializers.heNormal({ seed: 1 }).apply([4, 4], 'int32'), 'INVALID_DTYPE')
  })
})
