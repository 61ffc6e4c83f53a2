/**
 * The smallest module that uses a SIMD instruction: `(func (result v128) (i8x16.splat (i32.const 0))
 * i8x16.popcnt)`. A runtime that validates it runs the kernels' 128-bit instructions.
 */
const SIMD_PROBE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
] as const

let supported: boolean | undefined

/**
 * Tells whether this runtime has WebAssembly with 128-bit SIMD, which the fast kernels need.
 *
 * @returns `true` when `WebAssembly.validate` accepts a tiny SIMD module; `false` without
 *   WebAssembly (or with it switched off), or without SIMD. Probed once, then cached.
 *
 * @remarks
 * Every runtime with WebAssembly SIMD (Node ≥ 16.4, Chrome ≥ 91, Firefox ≥ 89, Safari ≥ 16.4) runs
 * the kernels; elsewhere sampling uses the pure-JS engine, which gives the same bits.
 *
 * @example
 * ```ts
 * import { simdSupported } from '@weightinit/core/samplers'
 * const engine = simdSupported() ? 'wasm' : 'js'
 * ```
 */
export function simdSupported(): boolean {
  if (supported === undefined) {
    try {
      supported =
        typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array(SIMD_PROBE))
    } catch {
      supported = false
    }
  }
  return supported
}
