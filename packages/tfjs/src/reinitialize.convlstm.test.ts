import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { type InitSpec, type Layout, sampleTensor } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { reinitialize } from './reinitialize'
import { predictAndFit, scramble, weightValues } from './testing/models'

/** A ConvLSTM2D over 3 frames of 8×8×2, 4 filters, 3×3 kernels, then a 2-class head. */
function convLstmModel(unitForgetBias?: boolean): tfl.Sequential {
  return tfl.sequential({
    layers: [
      tfl.layers.convLstm2d({
        name: 'clstm',
        filters: 4,
        kernelSize: 3,
        padding: 'same',
        inputShape: [3, 8, 8, 2],
        ...(unitForgetBias === undefined ? {} : { unitForgetBias }),
      }),
      tfl.layers.flatten({ name: 'flat' }),
      tfl.layers.dense({ name: 'head', units: 2, activation: 'softmax' }),
    ],
  })
}

/** What core itself draws for a weight: the same spec, shape, seed, key and layout. */
function drawn(
  spec: InitSpec,
  shape: readonly number[],
  seed: number,
  key: string,
  layout: Layout,
) {
  return sampleTensor(spec, shape, { seed, key, layout }).data as Float32Array
}

/** max |QᵀQ − I| of a [rows, cols] matrix with rows ≥ cols. */
function columnOrthogonalityError(data: Float32Array, rows: number, cols: number): number {
  return tf.tidy(() => {
    const q = tf.tensor2d(data, [rows, cols])
    return tf.max(tf.abs(tf.sub(tf.matMul(q, q, true, false), tf.eye(cols)))).dataSync()[0]!
  })
}

describe('reinitialize: ConvLSTM2D', () => {
  it('auto: conv fans for the kernel, orthogonal recurrent kernel, forget-gate bias 1; trains', async () => {
    const model = convLstmModel()
    scramble(model)
    const report = reinitialize(model, 'auto', { seed: 4 })
    const values = weightValues(model)
    const kernel = report.find((entry) => entry.path === 'clstm/kernel')!
    if (kernel.action !== 'init') throw new Error('kernel')
    expect((kernel.plan as { fanIn?: number }).fanIn).toBe(3 * 3 * 2)
    expect(values.get('clstm/kernel')).toEqual(
      drawn(kernel.spec, [3, 3, 2, 16], 4, 'clstm/kernel', 'hwio'),
    )
    const recurrent = report.find((entry) => entry.path === 'clstm/recurrent_kernel')!
    expect(recurrent.action === 'init' && recurrent.plan.distribution).toBe('orthogonal')
    // Keras flattens a kernel to [∏shape[:-1], shape[-1]] = [36, 16]: orthonormal columns.
    expect(columnOrthogonalityError(values.get('clstm/recurrent_kernel')!, 36, 16)).toBeLessThan(
      1e-5,
    )
    const bias = values.get('clstm/bias')!
    expect(Array.from(bias)).toEqual(
      Array.from({ length: 16 }, (_, i) => (i >= 4 && i < 8 ? 1 : 0)),
    )
    const result = await predictAndFit(
      model,
      () => tf.randomNormal([4, 3, 8, 8, 2], 0, 1, 'float32', 1),
      2,
    )
    expect(result.predictFinite && result.weightsFinite && Number.isFinite(result.loss)).toBe(true)
  })

  it('keras: glorot_uniform over the receptive field and the packed gates; unitForgetBias false respected', () => {
    const model = convLstmModel(false)
    const report = reinitialize(model, 'keras', { seed: 2 })
    const kernel = report.find((entry) => entry.path === 'clstm/kernel')!
    if (kernel.action !== 'init' || kernel.plan.distribution !== 'uniform')
      throw new Error('kernel')
    expect(kernel.plan.bound).toBeCloseTo(Math.sqrt(6 / (3 * 3 * 2 + 3 * 3 * 16)), 12)
    expect(
      weightValues(model)
        .get('clstm/bias')!
        .every((v) => v === 0),
    ).toBe(true)
  })

  it('torch: the convolution default for both kernels and the bias, bound 1/√fan_in', () => {
    const model = convLstmModel()
    const report = reinitialize(model, 'torch', { seed: 2 })
    const values = weightValues(model)
    for (const [path, fanIn] of [
      ['clstm/kernel', 3 * 3 * 2],
      ['clstm/recurrent_kernel', 3 * 3 * 4],
      ['clstm/bias', 3 * 3 * 2],
    ] as const) {
      const entry = report.find((e) => e.path === path)!
      if (entry.action !== 'init' || entry.plan.distribution !== 'uniform') throw new Error(path)
      expect(entry.plan.bound, path).toBeCloseTo(1 / Math.sqrt(fanIn), 12)
      const data = values.get(path)!
      expect(Math.max(...data.map(Math.abs)), path).toBeLessThanOrEqual(entry.plan.bound)
    }
  })
})
