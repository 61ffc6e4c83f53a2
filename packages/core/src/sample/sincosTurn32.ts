const fr = Math.fround

/**
 * sin(2πr) ≈ r·(S0 + z·(S1 + z·(S2 + z·S3))), z = r², minimax (relative) on |r| ≤ 1/8 with S0 fixed
 * to float32(2π). Bits: 0x40c90fdb, 0xc2255e12, 0x42a3403a, 0xc299887c.
 */
const S0 = 6.2831854820251465
const S1 = -41.34186553955078
const S2 = 81.62544250488281
const S3 = -76.76657104492188
/**
 * cos(2πr) ≈ 1 + z·(C0 + z·(C1 + z·(C2 + z·C3))), z = r², minimax (absolute) on |r| ≤ 1/8.
 * Bits: 0xc19de9e6, 0x4281e0ef, 0xc2aae332, 0x426cfbde.
 */
const C0 = -19.739208221435547
const C1 = 64.93932342529297
const C2 = -85.44374084472656
const C3 = 59.24596405029297

/**
 * sin(2πr) in float32 for a reduced argument |r| ≤ 1/8: the sine polynomial of {@link sincosTurn32}.
 *
 * @param r - a float32 in [−1/8, 1/8]
 * @returns `r·(S0 + z·(S1 + z·(S2 + z·S3)))` with z = r², every operation rounded to float32
 *
 * @remarks Error ≤ 1.57 ulp over every r = j·2^-24 (checked exhaustively); coefficients in `SAMPLING.md`.
 *
 * @example
 * ```ts
 * import { sinTurnReduced32 } from './sincosTurn32'
 * sinTurnReduced32(0.125) // ≈ Math.SQRT1_2
 * ```
 */
export function sinTurnReduced32(r: number): number {
  const z = fr(r * r)
  return fr(r * fr(S0 + fr(z * fr(S1 + fr(z * fr(S2 + fr(z * S3)))))))
}

/**
 * cos(2πr) in float32 for a reduced argument |r| ≤ 1/8: the cosine polynomial of {@link sincosTurn32}.
 *
 * @param r - a float32 in [−1/8, 1/8]
 * @returns `1 + z·(C0 + z·(C1 + z·(C2 + z·C3)))` with z = r², every operation rounded to float32
 *
 * @remarks Error ≤ 1.21 ulp over every r = j·2^-24 (checked exhaustively); coefficients in `SAMPLING.md`.
 *
 * @example
 * ```ts
 * import { cosTurnReduced32 } from './sincosTurn32'
 * cosTurnReduced32(0) // 1
 * ```
 */
export function cosTurnReduced32(r: number): number {
  const z = fr(r * r)
  return fr(1 + fr(z * fr(C0 + fr(z * fr(C1 + fr(z * fr(C2 + fr(z * C3))))))))
}

/**
 * The sine and cosine of a fraction of a turn, sin(2πu) and cos(2πu), in float32, the same bits on
 * every engine: the angle of the float32 Box–Muller sampler.
 *
 * @param u - a number, rounded to float32 first; meant for [0, 1) (any |u| < 2^21 works)
 * @returns `[sin, cos]`, each within 1.6 ulp of the exact value
 *
 * @remarks
 * Reduction in turns is exact: q = ⌊4u + ½⌋ (evaluated in binary64, exact for a float32 u),
 * r = u − q/4 in [−1/8, 1/8] (exact). With s = {@link sinTurnReduced32}(r) and
 * c = {@link cosTurnReduced32}(r), the quadrant q mod 4 picks
 * `[s, c]`, `[c, −s]`, `[−s, −c]` or `[−c, s]`. Working in turns rather than radians means there is
 * no π to round and no range-reduction error.
 *
 * @example
 * ```ts
 * import { sincosTurn32 } from './sincosTurn32'
 * const [sin, cos] = sincosTurn32(0.25) // [1, -0]
 * ```
 */
export function sincosTurn32(u: number): readonly [sin: number, cos: number] {
  const x = fr(u)
  const q = Math.floor(4 * x + 0.5)
  const r = x - q * 0.25
  const s = sinTurnReduced32(r)
  const c = cosTurnReduced32(r)
  switch (q & 3) {
    case 0:
      return [s, c]
    case 1:
      return [c, -s]
    case 2:
      return [-s, -c]
    default:
      return [-c, s]
  }
}
