/**
 * A copy of `bytes` with the byte order of every `width`-byte element reversed: little-endian to
 * big-endian and back.
 *
 * @param bytes - whole elements of `width` bytes each
 * @param width - the element width in bytes: 2, 4 or 8
 * @returns a new array; `bytes` is not modified
 * @remarks `bytes.length` must be a multiple of `width` (the callers guarantee it).
 *
 * @example
 * ```ts
 * import { swapBytes } from './swapBytes'
 * swapBytes(new Uint8Array([1, 2, 3, 4]), 2) // Uint8Array [2, 1, 4, 3]
 * ```
 */
export function swapBytes(bytes: Uint8Array, width: 2 | 4 | 8): Uint8Array {
  const out = new Uint8Array(bytes.length)
  for (let at = 0; at < bytes.length; at += width) {
    for (let k = 0; k < width; k++) out[at + k] = bytes[at + width - 1 - k] as number
  }
  return out
}
