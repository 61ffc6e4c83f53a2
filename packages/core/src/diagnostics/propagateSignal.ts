import type { InitName } from '../catalogue/aliases'
import type { InitSpec } from '../catalogue/initSpec'
import type { SignalPropagationOptions } from './signalPropagationOptions'
import { type SignalPropagation, signalPropagationSteps } from './signalPropagationSteps'

/**
 * Measures how an initializer carries a signal through depth: pushes a batch of N(0, 1) inputs
 * through `depth` square dense layers whose weights `spec` draws, each followed by the activation
 * (after an optional batch or layer normalization, optionally residual), then sends a N(0, 1)
 * gradient back down, and records the spread at every layer both ways.
 *
 * @param spec - the initializer of every layer's weights (biases are zero), planned for shape
 *   `[width, width]` in layout `oi`; layer l's weights are sampled with key `layer.${l}.weight`, so
 *   they do not depend on the other layers
 * @param options - activation (default `'linear'`), width (128), batch (64), depth (50), seed (0),
 *   normalization (`'none'`), residual (false); see {@link SignalPropagationOptions}
 * @returns the standard deviation of the activations after each layer (`forward`) and of the
 *   gradient at each layer's input (`backward`)
 * @throws `INVALID_ARGUMENT` for a width, batch or depth that is not a positive safe integer, a
 *   batch below 2 with batch normalization, an unknown option name; `UNKNOWN_NAME` for an unknown
 *   activation or normalization; `INVALID_OPTION` for a bad activation parameter; and whatever
 *   `plan` and `sample` throw for the spec and the seed. All before any work.
 *
 * @remarks
 * Layer l computes h = x·Wᵀ (x is `[batch, width]`), z = norm(h), x′ = f(z), plus x when residual.
 * `'batch'` standardizes each unit over the batch, `'layer'` each input over the units, as PyTorch's
 * `BatchNorm1d` in training mode and `LayerNorm` do with γ = 1, β = 0, ε = 1e-5. The backward pass
 * is exact, through the normalization's statistics too: the gradient of L = Σ g·x_depth with g the
 * top gradient. The inputs and the top gradient are N(0, 1) with stream keys `signal.input` and
 * `signal.gradient`.
 *
 * Everything runs in float64, so a vanishing signal can be followed far below float32's range, and
 * every function is core's deterministic math ({@link differentiableActivations}), so a run gives
 * the same bits in every browser and in Node. A run is about 2·depth·batch·width² multiply-adds
 * (100 million with the defaults); {@link signalPropagationSteps} does the same work a layer at a
 * time.
 * @example
 * ```ts
 * import { propagateSignal } from '@weightinit/core'
 * const he = propagateSignal({ init: 'kaiming_normal', nonlinearity: 'relu' }, { activation: 'relu' })
 * he.forward[0] // 0.8244467684956923
 * he.forward[49] // 1.5934576752829486: He keeps the scale through 50 ReLU layers
 * const xavier = propagateSignal({ init: 'xavier_normal' }, { activation: 'relu' })
 * xavier.forward[49] // 4.7488739349929794e-8: ReLU halves the variance at each layer
 * ```
 */
export function propagateSignal(
  spec: InitSpec | InitName,
  options: SignalPropagationOptions = {},
): SignalPropagation {
  const steps = signalPropagationSteps(spec, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
