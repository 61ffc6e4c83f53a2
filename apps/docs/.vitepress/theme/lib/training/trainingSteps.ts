import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { reinitialize } from '@weightinit/tfjs'
import { histogram, sampleStats } from '../histogram'
import { pointData } from './pointData'
import type {
  LayerHistogram,
  TrainingCase,
  TrainingOptions,
  TrainingProgress,
  TrainingResult,
} from './training.types'
import { trainingInitializers } from './trainingInitializers'

/** Bins of each layer histogram: odd, so that one bin is centred on 0. */
const BINS = 31

/** The momentum of the `sgd` optimizer. */
const MOMENTUM = 0.9

// #region network
/** The network: its input, the values entering each ReLU, and the logit, as one functional model. */
function buildNetwork(options: TrainingOptions, batchNorm: boolean): tfl.LayersModel {
  const input = tfl.input({ shape: [2], name: 'points' })
  const preActivations: tfl.SymbolicTensor[] = []
  let h = input
  for (let layer = 1; layer <= options.depth; layer++) {
    // tfjs's own initializers never run on these weights: reinitialize draws every one.
    let z = tfl.layers
      .dense({ units: options.width, name: `hidden${layer}`, kernelInitializer: 'zeros' })
      .apply(h) as tfl.SymbolicTensor
    if (batchNorm)
      z = tfl.layers.batchNormalization({ name: `bn${layer}` }).apply(z) as tfl.SymbolicTensor
    preActivations.push(z)
    h = tfl.layers
      .activation({ activation: 'relu', name: `relu${layer}` })
      .apply(z) as tfl.SymbolicTensor
  }
  const logit = tfl.layers
    .dense({ units: 1, name: 'logit', kernelInitializer: 'zeros' })
    .apply(h) as tfl.SymbolicTensor
  return tfl.model({ inputs: input, outputs: [...preActivations, logit] })
}
// #endregion network

/** The share of the values inside each histogram's range; the rest are counted in its edge bins. */
const COVERED = 0.99

/**
 * A histogram of each layer's values over a range shared by the layers: ±(the 99th percentile of
 * |value| over all of them), values beyond it counted in the outermost bins; ±1 when all are 0.
 */
function layerHistograms(layers: readonly Float32Array[]): LayerHistogram[] {
  const magnitudes = Float64Array.from(layers.flatMap((values) => Array.from(values, Math.abs)))
  magnitudes.sort()
  const top =
    magnitudes[Math.min(magnitudes.length - 1, Math.floor(COVERED * magnitudes.length))] ?? 0
  const half = top > 0 ? top : 1
  return layers.map((values, index) => {
    const stats = sampleStats(values)
    const clamped = Array.from(values, (v) => Math.min(half, Math.max(-half, v)))
    return {
      layer: index + 1,
      lo: -half,
      hi: half,
      counts: histogram(clamped, BINS, -half, half).counts,
      std: stats.std,
      zeros: stats.zeros,
    }
  })
}

/** The fraction of points whose logit is on the side of 0 of their label. */
function accuracyOf(logits: Float32Array, labels: Float32Array): number {
  let right = 0
  for (let i = 0; i < labels.length; i++) if ((logits[i]! > 0 ? 1 : 0) === labels[i]) right++
  return right / labels.length
}

/**
 * One training run, an epoch per step: builds a small ReLU network (`depth` hidden layers of
 * `width`, batch norm before each ReLU when `batchNorm`), draws every weight with weightinit's tfjs
 * `reinitialize` (the case's initializer for every Dense kernel, zero biases, batch-norm scales 1),
 * and trains it on the whole of a deterministic 2-D problem (SGD with momentum 0.9, or Adam), full-batch (no shuffling, no
 * dropout: tfjs draws no random number). The same options give the same losses, bit for bit, in
 * Node and in the browser (tfjs's cpu backend computes in float32 in JavaScript).
 *
 * Yields the loss after each epoch; returns the whole run. Needs tfjs's cpu backend set (`await
 * tf.setBackend('cpu')`); leaves no tensor behind, even when the caller stops early (`return()`).
 *
 * @example
 * ```ts
 * import { trainingSteps } from './trainingSteps'
 * const steps = trainingSteps({ problem: 'circles', points: 128, depth: 6, width: 16, epochs: 60, optimizer: 'sgd', learningRate: 0.1, seed: 1 }, { initializer: 'he', batchNorm: false })
 * let step = steps.next()
 * while (!step.done) step = steps.next()
 * step.value.loss.at(-1)
 * ```
 */
export function* trainingSteps(
  options: TrainingOptions,
  run: TrainingCase,
): Generator<TrainingProgress, TrainingResult, void> {
  const initializer = trainingInitializers.find((i) => i.id === run.initializer)
  if (!initializer) throw new Error(`no training initializer '${run.initializer}'`)
  const data = pointData(options.problem, options.points, options.seed)
  const network = buildNetwork(options, run.batchNorm)
  const optimizer =
    options.optimizer === 'adam'
      ? tf.train.adam(options.learningRate)
      : tf.train.momentum(options.learningRate, MOMENTUM)
  const x = tf.tensor2d(data.x, [data.count, 2])
  const y = tf.tensor2d(data.y, [data.count, 1])
  try {
    // #region init
    reinitialize(
      network,
      { rules: [{ className: 'Dense', role: 'kernel', init: initializer.spec }] },
      { seed: options.seed },
    )
    // #endregion init
    /** One forward pass in training mode (batch statistics), optionally with its gradient step. */
    const forward = (update: boolean, keepLayers: boolean) => {
      let kept: tf.Tensor[] = []
      let logits: tf.Tensor | undefined
      const loss = () => {
        const outputs = network.apply(x, { training: true }) as tf.Tensor[]
        logits = tf.keep(outputs.at(-1)!)
        if (keepLayers) kept = outputs.slice(0, -1).map((t) => tf.keep(t))
        return tf.losses.sigmoidCrossEntropy(y, outputs.at(-1)!) as tf.Scalar
      }
      const cost = update ? optimizer.minimize(loss, true)! : tf.tidy(() => loss())
      const value = cost.dataSync()[0]!
      cost.dispose()
      const accuracy = accuracyOf(logits!.dataSync() as Float32Array, data.y)
      logits!.dispose()
      const layers = kept.map((t) => t.dataSync() as Float32Array)
      tf.dispose(kept)
      return { loss: value, accuracy, layers }
    }
    const first = forward(true, true)
    const start = layerHistograms(first.layers)
    const loss: number[] = []
    const accuracy: number[] = []
    for (let epoch = 1; epoch <= options.epochs; epoch++) {
      const last = epoch === options.epochs
      const next = last ? forward(false, true) : forward(true, false)
      loss.push(next.loss)
      accuracy.push(next.accuracy)
      yield { epoch, loss: next.loss }
      if (last) {
        return {
          ...run,
          initialLoss: first.loss,
          loss,
          accuracy,
          histograms: { start, end: layerHistograms(next.layers) },
        }
      }
    }
    throw new Error('epochs must be at least 1')
  } finally {
    optimizer.dispose()
    network.dispose()
    tf.dispose([x, y])
  }
}
