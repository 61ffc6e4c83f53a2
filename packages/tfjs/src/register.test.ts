import * as tfl from '@tensorflow/tfjs-layers'
import { describe, expect, it } from 'vitest'
import './register'
import { initializers } from './initializers'
import { weightValues } from './testing/models'
import { WeightinitInitializer } from './WeightinitInitializer'

function build(): tfl.LayersModel {
  return tfl.sequential({
    layers: [
      tfl.layers.embedding({
        name: 'embed',
        inputDim: 50,
        outputDim: 8,
        inputLength: 5,
        embeddingsInitializer: initializers.randomNormal({
          seed: 5,
          key: 'embed/embeddings',
          stddev: 1,
        }),
      }),
      tfl.layers.gru({
        name: 'gru',
        units: 6,
        kernelInitializer: new WeightinitInitializer({
          spec: { init: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'leaky_relu', a: 0.1 },
          seed: 5,
          key: 'gru/kernel',
        }),
        recurrentInitializer: initializers.orthogonal({
          seed: 5,
          key: 'gru/recurrent_kernel',
          gain: 0.5,
        }),
      }),
      tfl.layers.dense({
        name: 'Out_Layer',
        units: 3,
        kernelInitializer: initializers.varianceScaling({
          seed: 0,
          key: 'Out_Layer/kernel',
          mode: 'fan_avg',
          distribution: 'uniform',
        }),
        biasInitializer: initializers.constant({ value: 0.25 }),
      }),
    ],
  })
}

describe('serialization (@weightinit/tfjs/register)', () => {
  it('round-trips model.toJSON → tf.models.modelFromJSON with identical initial weights', async () => {
    const model = build()
    const text = JSON.stringify(model.toJSON(undefined, false))
    expect(text).toContain('"class_name":"WeightinitInitializer"')
    expect(text).toContain('kaiming%5fnormal')
    const copy = await tfl.models.modelFromJSON(JSON.parse(text))
    const [a, b] = [weightValues(model), weightValues(copy)]
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [name, values] of a) expect(b.get(name), name).toEqual(values)
    const kernel = (
      copy.layers[1] as unknown as { cell: { kernelInitializer: WeightinitInitializer } }
    ).cell.kernelInitializer
    expect(kernel).toBeInstanceOf(WeightinitInitializer)
    expect(kernel.spec).toEqual({
      init: 'kaiming_normal',
      mode: 'fan_out',
      nonlinearity: 'leaky_relu',
      a: 0.1,
    })
    expect(kernel.key).toBe('gru/kernel')
  })

  it('round-trips the string form of toJSON too', async () => {
    const model = build()
    const copy = await tfl.models.modelFromJSON(JSON.parse(model.toJSON() as string))
    const [a, b] = [weightValues(model), weightValues(copy)]
    for (const [name, values] of a) expect(b.get(name), name).toEqual(values)
  })
})
