import { io } from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { describe, expect, it } from 'vitest'
import { WeightinitInitializer } from './WeightinitInitializer'

// This file must not import './register' statically: it shows what a user sees without it.
describe('loading a model without @weightinit/tfjs/register', () => {
  it("fails with tfjs's own Unknown initializer error, and loads once the entry is imported", async () => {
    const model = tfl.sequential({
      layers: [
        tfl.layers.dense({
          name: 'out',
          units: 2,
          inputShape: [3],
          kernelInitializer: new WeightinitInitializer({ spec: 'he_normal', seed: 1 }),
        }),
      ],
    })
    const json = JSON.parse(JSON.stringify(model.toJSON(undefined, false)))
    // tfjs-layers 4.22's message, quoted in the README and the tfjs guide next to the fix.
    const unknown =
      'Unknown initializer: WeightinitInitializer. This may be due to one of the following reasons:\n' +
      '1. The initializer is defined in Python, in which case it needs to be ported to TensorFlow.js or your JavaScript code.\n' +
      '2. The custom initializer is defined in JavaScript, but is not registered properly with tf.serialization.registerClass().'
    await expect(tfl.models.modelFromJSON(json)).rejects.toThrow(unknown)
    await expect(tfl.loadLayersModel(io.fromMemory(json))).rejects.toThrow(unknown)
    await import('./register')
    const copy = await tfl.models.modelFromJSON(json)
    expect(copy.layers[0]!.getWeights()[0]!.shape).toEqual([3, 2])
  })
})
