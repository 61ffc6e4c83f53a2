import {
  type DifferentiableActivationName,
  differentiableActivations,
  type InitSpec,
  plan,
  type SignalNormalization,
  sample,
} from '@weightinit/core'
import type { LayerHistogram } from './training/training.types'

/** The network of the playground's signal plot, as core's `propagateSignal` builds it. */
export interface LayerActivationOptions {
  readonly width: number
  readonly batch: number
  readonly depth: number
  readonly activation: DifferentiableActivationName
  readonly normalization: SignalNormalization
  readonly residual: boolean
  readonly seed: number
}

/** ε of the normalizations: PyTorch's default, and core's. */
const EPSILON = 1e-5

/** Bins of each layer's histogram, over ±4 of the layer's own standard deviations. */
const BINS = 40
const SPAN = 4

/** The layers whose activations are shown: the first, a quarter, half, three quarters and the last. */
export function shownLayers(depth: number): number[] {
  return [
    ...new Set(
      [1, depth / 4, depth / 2, (3 * depth) / 4, depth].map((l) => Math.max(1, Math.round(l))),
    ),
  ]
}

/** Standardizes h per unit over the batch, or per input over the units (biased variance, γ = 1, β = 0). */
function normalize(
  kind: 'batch' | 'layer',
  h: Float64Array,
  batch: number,
  width: number,
): Float64Array {
  const z = new Float64Array(h.length)
  const [count, size, groupStride, elementStride] =
    kind === 'batch' ? [width, batch, 1, width] : [batch, width, width, 1]
  for (let g = 0; g < count; g++) {
    const start = g * groupStride
    const end = start + size * elementStride
    let sum = 0
    for (let k = start; k < end; k += elementStride) sum += h[k]!
    const mean = sum / size
    let squares = 0
    for (let k = start; k < end; k += elementStride) {
      const d = h[k]! - mean
      squares += d * d
    }
    const inverse = 1 / Math.sqrt(squares / size + EPSILON)
    for (let k = start; k < end; k += elementStride) z[k] = (h[k]! - mean) * inverse
  }
  return z
}

/** A layer's outputs as a histogram in units of their own standard deviation (about their mean). */
function layerHistogram(layer: number, values: Float64Array): LayerHistogram {
  const n = values.length
  let sum = 0
  let zeros = 0
  for (let k = 0; k < n; k++) {
    sum += values[k]!
    if (values[k] === 0) zeros++
  }
  const mean = sum / n
  let squares = 0
  for (let k = 0; k < n; k++) {
    const d = values[k]! - mean
    squares += d * d
  }
  const std = Math.sqrt(squares / n)
  const counts = new Array<number>(BINS).fill(0)
  for (let k = 0; k < n; k++) {
    const x = std > 0 ? values[k]! / std : 0
    if (!(x >= -SPAN && x <= SPAN)) continue
    counts[Math.min(BINS - 1, Math.floor(((x + SPAN) / (2 * SPAN)) * BINS))]!++
  }
  return { layer, lo: -SPAN, hi: SPAN, counts, std, zeros: zeros / n }
}

/**
 * The forward pass of core's `propagateSignal` (the same weights, inputs and arithmetic, in float64),
 * one layer per step, keeping a histogram of the activations of the {@link shownLayers}: the values
 * divided by their layer's standard deviation, over ±4, so that every layer's shape shows whatever
 * its scale (which each histogram's `std` gives). Yields after each layer; returns the histograms.
 *
 * @example
 * ```ts
 * import { layerActivationSteps } from './layerActivations'
 * const options = { width: 16, batch: 8, depth: 4, activation: 'relu', normalization: 'none', residual: false, seed: 0 } as const
 * const steps = layerActivationSteps({ init: 'kaiming_normal' }, options)
 * let step = steps.next()
 * while (!step.done) step = steps.next()
 * step.value.map((h) => h.layer) // [1, 2, 3, 4]
 * ```
 */
export function* layerActivationSteps(
  spec: InitSpec,
  options: LayerActivationOptions,
): Generator<number, LayerHistogram[], void> {
  const { width, batch, depth, seed, normalization, residual } = options
  const { value } = differentiableActivations[options.activation]
  const weightPlan = plan(spec, [width, width], { layout: 'oi' })
  const inputPlan = plan({ init: 'normal', mean: 0, std: 1 }, [batch, width])
  let x = sample(inputPlan, { seed, key: 'signal.input', dtype: 'float64' }) as Float64Array
  const shown = new Set(shownLayers(depth))
  const histograms: LayerHistogram[] = []
  for (let layer = 0; layer < depth; layer++) {
    const w = sample(weightPlan, {
      seed,
      key: `layer.${layer}.weight`,
      dtype: 'float64',
    }) as Float64Array
    const h = new Float64Array(batch * width)
    for (let b = 0; b < batch; b++) {
      const row = b * width
      for (let o = 0; o < width; o++) {
        const weightRow = o * width
        let sum = 0
        for (let i = 0; i < width; i++) sum += w[weightRow + i]! * x[row + i]!
        h[row + o] = sum
      }
    }
    const z = normalization === 'none' ? h : normalize(normalization, h, batch, width)
    const out = new Float64Array(batch * width)
    for (let k = 0; k < out.length; k++) out[k] = residual ? x[k]! + value(z[k]!) : value(z[k]!)
    x = out
    if (shown.has(layer + 1)) histograms.push(layerHistogram(layer + 1, x))
    yield layer + 1
  }
  return histograms
}
