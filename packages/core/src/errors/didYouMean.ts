/**
 * The candidate closest to `name` by edit distance (case-insensitive, `-`/`_` ignored), or
 * `undefined` when none is close enough to be a plausible typo.
 *
 * @example
 * ```ts
 * import { didYouMean } from '@weightinit/core/errors'
 * didYouMean('kaimng_normal', ['kaiming_normal', 'xavier_normal']) // 'kaiming_normal'
 * ```
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = normalize(name)
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1
  for (const candidate of candidates) {
    const normalized = normalize(candidate)
    // The distance is at least the difference in length: a long name (a 120 KB key) costs nothing.
    if (Math.abs(normalized.length - wanted.length) >= bestDistance) continue
    const distance = editDistance(wanted, normalized)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/**
 * A " (did you mean 'x'?)" suffix for an error message, or the empty string.
 *
 * @example
 * ```ts
 * import { suggestion } from '@weightinit/core/errors'
 * suggestion('relu6x', ['relu', 'relu6']) // " (did you mean 'relu6'?)"
 * ```
 */
export function suggestion(name: string, candidates: Iterable<string>): string {
  const match = didYouMean(name, candidates)
  return match === undefined ? '' : ` (did you mean '${match}'?)`
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[-_\s.]/g, '')
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution)
    }
    previous = current
  }
  return previous[b.length]!
}
