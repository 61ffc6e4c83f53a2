import { calculateGain, type InitSpec, plan, sample } from '@weightinit/core'

/** The activations the signal-propagation experiment can put between layers. */
export const signalActivations = ['tanh', 'relu', 'linear'] as const

/** An activation of the experiment. */
export type SignalActivation = (typeof signalActivations)[number]

/** The size of the experiment: a stack of `depth` square dense layers of `width` units, `batch` inputs. */
export interface SignalOptions {
  /** Units per layer (default 128). */
  readonly width?: number
  /** Inputs pushed through together (default 64). */
  readonly batch?: number
  /** Layers (default 50). */
  readonly depth?: number
  /** The seed of the weights and the inputs (default 0). */
  readonly seed?: number
}

/** What one run measured: a standard deviation per layer, forward and backward. */
export interface SignalResult {
  /** The std of the activations after layer l + 1 (l = 0 … depth − 1), over the batch and the units. */
  readonly forward: readonly number[]
  /** The std of the gradient with respect to the input of layer l + 1, for a N(0, 1) gradient at the top. */
  readonly backward: readonly number[]
}

type Fn = (x: number) => number

const functions: Record<SignalActivation, { f: Fn; df: Fn }> = {
  tanh: {
    f: Math.tanh,
    df: (x) => {
      const t = Math.tanh(x)
      return 1 - t * t
    },
  },
  relu: { f: (x) => Math.max(x, 0), df: (x) => (x > 0 ? 1 : 0) },
  linear: { f: (x) => x, df: () => 1 },
}

/** The standard deviation of all the values (population form). */
export function standardDeviation(values: ArrayLike<number>): number {
  const n = values.length
  if (n === 0) return Number.NaN
  let sum = 0
  for (let i = 0; i < n; i++) sum += values[i]!
  const mean = sum / n
  let squares = 0
  for (let i = 0; i < n; i++) {
    const d = values[i]! - mean
    squares += d * d
  }
  return Math.sqrt(squares / n)
}

/**
 * The weight matrix of layer `index`, `[width (out), width (in)]` row-major, sampled by core.
 *
 * @remarks Each layer has its own stream key, so layer 7's weights do not depend on how many layers
 * were drawn before it.
 */
export function layerWeights(
  spec: InitSpec,
  width: number,
  index: number,
  seed: number,
): Float64Array {
  const p = plan(spec, [width, width], { layout: 'oi' })
  return Float64Array.from(sample(p, { seed, key: `layer.${index}.weight` }))
}

/**
 * Pushes a N(0, 1) batch through `depth` dense layers initialized by `spec`, each followed by
 * `activation`, then a N(0, 1) gradient back down, and measures the spread at every layer.
 *
 * @param spec - the initializer of every layer's weights (biases are zero)
 * @param activation - the nonlinearity after every layer
 * @param options - width, batch, depth and seed
 * @returns the std of the activations and of the gradients, per layer
 *
 * @remarks
 * Computed in float64 so that vanishing signals can be followed far below float32's range. With the
 * defaults (128 units, 64 inputs, 50 layers) a run is about 100 million multiply-adds; see
 * {@link propagateAsync} to keep a page responsive meanwhile.
 *
 * @example
 * ```ts
 * const { forward } = propagate({ init: 'kaiming_normal', nonlinearity: 'relu' }, 'relu')
 * forward[49] // ≈ 1: He keeps the signal's scale through 50 ReLU layers
 * ```
 */
