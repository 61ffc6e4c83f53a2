import type { ActivationName } from './activations'

/**
 * The variance-preserving gains of weightinit's extra activations: 1/√E[f(z)²] for z ~ N(0, 1).
 *
 * @remarks
 * He et al. (2015, "Delving deep into rectifiers", §2.2): for y = W·x with n inputs, independent
 * zero-mean weights and x = f(previous y), Var[y] = n·Var[w]·E[x²]. Keeping the pre-activation
 * variance equal from layer to layer therefore needs Var[w] = 1/(n·E[f(z)²]) with z ~ N(0, 1), i.e.
 * gain² = 1/E[f(z)²]. For ReLU, E[f(z)²] = ½ gives PyTorch's √2; for leaky ReLU with slope s,
 * (1 + s²)/2 gives PyTorch's formula.
 *
 * Each constant is E[f(z)²] = ∫ f(z)²φ(z) dz computed by mpmath 1.3 at 40 digits (tanh-sinh
 * quadrature split at 0, ±3, ±6, ±12, kinks included) and checked at 50 digits with Gauss–Legendre
 * on 80 panels over [−20, 20], then 1/√· rounded to the nearest double. The tests recompute each with
 * {@link numericGain}. Closed forms where they exist: ELU (α = 1), E = ½ + ½ + e²Φ(−2) − 2√e·Φ(−1)
 * = 0.64494541749292386; ReLU6, E = ½ + 35·Φ(−6) − 6φ(6) = 0.49999999807527048.
 * For comparison, tanh's second-moment gain is 1.5925374197228315, not torch's 5/3.
 * @example
 * ```ts
 * import { secondMomentGains } from '@weightinit/core/catalogue'
 * secondMomentGains.gelu // 1.5335304411955353
 * ```
 */
export const secondMomentGains = {
  /** E[(zΦ(z))²] = 0.42522148257029867. */
  gelu: 1.5335304411955353,
  /** E[f(z)²] = 0.42519371103309945 for the tanh approximation of GELU. */
  gelu_tanh: 1.533580521666147,
  /** E[(zσ(z))²] = 0.35577551981735216. */
  silu: 1.676532470331091,
  /** E[elu(z)²] = 0.64494541749292386 with α = 1. */
  elu: 1.2451983007007066,
  /** E[(z·tanh(softplus z))²] = 0.45234219237588277. */
  mish: 1.486847581273208,
  /** E[softplus(z)²] = 0.92124590885930028 with β = 1. */
  softplus: 1.0418668355353018,
  /** E[relu6(z)²] = 0.49999999807527048: ReLU's ½ less the clipped tail beyond 6. */
  relu6: 1.4142135650950736,
  /** E[(z·relu6(z + 3)/6)²] = 0.33156737513790769. */
  hardswish: 1.7366572127665416,
} as const satisfies Record<ActivationName, number>
