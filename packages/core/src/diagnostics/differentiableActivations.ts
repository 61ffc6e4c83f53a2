import { activations } from '../gain/activations'
import { exp64 } from '../math/exp64'
import { expm1_64 } from '../math/expm1_64'
import { log1p64 } from '../math/log1p64'
import { normalCdf } from '../math/normalCdf'
import { normalPdf } from '../math/normalPdf'
import { tanh64 } from '../math/tanh64'

/**
 * SELU's α and λ: the doubles nearest PyTorch's 1.6732632423543772848170429916717 and
 * 1.0507009873554804934193349852946 (`torch.nn.SELU`, Klambauer et al. 2017).
 */
const SELU_ALPHA = 1.6732632423543772
const SELU_SCALE = 1.0507009873554805

/** √(2/π), GELU's tanh approximation's factor. */
const SQRT_TWO_OVER_PI = Math.sqrt(2 / Math.PI)
/** The cubic coefficient of GELU's tanh approximation. */
const GELU_CUBIC = 0.044715

/** 1/(1 + e⁻ˣ), from e^(−|x|) so that it neither overflows nor loses the tail. */
function sigmoid(x: number): number {
  const e = exp64(-Math.abs(x))
  return x >= 0 ? 1 / (1 + e) : e / (1 + e)
}

/** σ′(x) = σ(x)·σ(−x) = e^(−|x|)/(1 + e^(−|x|))². */
function sigmoidDerivative(x: number): number {
  const e = exp64(-Math.abs(x))
  const d = 1 + e
  return e / (d * d)
}

/** ln(1 + eˣ), overflow-free. */
function softplus(x: number): number {
  return Math.max(x, 0) + log1p64(exp64(-Math.abs(x)))
}

/** One activation: its value and its derivative, each given the optional parameter. */
export interface DifferentiableActivation {
  /** f(x). */
  readonly value: (x: number, parameter?: number) => number
  /** f′(x), in closed form. */
  readonly derivative: (x: number, parameter?: number) => number
}

/**
 * Every activation weightinit's gains know, with its derivative in closed form: PyTorch's
 * (`linear`, `sigmoid`, `tanh`, `relu`, `leaky_relu`, `selu`) and those of {@link activations}.
 * `leaky_relu` takes its negative slope (default 0.01), `elu` its α (default 1) and `softplus` its
 * β (default 1) as the second argument.
 *
 * @remarks
 * | activation | f′(x) |
 * |---|---|
 * | linear | 1 |
 * | sigmoid | σ(x)·(1 − σ(x)) |
 * | tanh | 1 − tanh²x |
 * | relu | 1 for x > 0, else 0 |
 * | leaky_relu | 1 for x > 0, else s |
 * | selu | λ for x > 0, else λα·eˣ (α = 1.6732632…, λ = 1.0507009…) |
 * | gelu | Φ(x) + x·φ(x) |
 * | gelu_tanh | ½(1 + t) + ½x(1 − t²)·√(2/π)(1 + 3·0.044715x²), t = tanh(√(2/π)(x + 0.044715x³)) |
 * | silu | σ(x)·(1 + x·σ(−x)) |
 * | elu | 1 for x > 0, else α·eˣ |
 * | mish | tanh(sp) + x·(1 − tanh²(sp))·σ(x), sp = softplus(x) |
 * | softplus | σ(βx) |
 * | relu6 | 1 for 0 < x < 6, else 0 |
 * | hardswish | 0 for x < −3, (2x + 3)/6 for −3 ≤ x ≤ 3, 1 above |
 *
 * At a kink the derivative is PyTorch's choice in its backward pass (ReLU's is 0 at 0, leaky ReLU's
 * is s, ELU's and SELU's take the left branch). Built on `exp64`, `tanh64`,
 * `log1p64`, {@link normalCdf} and {@link normalPdf}, never `Math.exp` or `Math.tanh`, so every
 * value is the same bits on every JavaScript engine.
 * @example
 * ```ts
 * import { differentiableActivations } from '@weightinit/core'
 * const { value, derivative } = differentiableActivations.tanh
 * value(0.5) // 0.46211715726000974
 * derivative(0.5) // 0.7864477329659274
 * differentiableActivations.leaky_relu.derivative(-1, 0.2) // 0.2
 * ```
 */
export const differentiableActivations = {
  linear: { value: (x: number) => x, derivative: () => 1 },
  sigmoid: { value: sigmoid, derivative: sigmoidDerivative },
  tanh: {
    value: tanh64,
    derivative: (x: number) => {
      const t = tanh64(x)
      return 1 - t * t
    },
  },
  relu: { value: (x: number) => Math.max(x, 0), derivative: (x: number) => (x > 0 ? 1 : 0) },
  leaky_relu: {
    value: (x: number, negativeSlope = 0.01) => (x > 0 ? x : negativeSlope * x),
    derivative: (x: number, negativeSlope = 0.01) => (x > 0 ? 1 : negativeSlope),
  },
  selu: {
    value: (x: number) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * expm1_64(x)),
    derivative: (x: number) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * exp64(x)),
  },
  gelu: {
    value: activations.gelu,
    derivative: (x: number) => normalCdf(x) + x * normalPdf(x),
  },
  gelu_tanh: {
    value: activations.gelu_tanh,
    derivative: (x: number) => {
      const t = tanh64(SQRT_TWO_OVER_PI * (x + GELU_CUBIC * x * x * x))
      const inner = SQRT_TWO_OVER_PI * (1 + 3 * GELU_CUBIC * x * x)
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * inner
    },
  },
  silu: {
    value: activations.silu,
    derivative: (x: number) => sigmoid(x) * (1 + x * sigmoid(-x)),
  },
  elu: {
    value: activations.elu,
    derivative: (x: number, alpha = 1) => (x > 0 ? 1 : alpha * exp64(x)),
  },
  mish: {
    value: activations.mish,
    derivative: (x: number) => {
      const t = tanh64(softplus(x))
      return t + x * (1 - t * t) * sigmoid(x)
    },
  },
  softplus: {
    value: activations.softplus,
    derivative: (x: number, beta = 1) => sigmoid(beta * x),
  },
  relu6: {
    value: activations.relu6,
    derivative: (x: number) => (x > 0 && x < 6 ? 1 : 0),
  },
  hardswish: {
    value: activations.hardswish,
    derivative: (x: number) => (x < -3 ? 0 : x > 3 ? 1 : (2 * x + 3) / 6),
  },
} as const satisfies Record<string, DifferentiableActivation>

/** A name of {@link differentiableActivations}: a nonlinearity without aliases or conv names. */
export type DifferentiableActivationName = keyof typeof differentiableActivations