export function propagate(
  spec: InitSpec,
  activation: SignalActivation,
  options: SignalOptions = {},
): SignalResult {
  const steps = propagateSteps(spec, activation, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Resolves after the browser (or Node) has had a chance to handle events. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * {@link propagate}, giving the event loop a turn about every 12 ms of work so that a page stays
 * responsive. Rejects with an `AbortError` when `signal` is aborted.
 */
export async function propagateAsync(
  spec: InitSpec,
  activation: SignalActivation,
  options: SignalOptions = {},
  signal?: AbortSignal,
): Promise<SignalResult> {
  const steps = propagateSteps(spec, activation, options)
  let last = performance.now()
  for (;;) {
    signal?.throwIfAborted()
    const step = steps.next()
    if (step.done) return step.value
    if (performance.now() - last > 12) {
      await yieldToEventLoop()
      last = performance.now()
    }
  }
}

/** The computation of {@link propagate}, one layer per step. */
function* propagateSteps(
  spec: InitSpec,
  activation: SignalActivation,
  options: SignalOptions,
): Generator<void, SignalResult, void> {
  const width = options.width ?? 128
  const batch = options.batch ?? 64
  const depth = options.depth ?? 50
  const seed = options.seed ?? 0
  const { f, df } = functions[activation]
  const input = sample(plan({ init: 'normal' }, [batch, width]), { seed, key: 'signal.input' })
  let x = Float64Array.from(input)
  const weights: Float64Array[] = []
  const preActivations: Float64Array[] = []
  const forward: number[] = []
  for (let layer = 0; layer < depth; layer++) {
    const w = layerWeights(spec, width, layer, seed)
    weights.push(w)
    const h = new Float64Array(batch * width)
    // h[b, o] = Σ_i w[o, i] · x[b, i]
    for (let b = 0; b < batch; b++) {
      const xRow = b * width
      for (let o = 0; o < width; o++) {
        const wRow = o * width
        let sum = 0
        for (let i = 0; i < width; i++) sum += w[wRow + i]! * x[xRow + i]!
        h[xRow + o] = sum
      }
    }
    preActivations.push(h)
    const next = new Float64Array(batch * width)
    for (let k = 0; k < next.length; k++) next[k] = f(h[k]!)
    forward.push(standardDeviation(next))
    x = next
    yield
  }
  const top = sample(plan({ init: 'normal' }, [batch, width]), { seed, key: 'signal.gradient' })
  let g = Float64Array.from(top)
  const backward: number[] = new Array(depth)
  for (let layer = depth - 1; layer >= 0; layer--) {
    const w = weights[layer]!
    const h = preActivations[layer]!
    const local = new Float64Array(batch * width)
    for (let k = 0; k < local.length; k++) local[k] = g[k]! * df(h[k]!)
    // g_in[b, i] = Σ_o local[b, o] · w[o, i]
    const down = new Float64Array(batch * width)
    for (let b = 0; b < batch; b++) {
      const row = b * width
      for (let o = 0; o < width; o++) {
        const d = local[row + o]!
        if (d === 0) continue
        const wRow = o * width
        for (let i = 0; i < width; i++) down[row + i] = down[row + i]! + d * w[wRow + i]!
      }
    }
    backward[layer] = standardDeviation(down)
    g = down
    yield
  }
  return { forward, backward }
}

/** One curve of the guide's experiment: an initializer, with the gain that suits the activation. */
export interface SignalCase {
  readonly label: string
  readonly spec: (activation: SignalActivation) => InitSpec
}

/** The initializers compared on the signal-propagation page. */
export const signalCases: readonly SignalCase[] = [
  { label: 'zeros', spec: () => ({ init: 'zeros' }) },
  { label: 'normal, std 0.01', spec: () => ({ init: 'normal', std: 0.01 }) },
  { label: 'normal, std 1 (torch.normal_ default)', spec: () => ({ init: 'normal', std: 1 }) },
  { label: 'Xavier (xavier_normal)', spec: () => ({ init: 'xavier_normal' }) },
  {
    label: 'He (kaiming_normal, relu)',
    spec: () => ({ init: 'kaiming_normal', nonlinearity: 'relu' }),
  },
  {
    label: 'orthogonal, gain for the activation',
    spec: (activation) => ({ init: 'orthogonal', gain: calculateGain(activation) }),
  },
]
