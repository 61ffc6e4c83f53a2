import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import { integrate } from '../math/integrate'
import { normalPdf } from '../math/normalPdf'

/** The integral runs over [−LIMIT, LIMIT]; φ(16) ≈ 1.5e-56, so the rest is negligible. */
const LIMIT = 16

/** Relative error asked of E[f(z)²]. */
const TOLERANCE = 1e-13

/**
 * The variance-preserving gain of an activation f: 1/√E[f(z)²] for z ~ N(0, 1), by deterministic
 * quadrature, accurate to about 1e-13 relative for smooth and piecewise-smooth activations.
 *
 * @param activation - the activation f, called with numbers in (−16, 16); must return finite numbers
 * @throws `INVALID_ARGUMENT` when `activation` is not a function, returns anything but a finite
 *   number, has E[f(z)²] = 0 (f vanishes at every quadrature point), or has tails too heavy for
 *   E[f(z)²] to be computed (f² grows about as fast as e^(z²/2))
 * @remarks
 * He et al. (2015): for y = W·x with n inputs, independent zero-mean weights and x = f(previous y),
 * Var[y] = n·Var[w]·E[x²]. If the pre-activations are ≈ N(0, v), keeping v from layer to layer needs
 * Var[w] = 1/(n·E[f(z)²]) (for a positively homogeneous f such as ReLU, exactly; otherwise at v = 1),
 * so gain² = 1/E[f(z)²]. ReLU gives √2 (PyTorch's value), leaky ReLU with slope s gives
 * √(2/(1 + s²)), the identity gives 1, tanh gives 1.5925 (PyTorch uses 5/3).
 *
 * E[f(z)²] = ∫ f(z)²φ(z) dz over [−16, 16], split into unit intervals so that kinks at integers
 * (ReLU's at 0, hardswish's at ±3, ReLU6's at 6) fall on interval ends, each integrated by adaptive
 * Gauss–Kronrod ({@link integrate}) to 1e-13 of a first estimate of the total; kinks elsewhere are
 * found by the adaptive halving. Deterministic: φ comes from {@link normalPdf} (built on
 * `exp64`) and the quadrature uses only `+ − × ÷`, so the result is the same on every JavaScript
 * engine whenever the activation is (those in {@link activations} are; one written with
 * `Math.exp` or `Math.tanh` may differ between engines in its last bits).
 * @example
 * ```ts
 * import { numericGain } from '@weightinit/core/math'
 * numericGain((x) => Math.max(x, 0)) // 1.414213562373095 (√2 to 1 ulp)
 * numericGain(Math.tanh) // 1.5925374197228312
 * ```
 */
export function numericGain(activation: (x: number) => number): number {
  if (typeof activation !== 'function') {
    fail(
      'INVALID_ARGUMENT',
      `numericGain needs the activation as a function, got ${typeof activation}`,
      {
        activation,
      },
    )
  }
  const integrand = (z: number) => {
    const value: unknown = activation(z)
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      fail(
        'INVALID_ARGUMENT',
        `the activation returned ${describeValue(value)} at z = ${z}; it must return a finite number for every z`,
        { z, value },
      )
    }
    return value * value * normalPdf(z)
  }
  const starts = Array.from({ length: 2 * LIMIT }, (_, i) => i - LIMIT)
  // a first, non-adaptive pass sets the scale of the absolute tolerance
  const rough = starts.reduce(
    (sum, a) => sum + integrate(integrand, a, a + 1, Number.POSITIVE_INFINITY),
    0,
  )
  if (!(rough > 0)) {
    fail('INVALID_ARGUMENT', 'the activation has E[f(z)²] = 0 for z ~ N(0, 1), so it has no gain', {
      secondMoment: rough,
    })
  }
  const share = (TOLERANCE * rough) / starts.length
  const pieces = starts.map((a) => integrate(integrand, a, a + 1, share))
  const secondMoment = pieces.reduce((sum, piece) => sum + piece, 0)
  const outermost = Math.max(pieces[0]!, pieces[pieces.length - 1]!)
  if (!Number.isFinite(secondMoment) || outermost > TOLERANCE * secondMoment) {
    fail(
      'INVALID_ARGUMENT',
      `the activation grows too fast for E[f(z)²] to be computed: |z| from ${LIMIT - 1} to ${LIMIT} still contributes ${outermost}`,
      { secondMoment, outermost },
    )
  }
  return 1 / Math.sqrt(secondMoment)
}
