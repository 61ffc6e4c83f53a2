import * as tf from '@tensorflow/tfjs-core'
import { describe, expect, it } from 'vitest'
import { reinitialize } from './reinitialize'
import { cnn, moments, predictAndFit, scramble, weightValues } from './testing/models'

const input = () => tf.randomNormal([4, 8, 8, 16], 0, 1, 'float32', 1)

describe('reinitialize: a CNN (Conv2D, DepthwiseConv2D, BatchNorm, Dense)', () => {
  it('auto: kernels within 3% of the plan, correct fans and gains, biases 0, norms 1/0', async () => {
    const model = cnn('auto')
    scramble(model)
    const before = tf.memory().numTensors
    const report = reinitialize(model, 'auto', { seed: 42 })
    expect(tf.memory().numTensors).toBe(before)
    const values = weightValues(model)
    const byPath = new Map(report.map((entry) => [entry.path, entry]))
    expect(report.every((entry) => entry.action === 'init')).toBe(true)
    const expectedStd = {
      'auto_conv/kernel': Math.SQRT2 / Math.sqrt(3 * 3 * 16), // relu, fan_in = 3·3·16
      'auto_dw/depthwise_kernel': Math.SQRT2 / 3, // relu, depthwise fan_in = 3·3 (tfjs: 3·3·64)
      'auto_logits/kernel': 1 / Math.sqrt(64 * 8), // softmax → gain 1
    }
    for (const [path, std] of Object.entries(expectedStd)) {
      const entry = byPath.get(path)!
      if (entry.action !== 'init') throw new Error(path)
      expect(entry.plan.std).toBeCloseTo(std, 12)
      expect(entry.plan.distribution).toBe('truncated_normal')
      const measured = moments(values.get(path)!).std
      expect(Math.abs(measured / entry.plan.std - 1), path).toBeLessThan(0.03)
    }
    for (const [path, data] of values) {
      const role = path.slice(path.lastIndexOf('/') + 1)
      const expected = { bias: 0, beta: 0, moving_mean: 0, gamma: 1, moving_variance: 1 }[role]
      if (expected !== undefined)
        expect(
          data.every((v) => v === expected),
          path,
        ).toBe(true)
    }
    const result = await predictAndFit(model, input, 10)
    expect(result).toEqual({ predictFinite: true, loss: expect.any(Number), weightsFinite: true })
    expect(Number.isFinite(result.loss)).toBe(true)
  })

  it('does not depend on construction order, only on layer names', () => {
    const first = cnn('same')
    cnn('other')
    const second = cnn('same')
    reinitialize(second, 'auto', { seed: 7 })
    reinitialize(first, 'auto', { seed: 7 })
    const [a, b] = [weightValues(first), weightValues(second)]
    for (const [path, data] of a) expect(b.get(path), path).toEqual(data)
    reinitialize(second, 'auto', { seed: 8 })
    expect(weightValues(second).get('same_conv/kernel')).not.toEqual(a.get('same_conv/kernel'))
  })

  it('keras: glorot_uniform with Keras as-stored fans (depthwise fan_in overcounted), zero biases', () => {
    const model = cnn('keras')
    const report = reinitialize(model, 'keras', { seed: 1 })
    const dw = report.find((entry) => entry.path === 'keras_dw/depthwise_kernel')!
    if (dw.action !== 'init') throw new Error('dw')
    expect(dw.spec).toEqual({ init: 'keras.glorot_uniform' })
    // Keras: fan_in = 3·3·64, fan_out = 3·3·8 → bound √(6 / (576 + 72))
    expect(dw.plan.distribution === 'uniform' && dw.plan.bound).toBeCloseTo(
      Math.sqrt(6 / (576 + 72)),
      12,
    )
    const values = weightValues(model)
    expect(
      Math.abs(moments(values.get('keras_dw/depthwise_kernel')!).std / dw.plan.std - 1),
    ).toBeLessThan(0.03)
    expect(values.get('keras_conv/bias')!.every((v) => v === 0)).toBe(true)
  })

  it('torch: U(±1/√fan_in) kernels and biases, PyTorch fans', async () => {
    const model = cnn('torch')
    const report = reinitialize(model, 'torch', { seed: 1 })
    const values = weightValues(model)
    const bounds = {
      'torch_conv/kernel': 1 / Math.sqrt(144),
      'torch_conv/bias': 1 / Math.sqrt(144),
      'torch_dw/depthwise_kernel': 1 / 3, // PyTorch depthwise: fan_in = (in/groups)·k = 9
      'torch_dw/bias': 1 / 3,
      'torch_logits/kernel': 1 / Math.sqrt(512),
      'torch_logits/bias': 1 / Math.sqrt(512),
    }
    for (const [path, bound] of Object.entries(bounds)) {
      const entry = report.find((e) => e.path === path)!
      if (entry.action !== 'init' || entry.plan.distribution !== 'uniform') throw new Error(path)
      expect(entry.plan.bound, path).toBeCloseTo(bound, 12)
      const data = values.get(path)!
      expect(data.every((v) => Math.abs(v) <= bound)).toBe(true)
      if (data.length > 1000)
        expect(Math.abs(moments(data).std / entry.plan.std - 1), path).toBeLessThan(0.03)
    }
    const result = await predictAndFit(model, input, 10)
    expect(result.predictFinite && result.weightsFinite && Number.isFinite(result.loss)).toBe(true)
  })
})
