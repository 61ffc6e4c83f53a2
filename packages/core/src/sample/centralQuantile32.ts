// M. J. Wichura, "Algorithm AS 241: The percentage points of the normal distribution",
// Applied Statistics 37 (1988) 477-484, routine PPND7 (about seven significant digits), central
// region. Each constant is the float32 nearest Wichura's decimal, written as its exact value.
const A0 = 3.3871326446533203 // 0x4058c6c8
const A1 = 50.43427276611328 // 0x4249bcb2
const A2 = 159.2911376953125 // 0x431f4a88
const A3 = 59.109375 // 0x426c7000
const B1 = 17.895170211791992 // 0x418f294f
const B2 = 78.75775909423828 // 0x429d83f9
const B3 = 67.18756103515625 // 0x42866008
const SPLIT = 0.18062500655651093 // 0x3e38f5c3 = f32(0.180625) = f32(0.425²)

const f32 = Math.fround

/**
 * The standard normal quantile at p = ½ + q for |q| ≤ 0.425, in float32 arithmetic: the central
 * branch the float32 truncated normal uses (`SAMPLING.md`).
 *
 * @param q - p − ½ rounded to float32, with |q| ≤ 0.425 (not checked: a hot-loop function)
 * @returns z with Φ(z) ≈ ½ + q, a float32 value within 5 ulp of the exact quantile of ½ + q
 *
 * @remarks
 * Wichura's PPND7: r = 0.180625 − q·q, z = q·(A(r)/B(r)) with A and B of degree 3, Horner from the
 * top, every operation rounded to float32 (a double operation on float32 operands rounded once to
 * float32 is the float32 operation: 53 ≥ 2·24 + 2). The WebAssembly engine computes the same
 * operations four lanes at a time, so the engines agree to the bit.
 *
 * @example
 * ```ts
 * import { centralQuantile32 } from './centralQuantile32'
 * centralQuantile32(Math.fround(0.8 - 0.5)) // 0.8416212… = quantile64(0.8) to float32 accuracy
 * ```
 */
export function centralQuantile32(q: number): number {
  const r = f32(SPLIT - f32(q * q))
  const a = f32(f32(f32(f32(f32(f32(A3 * r) + A2) * r) + A1) * r) + A0)
  const b = f32(f32(f32(f32(f32(f32(B3 * r) + B2) * r) + B1) * r) + 1)
  return f32(q * f32(a / b))
}
