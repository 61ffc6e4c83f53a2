import {
  type DifferentiableActivationName,
  type InitSpec,
  type SignalNormalization,
  signalPropagationSteps,
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
 * The forward pass of core's `propagateSignal` (its `signalPropagationSteps`, stopped after the
 * forward phase), one layer per step, keeping a histogram of the activations of the {@link shownLayers}: the values
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
  const shown = new Set(shownLayers(options.depth))
  const histograms: LayerHistogram[] = []
  for (const step of signalPropagationSteps(spec, options)) {
    // the forward pass is all the plot needs: leaving the loop skips the backward one
    if (step.phase !== 'forward' || step.activations === undefined) break
    const layer = step.layer + 1
    if (shown.has(layer)) histograms.push(layerHistogram(layer, step.activations))
    yield layer
  }
  return histograms
}
