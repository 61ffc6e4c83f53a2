import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { describe, expect, it } from 'vitest'
import { type ReinitializedWeight, reinitialize } from './reinitialize'
import { scramble, weightValues } from './testing/models'

/** A model with every other known layer class. */
function zoo(): tfl.LayersModel {
  const image = tfl.input({ shape: [6, 6, 4] })
  let x = tfl.layers
    .conv2dTranspose({ name: 'up', filters: 3, kernelSize: 2, activation: 'relu' })
    .apply(image)
  x = tfl.layers
    .separableConv2d({
      name: 'sep',
      filters: 5,
      kernelSize: 3,
      depthMultiplier: 2,
      activation: 'tanh',
    })
    .apply(x)
  x = tfl.layers.layerNormalization({ name: 'ln' }).apply(x)
  x = tfl.layers.flatten().apply(x)
  const sequence = tfl.input({ shape: [7, 3] })
  let y = tfl.layers
    .conv1d({ name: 'c1', filters: 4, kernelSize: 3, activation: 'elu' })
    .apply(sequence)
  y = tfl.layers.simpleRNN({ name: 'rnn', units: 6 }).apply(y)
  const volume = tfl.input({ shape: [4, 4, 4, 2] })
  let z = tfl.layers.conv3d({ name: 'c3', filters: 2, kernelSize: 2 }).apply(volume)
  z = tfl.layers.flatten().apply(z)
  const joined = tfl.layers.concatenate().apply([x, y, z] as tfl.SymbolicTensor[])
  const out = tfl.layers.dense({ name: 'out', units: 2 }).apply(joined) as tfl.SymbolicTensor
  return tfl.model({ inputs: [image, sequence, volume], outputs: out })
}

const fans = (report: readonly ReinitializedWeight[], path: string) => {
  const entry = report.find((e) => e.path === path)
  if (entry?.action !== 'init' || !('fanIn' in entry.plan)) throw new Error(path)
  return [entry.plan.fanIn, entry.plan.fanOut, entry.plan.gain]
}

describe('reinitialize: the other known layers', () => {
  it('auto reads forward fans and gains of transposed, separable, 1-D and 3-D convolutions', () => {
    const model = zoo()
    scramble(model)
    const before = tf.memory().numTensors
    const report = reinitialize(model, 'auto', { seed: 3 })
    expect(tf.memory().numTensors).toBe(before)
    expect(report.filter((e) => e.action !== 'init')).toEqual([])
    expect(fans(report, 'up/kernel')).toEqual([4 * 4, 3 * 4, Math.SQRT2]) // [2, 2, out 3, in 4]: hwoi
    expect(fans(report, 'sep/depthwise_kernel')).toEqual([9, 18, 1]) // per channel: fan_in = 3·3
    expect(fans(report, 'sep/pointwise_kernel')[0]).toBe(6) // in·multiplier
    expect(fans(report, 'sep/pointwise_kernel')[2]).toBeCloseTo(5 / 3, 12) // tanh
    expect(fans(report, 'c1/kernel')[0]).toBe(9)
    expect(fans(report, 'c3/kernel')).toEqual([16, 16, 1])
    expect(fans(report, 'rnn/kernel')).toEqual([4, 6, 1])
    const values = weightValues(model)
    expect(values.get('ln/gamma')!.every((v) => v === 1)).toBe(true)
    expect(values.get('ln/beta')!.every((v) => v === 0)).toBe(true)
    const finite = tf.tidy(() => {
      const inputs = [tf.ones([2, 6, 6, 4]), tf.ones([2, 7, 3]), tf.ones([2, 4, 4, 4, 2])]
      return (model.predict(inputs) as tf.Tensor).dataSync().every(Number.isFinite)
    })
    expect(finite).toBe(true)
  })

  it('keras and torch read transposed kernels as stored, as those frameworks do', () => {
    const model = zoo()
    expect(fans(reinitialize(model, 'keras', { seed: 3 }), 'up/kernel').slice(0, 2)).toEqual([
      12, 16,
    ])
    const torch = reinitialize(model, 'torch', { seed: 3 })
    expect(fans(torch, 'up/kernel')[0]).toBe(12)
    const bias = torch.find((e) => e.path === 'up/bias')
    expect(bias?.action === 'init' && bias.spec).toEqual({ init: 'torch.default_bias', fan_in: 12 })
  })
})
