/**
 * Where `parts` threads split an orthogonal matrix's N columns (of M numbers) for `haarColumns` so
 * that each does about the same work: column j is updated by the blocks of the reflectors before
 * it, about M·j − j²/2 multiply-adds, so the columns before c cost W(c) = M·c²/2 − c³/6 and part t
 * starts at the first c with W(c) ≥ t/parts · W(N).
 *
 * @param m - M, the length of the columns
 * @param n - N, the number of columns (at most M)
 * @param parts - how many ranges (at least 1)
 * @returns `parts + 1` increasing column indices from 0 to N; range t is `[cuts[t], cuts[t + 1])`
 *
 * @example
 * ```ts
 * import { haarColumnCuts } from '@weightinit/core/samplers'
 * haarColumnCuts(2048, 2048, 2) // [0, 1337, 2048]: the later columns cost more
 * ```
 */
export function haarColumnCuts(m: number, n: number, parts: number): number[] {
  const work = (c: number) => (m * c * c) / 2 - (c * c * c) / 6
  const cuts = [0]
  for (let t = 1; t < parts; t++) {
    const target = (t / parts) * work(n)
    let low = 0
    let high = n
    while (low < high) {
      const mid = (low + high) >>> 1
      if (work(mid) < target) low = mid + 1
      else high = mid
    }
    cuts.push(low)
  }
  cuts.push(n)
  return cuts
}
