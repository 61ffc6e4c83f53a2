import type { InitName } from '../catalogue/aliases'
import type { InitSpec } from '../catalogue/initSpec'
import { plan } from '../plan/plan'
import type { Plan } from '../plan/planTypes'
import { sample } from '../sample/sample'
import { type SignalLayerCache, signalLayerBackward, signalLayerForward } from './signalLayer'
import {
  type ResolvedSignalOptions,
  resolveSignalOptions,
  type SignalPropagationOptions,
} from './signalPropagationOptions'
import { standardDeviation } from './standardDeviation'

/**
 * What one signal-propagation run measured: a standard deviation per layer, going forward and
 * coming back.
 *
 * @example
 * ```ts
 * import { propagateSignal, type SignalPropagation } from '@weightinit/core'
 * const run: SignalPropagation = propagateSignal({ init: 'lecun_normal' }, { depth: 3 })
 * run.forward.length // 3
 * ```
 */
export interface SignalPropagation {
  /**
   * `forward[l]`: the std of the activations after layer l (its output, with the identity path when
   * residual), over the batch and the units; l = 0 … depth − 1.
   */
  readonly forward: readonly number[]
  /**
   * `backward[l]`: the std of the gradient with respect to layer l's input, for a N(0, 1) gradient
   * with respect to the last layer's output.
   */
  readonly backward: readonly number[]
}

/**
 * How far a run has got: layer `layer` has just been computed going `phase`; `completed` of `total`
 * (2·depth) layer passes are done.
 *
 * @example
 * ```ts
 * import type { SignalProgress } from '@weightinit/core'
 * const report = (p: SignalProgress) => `${Math.round((100 * p.completed) / p.total)}%`
 * ```
 */
export interface SignalProgress {
  /** Forward (layer 0 first) or backward (layer depth − 1 first). */
  readonly phase: 'forward' | 'backward'
  /** The layer just computed, 0-based. */
  readonly layer: number
  /** Layer passes done, 1 … total. */
  readonly completed: number
  /** Layer passes in the run: 2·depth. */
  readonly total: number
  /**
   * Forward steps only: the layer's output, `[batch, width]` row-major (the next layer's input:
   * read it, do not change it). A caller that wants the activations alone can stop after the
   * forward phase (`return()` on the generator, or `break` out of a `for … of`): the backward pass
   * is then never computed.
   */
  readonly activations?: Float64Array
}

/** The stream keys of the input batch and of the gradient sent back from the top. */
const INPUT_KEY = 'signal.input'
const GRADIENT_KEY = 'signal.gradient'

/** The stream key of layer l's weights. */
function weightKey(layer: number): string {
  return `layer.${layer}.weight`
}

/** `[batch, width]` standard normals in float64 from the stream `(seed, key)`. */
function standardNormals(options: ResolvedSignalOptions, key: string): Float64Array {
  const normal = plan({ init: 'normal', mean: 0, std: 1 }, [options.batch, options.width])
  return sample(normal, { seed: options.seed, key, dtype: 'float64' })
}

/**
 * The computation of {@link propagateSignal}, one layer per step: a generator that yields a
 * {@link SignalProgress} after each layer, forward then backward, and returns the
 * {@link SignalPropagation}. Drive it in small slices to keep a page responsive, report progress, or
 * stop early by no longer calling `next()`.
 *
 * @param spec - the initializer of every layer's weights, planned for shape `[width, width]` in
 *   layout `oi` (PyTorch's `Linear`: fan in = fan out = width)
 * @param options - the network and the run, see {@link SignalPropagationOptions}
 * @returns the generator; the spec and the options are checked now, before it runs (same errors as
 *   {@link propagateSignal})
 *
 * @remarks Pure: no timers, no workers, no I/O. The same arguments give the same bits on every
 * platform and engine, and the same result as {@link propagateSignal}.
 * @example
 * ```ts
 * import { signalPropagationSteps } from '@weightinit/core'
 * const steps = signalPropagationSteps({ init: 'kaiming_normal', nonlinearity: 'relu' }, { activation: 'relu', depth: 10 })
 * let step = steps.next()
 * while (!step.done) {
 *   console.log(`${step.value.completed} of ${step.value.total}`)
 *   step = steps.next()
 * }
 * step.value.forward // 10 standard deviations from 0.78 to 0.90
 * ```
 */
export function signalPropagationSteps(
  spec: InitSpec | InitName,
  options: SignalPropagationOptions = {},
): Generator<SignalProgress, SignalPropagation, void> {
  const resolved = resolveSignalOptions(options)
  const weightPlan = plan(spec, [resolved.width, resolved.width], { layout: 'oi' })
  return run(weightPlan, resolved)
}

function* run(
  weightPlan: Plan,
  options: ResolvedSignalOptions,
): Generator<SignalProgress, SignalPropagation, void> {
  const { depth, seed } = options
  const total = 2 * depth
  const caches: (SignalLayerCache | undefined)[] = []
  const forward: number[] = []
  let x = standardNormals(options, INPUT_KEY)
  for (let layer = 0; layer < depth; layer++) {
    const weights = sample(weightPlan, { seed, key: weightKey(layer), dtype: 'float64' })
    const { output, cache } = signalLayerForward(x, weights, options)
    caches.push(cache)
    forward.push(standardDeviation(output))
    x = output
    yield { phase: 'forward', layer, completed: layer + 1, total, activations: output }
  }
  const backward: number[] = new Array(depth)
  let gradient = standardNormals(options, GRADIENT_KEY)
  for (let layer = depth - 1; layer >= 0; layer--) {
    gradient = signalLayerBackward(gradient, caches[layer]!, options)
    caches[layer] = undefined // free each layer's weights as soon as they are used
    backward[layer] = standardDeviation(gradient)
    yield { phase: 'backward', layer, completed: total - layer, total }
  }
  return { forward, backward }
}
