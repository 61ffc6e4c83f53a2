import {
  normalizeBackward,
  normalizeForward,
  type SignalNormalization,
} from './signalNormalization'

/** The shape and kind of every block of the network {@link propagateSignal} builds. */
export interface SignalLayerSetup {
  /** Inputs in the batch: rows of every `[batch, width]` array. */
  readonly batch: number
  /** Units per layer. */
  readonly width: number
  /** The nonlinearity, bound to its parameter. */
  readonly value: (x: number) => number
  /** Its derivative, bound to the same parameter. */
  readonly derivative: (x: number) => number
  /** What standardizes the pre-activation. */
  readonly normalization: SignalNormalization
  /** Whether the block adds its input to its output. */
  readonly residual: boolean
}

/** What the backward pass of one block needs from its forward pass. */
export interface SignalLayerCache {
  /** The weights, `[width (out), width (in)]` row-major. */
  readonly weights: Float64Array
  /** The pre-activation after normalization (the pre-activation itself without one). */
  readonly normalized: Float64Array
  /** 1/√(σ² + ε) per group of the normalization; empty without one. */
  readonly inverseStd: Float64Array
}

/**
 * One block forward: x → x′ = f(norm(x·Wᵀ)), plus x when residual; arrays `[batch, width]`
 * row-major, weights `[width (out), width (in)]`.
 *
 * @returns the block's output and what {@link signalLayerBackward} needs
 * @example
 * ```ts
 * import { signalLayerForward } from './signalLayer'
 * const setup = { batch: 1, width: 2, value: (x: number) => Math.max(x, 0), derivative: (x: number) => (x > 0 ? 1 : 0), normalization: 'none', residual: false } as const
 * signalLayerForward(Float64Array.of(1, -1), Float64Array.of(1, 0, 0, 1), setup).output // [1, 0]
 * ```
 */
export function signalLayerForward(
  x: Float64Array,
  weights: Float64Array,
  setup: SignalLayerSetup,
): { output: Float64Array; cache: SignalLayerCache } {
  const { batch, width, value, normalization, residual } = setup
  const h = new Float64Array(batch * width)
  // h[b, o] = Σ_i w[o, i] · x[b, i]
  for (let b = 0; b < batch; b++) {
    const row = b * width
    for (let o = 0; o < width; o++) {
      const weightRow = o * width
      let sum = 0
      for (let i = 0; i < width; i++) sum += weights[weightRow + i]! * x[row + i]!
      h[row + o] = sum
    }
  }
  let normalized: Float64Array = h
  let inverseStd: Float64Array = new Float64Array(0)
  if (normalization !== 'none') {
    normalized = new Float64Array(batch * width)
    inverseStd = normalizeForward(normalization, h, normalized, batch, width)
  }
  const output = new Float64Array(batch * width)
  for (let k = 0; k < output.length; k++) {
    const activated = value(normalized[k]!)
    output[k] = residual ? x[k]! + activated : activated
  }
  return { output, cache: { weights, normalized, inverseStd } }
}

/**
 * One block backward: given ∂L/∂x′ at the block's output, returns ∂L/∂x at its input, through the
 * activation, the normalization (exactly, see {@link normalizeBackward}) and the weights, plus
 * ∂L/∂x′ itself along the identity path when residual.
 *
 * @example
 * ```ts
 * import { signalLayerBackward, signalLayerForward } from './signalLayer'
 * const setup = { batch: 1, width: 2, value: (x: number) => x, derivative: () => 1, normalization: 'none', residual: true } as const
 * const { cache } = signalLayerForward(Float64Array.of(1, 2), Float64Array.of(0, 2, 0, 0), setup)
 * signalLayerBackward(Float64Array.of(1, 1), cache, setup) // [1, 3]: I + W transposed, times [1, 1]
 * ```
 */
export function signalLayerBackward(
  gradient: Float64Array,
  cache: SignalLayerCache,
  setup: SignalLayerSetup,
): Float64Array {
  const { batch, width, derivative, normalization, residual } = setup
  const { weights, normalized, inverseStd } = cache
  const local = new Float64Array(batch * width)
  for (let k = 0; k < local.length; k++) local[k] = gradient[k]! * derivative(normalized[k]!)
  let dh = local
  if (normalization !== 'none') {
    dh = new Float64Array(batch * width)
    normalizeBackward(normalization, local, normalized, inverseStd, dh, batch, width)
  }
  // g_in[b, i] = Σ_o dh[b, o] · w[o, i]
  const down = residual ? Float64Array.from(gradient) : new Float64Array(batch * width)
  for (let b = 0; b < batch; b++) {
    const row = b * width
    for (let o = 0; o < width; o++) {
      const d = dh[row + o]!
      if (d === 0) continue
      const weightRow = o * width
      for (let i = 0; i < width; i++) down[row + i] = down[row + i]! + d * weights[weightRow + i]!
    }
  }
  return down
}
