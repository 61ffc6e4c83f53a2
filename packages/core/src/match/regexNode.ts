import type { CharSet } from './charSet'

/**
 * A position test that consumes nothing: `^`, `$`, `\b` or `\B` (no multiline mode).
 *
 * @example
 * ```ts
 * import type { RegexAssertion } from './regexNode'
 * const start: RegexAssertion = 'start'
 * ```
 */
export type RegexAssertion = 'start' | 'end' | 'wordBoundary' | 'notWordBoundary'

/**
 * A parsed regular expression of the subset {@link compileRegex} accepts: what a boolean test needs
 * (groups are just nesting, lazy and greedy quantifiers are the same repeat).
 *
 * @example
 * ```ts
 * import type { RegexNode } from './regexNode'
 * const ab: RegexNode = { kind: 'sequence', items: [{ kind: 'char', set: [0x61, 0x61] }, { kind: 'char', set: [0x62, 0x62] }] }
 * ```
 */
export type RegexNode =
  | { readonly kind: 'char'; readonly set: CharSet }
  | { readonly kind: 'assert'; readonly assertion: RegexAssertion }
  | { readonly kind: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'choice'; readonly options: readonly RegexNode[] }
  | {
      readonly kind: 'repeat'
      readonly item: RegexNode
      readonly min: number
      /** `Infinity` for no upper bound. */
      readonly max: number
    }
