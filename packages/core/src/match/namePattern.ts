/**
 * A compiled name pattern — a glob ({@link compileGlob}) or a regular expression
 * ({@link compileRegex}) — that tests names in time linear in their length, whatever the name.
 *
 * @example
 * ```ts
 * import { compileGlob, type NamePattern } from '@weightinit/core'
 * const heads: NamePattern = compileGlob('head.*')
 * heads.test('head.weight') // true
 * ```
 */
export interface NamePattern {
  /** The glob or regular expression as given. */
  readonly source: string
  /** Whether `name` matches: the whole name for a glob, anywhere in it for a regex (unless anchored). */
  test(name: string): boolean
}
