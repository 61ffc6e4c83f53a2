/**
 * A problem found in a block: where it is and what is wrong, printed as `file:line: message`.
 *
 * @example
 * ```ts
 * import type { Failure } from './failure'
 * const failure: Failure = {
 *   file: '/repo/README.md',
 *   line: 51,
 *   message: "TS2305 Module '\"@weightinit/core\"' has no exported member 'exp64'.",
 * }
 * ```
 */
export interface Failure {
  /** The absolute path of the file that holds the block. */
  readonly file: string
  /** The line (1-based) in that file. */
  readonly line: number
  /** What is wrong, and where one can, what to do about it. */
  readonly message: string
}
