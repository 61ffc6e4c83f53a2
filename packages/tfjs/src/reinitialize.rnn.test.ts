import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { describe, expect, it } from 'vitest'
import { reinitialize } from './reinitialize'
import { moments, predictAndFit, scramble, textModel, weightValues } from './testing/models'

const tokens = () => tf.floor(tf.randomUniform([8, 12], 0, 1000, 'float32', 3))

/** max |R·Rᵀ − I| of a [rows, cols] matrix with rows ≤ cols. */
function orthogonalityError(data: Float32Array, rows: number, cols: number): number {
  return tf.tidy(() => {
    const r = tf.tensor2d(data, [rows, cols])
    return tf.max(tf.abs(tf.sub(tf.matMul(r, r, false, true), tf.eye(rows)))).dataSync()[0]!
  })
}

describe('reinitialize: text models (Embedding → LSTM/GRU → Dense)', () => {
  for (const cell of ['lstm', 'gru'] as const) {
    it(`auto, ${cell}: kernels within 3% of the plan, orthogonal recurrent kernel, biases as the recipe says`, async () => {
      const model = textModel(cell)
      scramble(model)
      const before = tf.memory().numTensors
      const report = reinitialize(model, 'auto', { seed: 11 })
      expect(tf.memory().numTensors).toBe(before)
      const values = weightValues(model)
      const units = cell === 'lstm' ? 128 : 96
      const gates = cell === 'lstm' ? 4 : 3
      for (const entry of report) {
        if (entry.action !== 'init') throw new Error(entry.path)
        const data = values.get(entry.path)!
        if (entry.role === 'bias') {
          const forget = entry.unitForgetBias
          expect(forget !== undefined).toBe(cell === 'lstm' && entry.className === 'LSTM')
          data.forEach((v, i) => {
            const one = forget !== undefined && i >= forget.start && i < forget.end
            expect(v).toBe(one ? 1 : 0)
          })
          continue
        }
        expect(Math.abs(moments(data).std / entry.plan.std - 1), entry.path).toBeLessThan(0.03)
      }
      const recurrent = report.find((entry) => entry.role === 'recurrent_kernel')!
      expect(recurrent.action === 'init' && recurrent.plan.distribution).toBe('orthogonal')
      expect(
        orthogonalityError(values.get(`${cell}_rnn/recurrent_kernel`)!, units, gates * units),
      ).toBeLessThan(1e-5)
      const embed = report.find((entry) => entry.role === 'embeddings')!
      expect(embed.action === 'init' && embed.plan.std).toBe(1)
      const kernel = report.find((entry) => entry.path === `${cell}_rnn/kernel`)!
      expect(kernel.action === 'init' && kernel.plan.std).toBeCloseTo(1 / 8, 12) // 1/√fan_in, fan_in 64
      const result = await predictAndFit(model, tokens, 4)
      expect(result.predictFinite && result.weightsFinite && Number.isFinite(result.loss)).toBe(
        true,
      )
    })
  }

  it('keras: glorot_uniform kernel over the packed gates, U(±0.05) embeddings, forget bias 1', () => {
    const model = textModel('lstm', 'k')
    const report = reinitialize(model, 'keras', { seed: 2 })
    const kernel = report.find((entry) => entry.path === 'k_rnn/kernel')!
    if (kernel.action !== 'init' || kernel.plan.distribution !== 'uniform')
      throw new Error('kernel')
    expect(kernel.plan.bound).toBeCloseTo(Math.sqrt(6 / (64 + 512)), 12)
    const values = weightValues(model)
    expect(Math.max(...values.get('k_embed/embeddings')!.map(Math.abs))).toBeLessThanOrEqual(0.05)
    expect(
      values
        .get('k_rnn/bias')!
        .slice(128, 256)
        .every((v) => v === 1),
    ).toBe(true)
  })

  it('torch: every recurrent weight and bias U(±1/√units), embeddings N(0, 1), no forget bias', () => {
    const model = textModel('gru', 't')
    const report = reinitialize(model, 'torch', { seed: 2 })
    const values = weightValues(model)
    for (const path of ['t_rnn/kernel', 't_rnn/recurrent_kernel', 't_rnn/bias']) {
      const entry = report.find((e) => e.path === path)!
      expect(entry.action === 'init' && entry.spec).toEqual({
        init: 'torch.uniform',
        a: -1 / Math.sqrt(96),
        b: 1 / Math.sqrt(96),
      })
      expect(values.get(path)!.every((v) => Math.abs(v) <= 1 / Math.sqrt(96))).toBe(true)
    }
    expect(Math.abs(moments(values.get('t_embed/embeddings')!).std - 1)).toBeLessThan(0.03)
  })

  it('walks into Bidirectional wrappers and nested models, keyed by path', () => {
    const inner = tfl.sequential({
      name: 'block',
      layers: [tfl.layers.dense({ name: 'fc', units: 8, inputShape: [16], activation: 'tanh' })],
    })
    const model = tfl.sequential({
      layers: [
        tfl.layers.bidirectional({
          name: 'bi',
          layer: tfl.layers.lstm({ name: 'enc', units: 8 }) as tfl.RNN,
          inputShape: [5, 4],
        }),
        inner,
      ],
    })
    const report = reinitialize(model, 'auto', { seed: 1 })
    const paths = report.map((entry) => `${entry.path} ${entry.className} ${entry.action}`)
    expect(paths).toContain('block/fc/kernel Dense init')
    expect(paths.filter((p) => p.startsWith('bi/') && p.includes('LSTM init'))).toHaveLength(6)
    const bias = report.find(
      (entry) => entry.path.startsWith('bi/backward') && entry.role === 'bias',
    )
    expect(bias?.action === 'init' && bias.unitForgetBias).toEqual({ start: 8, end: 16 })
  })
})
