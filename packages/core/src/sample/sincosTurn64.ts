/** 2π = TWO_PI_HI + TWO_PI_LO: 0x401921fb54442d18 + 0x3cb1a62633145c07. */
const TWO_PI_HI = 6.283185307179586
const TWO_PI_LO = 2.4492935982947064e-16
/** TWO_PI_HI split into 26-bit halves (Veltkamp): 0x401921fb58000000 + 0xbe6dde9740000000. */
const TWO_PI_HI_H = 6.283185362815857
const TWO_PI_HI_L = -5.563627070159782e-8
/** Veltkamp's splitting constant 2^27 + 1. */
const SPLIT = 134217729
/** FreeBSD `k_sin.c` coefficients (hex in `SAMPLING.md`). */
const S1 = -0.16666666666666632
const S2 = 0.00833333333332249
const S3 = -0.0001984126982985795
const S4 = 2.7557313707070068e-6
const S5 = -2.5050760253406863e-8
const S6 = 1.58969099521155e-10
/** FreeBSD `k_cos.c` coefficients (hex in `SAMPLING.md`). */
const C1 = 0.0416666666666666
const C2 = -0.001388888888887411
const C3 = 2.480158728947673e-5
const C4 = -2.7557314351390663e-7
const C5 = 2.087572321298175e-9
const C6 = -1.1359647557788195e-11

/**
 * sin(2πr) and cos(2πr) in float64 for a reduced argument |r| ≤ 1/8, written to `out[0]` and
 * `out[1]`: the core of {@link sincosTurn64}, allocation-free for the sampler's hot loop.
 *
 * @param r - a number in [−1/8, 1/8]
 * @param out - receives sin at index 0 and cos at index 1
 *
 * @remarks
 * θ = 2πr as a double-double x + y: p = r·TWO_PI_HI with its exact rounding error from Dekker's
 * product (Veltkamp split of r, TWO_PI_HI pre-split), plus r·TWO_PI_LO; then x = p + lo,
 * y = lo − (x − p). sin and cos are FreeBSD's `__kernel_sin(x, y, 1)` and `__kernel_cos(x, y)`
 * (fdlibm, < 1 ulp on |θ| ≤ π/4). Every operation and its order are in `SAMPLING.md`.
 *
 * @example
 * ```ts
 * import { sincosReduced64 } from './sincosTurn64'
 * const out = new Float64Array(2)
 * sincosReduced64(0.125, out) // out ≈ [Math.SQRT1_2, Math.SQRT1_2]
 * ```
 */
export function sincosReduced64(r: number, out: Float64Array): void {
  const p = r * TWO_PI_HI
  const t = r * SPLIT
  const rh = t - (t - r)
  const rl = r - rh
  const e = rh * TWO_PI_HI_H - p + rh * TWO_PI_HI_L + rl * TWO_PI_HI_H + rl * TWO_PI_HI_L
  const lo = e + r * TWO_PI_LO
  const x = p + lo
  const y = lo - (x - p)
  const z = x * x
  const w = z * z
  // __kernel_sin(x, y, 1)
  const rs = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6)
  const v = z * x
  out[0] = x - (z * (0.5 * y - v * rs) - y - v * S1)
  // __kernel_cos(x, y)
  const rc = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6))
  const hz = 0.5 * z
  const one = 1 - hz
  out[1] = one + (1 - one - hz + (z * rc - x * y))
}

/**
 * The sine and cosine of a fraction of a turn, sin(2πu) and cos(2πu), in float64, the same bits on
 * every engine: the angle of the float64 Box–Muller sampler.
 *
 * @param u - a number, meant for [0, 1)
 * @returns `[sin, cos]`, each within about 1 ulp of the exact value
 *
 * @remarks
 * q = ⌊4u + ½⌋ (4u + ½ evaluated in binary64; exact on the u53 grid), r = u − q/4 in [−1/8, 1/8]
 * (exact), then {@link sincosReduced64} gives s and c, and the quadrant q mod 4 picks `[s, c]`,
 * `[c, −s]`, `[−s, −c]` or `[−c, s]`. Turns instead of radians: no π to round, no reduction error.
 *
 * @example
 * ```ts
 * import { sincosTurn64 } from './sincosTurn64'
 * const [sin, cos] = sincosTurn64(1 / 12) // [0.5, 0.8660254037844387]
 * ```
 */
export function sincosTurn64(u: number): readonly [sin: number, cos: number] {
  const q = Math.floor(4 * u + 0.5)
  const out = new Float64Array(2)
  sincosReduced64(u - q * 0.25, out)
  const s = out[0]!
  const c = out[1]!
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
