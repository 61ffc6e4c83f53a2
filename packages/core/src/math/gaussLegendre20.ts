/**
 * The 20-point Gauss–Legendre rule on [−1, 1]: the positive nodes in increasing order and their
 * weights; the rule uses each node with both signs.
 *
 * @remarks
 * Exact for polynomials of degree ≤ 39. Nodes are the roots of the Legendre polynomial P₂₀, found by
 * Newton's method at 50 digits (mpmath), and weights are 2/((1 − x²)·P₂₀′(x)²), each rounded to the
 * nearest double.
 * @example
 * ```ts
 * import { gaussLegendre20 } from './gaussLegendre20'
 * // ∫₋₁¹ x² dx = 2/3
 * const { nodes, weights } = gaussLegendre20
 * nodes.reduce((sum, x, i) => sum + 2 * weights[i]! * x * x, 0) // 0.6666666666666667
 * ```
 */
export const gaussLegendre20: {
  readonly nodes: readonly number[]
  readonly weights: readonly number[]
} = {
  nodes: [
    0.07652652113349734, 0.22778585114164507, 0.37370608871541955, 0.5108670019508271,
    0.636053680726515, 0.7463319064601508, 0.8391169718222188, 0.912234428251326,
    0.9639719272779138, 0.9931285991850949,
  ],
  weights: [
    0.15275338713072584, 0.14917298647260374, 0.14209610931838204, 0.13168863844917664,
    0.11819453196151841, 0.10193011981724044, 0.08327674157670475, 0.06267204833410907,
    0.04060142980038694, 0.017614007139152118,
  ],
}
