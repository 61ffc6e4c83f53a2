/* Test helpers (not shipped): real tfjs models and statistics of their weights. */
import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { initializers } from '../initializers'

/** Mean and population standard deviation of an array. */
export function moments(values: ArrayLike<number>): { mean: number; std: number } {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]!
  const mean = sum / values.length
  let squares = 0
  for (let i = 0; i < values.length; i++) squares += (values[i]! - mean) ** 2
  return { mean, std: Math.sqrt(squares / values.length) }
}

/** Every weight of a model by its original name, as plain arrays. */
export function weightValues(model: tfl.LayersModel): Map<string, Float32Array> {
  return new Map(model.weights.map((w) => [w.originalName, w.read().dataSync() as Float32Array]))
}

/** Overwrites every weight with 7, so a test can see what reinitialize wrote. */
export function scramble(model: tfl.LayersModel): void {
  for (const weight of model.weights) {
    tf.tidy(() => {
      weight.write(tf.fill(weight.shape as number[], 7))
    })
  }
}

/** A small CNN: Conv2D → BatchNorm → DepthwiseConv2D → BatchNorm → pooling → Dense softmax. */
export function cnn(prefix = 'cnn'): tfl.LayersModel {
  const input = tfl.input({ shape: [8, 8, 16] })
  const layers = [
    tfl.layers.conv2d({
      name: `${prefix}_conv`,
      filters: 64,
      kernelSize: 3,
      padding: 'same',
      activation: 'relu',
    }),
    tfl.layers.batchNormalization({ name: `${prefix}_bn1` }),
    tfl.layers.depthwiseConv2d({
      name: `${prefix}_dw`,
      kernelSize: 3,
      depthMultiplier: 8,
      padding: 'same',
      activation: 'relu',
    }),
    tfl.layers.batchNormalization({ name: `${prefix}_bn2` }),
    tfl.layers.globalAveragePooling2d({ name: `${prefix}_pool` }),
    tfl.layers.dense({ name: `${prefix}_logits`, units: 10, activation: 'softmax' }),
  ]
  let x = input
  for (const layer of layers) x = layer.apply(x) as tfl.SymbolicTensor
  return tfl.model({ inputs: input, outputs: x })
}

/**
 * A text classifier: Embedding → LSTM or GRU → Dense softmax. The recurrent kernel starts from
 * weightinit's orthogonal: tfjs's own takes minutes for [128, 512] on the cpu backend.
 */
export function textModel(cell: 'lstm' | 'gru', prefix: string = cell): tfl.Sequential {
  const recurrentInitializer = initializers.orthogonal({
    seed: 0,
    key: `${prefix}_rnn/recurrent_kernel`,
  })
  const recurrent =
    cell === 'lstm'
      ? tfl.layers.lstm({ name: `${prefix}_rnn`, units: 128, recurrentInitializer })
      : tfl.layers.gru({ name: `${prefix}_rnn`, units: 96, recurrentInitializer })
  return tfl.sequential({
    layers: [
      tfl.layers.embedding({
        name: `${prefix}_embed`,
        inputDim: 1000,
        outputDim: 64,
        inputLength: 12,
      }),
      recurrent,
      tfl.layers.dense({ name: `${prefix}_out`, units: 4, activation: 'softmax' }),
    ],
  })
}

/** Runs `predict` on random input and one `fit` step; returns the outputs' and the loss's finiteness. */
export async function predictAndFit(
  model: tfl.LayersModel,
  input: () => tf.Tensor,
  classes: number,
): Promise<{ predictFinite: boolean; loss: number; weightsFinite: boolean }> {
  const x = input()
  const prediction = model.predict(x) as tf.Tensor
  const predictFinite = (prediction.dataSync() as Float32Array).every(Number.isFinite)
  prediction.dispose()
  const batch = x.shape[0]!
  const y = tf.oneHot(
    tf.tensor1d(
      Array.from({ length: batch }, (_, i) => i % classes),
      'int32',
    ),
    classes,
  )
  model.compile({ optimizer: tf.train.sgd(0.01), loss: 'categoricalCrossentropy' })
  const history = await model.fit(x, y, { epochs: 1, batchSize: batch, verbose: 0 })
  tf.dispose([x, y])
  const loss = history.history['loss']![0] as number
  const weightsFinite = model.weights.every((w) =>
    (w.read().dataSync() as Float32Array).every(Number.isFinite),
  )
  return { predictFinite, loss, weightsFinite }
}
