import type { ValueSource } from './valueSource'

/**
 * Whether every slice of a tensor along `axis` (every output unit) equals the first, and there are
 * at least two: read a chunk at a time when the values are not held whole, stopping at the first
 * difference (which random weights show at once).
 *
 * @param source - the values, row-major over `shape`
 * @param shape - the tensor's shape
 * @param axis - the output axis
 * @param chunk - values per read
 *
 * @example
 * ```ts
 * import { identicalUnits } from './identicalUnits'
 * const values = new Float64Array([1, 2, 1, 2])
 * identicalUnits({ size: 4, whole: values, read: (s, n) => values.subarray(s, s + n) }, [2, 2], 0, 2) // true
 * ```
 */
export function identicalUnits(
  source: ValueSource,
  shape: readonly number[],
  axis: number,
  chunk: number,
): boolean {
  const units = shape[axis] ?? 0
  if (units < 2) return false
  const inner = shape.slice(axis + 1).reduce((a, b) => a * b, 1)
  const outer = shape.slice(0, axis).reduce((a, b) => a * b, 1)
  if (source.whole !== null) return identicalInMemory(source.whole, outer, units, inner)
  const slab = units * inner
  if (slab <= chunk) {
    // Whole slabs (every unit of one outer index) per read.
    const per = Math.floor(chunk / slab)
    for (let a = 0; a < outer; a += per) {
      const count = Math.min(per, outer - a)
      if (!identicalInMemory(source.read(a * slab, count * slab), count, units, inner)) return false
    }
    return true
  }
  for (let a = 0; a < outer; a++) {
    const base = a * slab
    if (inner <= chunk) {
      // Unit 0 once, then as many units per read as fit.
      const first = source.read(base, inner)
      const per = Math.floor(chunk / inner)
      for (let u = 1; u < units; u += per) {
        const count = Math.min(per, units - u)
        const block = source.read(base + u * inner, count * inner)
        for (let i = 0; i < block.length; i++) {
          if (block[i] !== first[i % inner]) return false
        }
      }
      continue
    }
    // A unit larger than a chunk: unit 0 and unit u side by side, a chunk of each at a time.
    for (let b = 0; b < inner; b += chunk) {
      const count = Math.min(chunk, inner - b)
      const first = source.read(base + b, count)
      for (let u = 1; u < units; u++) {
        const other = source.read(base + u * inner + b, count)
        for (let i = 0; i < count; i++) if (other[i] !== first[i]) return false
      }
    }
  }
  return true
}

/** Whether every unit equals the first within each of `outer` slabs held in `values`. */
function identicalInMemory(
  values: Float64Array,
  outer: number,
  units: number,
  inner: number,
): boolean {
  for (let a = 0; a < outer; a++) {
    const base = a * units * inner
    for (let u = 1; u < units; u++) {
      const at = base + u * inner
      for (let b = 0; b < inner; b++) {
        if (values[at + b] !== values[base + b]) return false
      }
    }
  }
  return true
}
