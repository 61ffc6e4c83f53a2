import { exp64 } from '../math/exp64'
import { expm1_64 } from '../math/expm1_64'
import { log1p64 } from '../math/log1p64'
import { normalCdf } from '../math/normalCdf'
import { tanh64 } from '../math/tanh64'

const SQRT_TWO_OVER_PI = Math.sqrt(2 / Math.PI)

/** softplus(x) = ln(1 + eˣ), written so that it neither overflows nor loses digits for large |x|. */
function softplus(x: number): number {
  return Math.max(x, 0) + log1p64(exp64(-Math.abs(x)))
}

/** min(max(x, 0), 6). */
function relu6(x: number): number {
  return Math.min(Math.max(x, 0), 6)
}

/**
 * The activation functions behind weightinit's extra gains, as used by PyTorch (`torch.nn.functional`)
 * and Keras. `elu` takes `alpha` and `softplus` takes `beta` as a second argument.
 *
 * @remarks
 * - gelu: x·Φ(x) (the exact, erf-based GELU)
 * - gelu_tanh: ½x·(1 + tanh(√(2/π)·(x + 0.044715x³))) (`approximate='tanh'`)
 * - silu (swish): x·σ(x) = x/(1 + e⁻ˣ)
 * - elu: x for x > 0, α(eˣ − 1) otherwise (α = 1 by default)
 * - mish: x·tanh(softplus(x))
 * - softplus: ln(1 + e^(βx))/β (β = 1 by default); PyTorch switches to x above βx = 20, which
 *   changes E[f(z)²] by less than 1e-80, so the exact form is used
 * - relu6: min(max(x, 0), 6)
 * - hardswish: x·relu6(x + 3)/6
 *
 * Built on `exp64`, `expm1_64`, `log1p64` and `tanh64` rather than
 * `Math.*`, so each gives the same bits on every JavaScript engine, and so does {@link numericGain}
 * of it (the gain `explainGain` derives for a non-default `elu` α or `softplus` β).
 * @example
 * ```ts
 * import { numericGain } from '@weightinit/core/math'
 * import { activations } from '@weightinit/core/catalogue'
 * numericGain((x) => activations.elu(x, 0.5)) // the gain for ELU with α = 0.5
 * ```
 */
export const activations = {
  gelu: (x: number) => x * normalCdf(x),
  gelu_tanh: (x: number) => 0.5 * x * (1 + tanh64(SQRT_TWO_OVER_PI * (x + 0.044715 * x * x * x))),
  silu: (x: number) => x / (1 + exp64(-x)),
  elu: (x: number, alpha = 1) => (x > 0 ? x : alpha * expm1_64(x)),
  mish: (x: number) => x * tanh64(softplus(x)),
  softplus: (x: number, beta = 1) => softplus(beta * x) / beta,
  relu6,
  hardswish: (x: number) => (x * relu6(x + 3)) / 6,
} as const

/** A nonlinearity weightinit defines by its function (see {@link activations}). */
export type ActivationName = keyof typeof activations
