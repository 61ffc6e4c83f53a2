/**
 * One fenced code block of a Markdown page or of a TSDoc `@example`, with where it starts.
 *
 * @example
 * ```ts
 * import type { CodeBlock } from './codeBlock'
 * const block: CodeBlock = {
 *   file: '/repo/README.md',
 *   line: 51,
 *   lang: 'ts',
 *   code: "import { plan } from '@weightinit/core'\n",
 *   origin: 'markdown',
 *   notRun: undefined,
 * }
 * ```
 */
export interface CodeBlock {
  /** The absolute path of the file that holds the block. */
  readonly file: string
  /** The line (1-based) of the block's first line of code, just below its opening fence. */
  readonly line: number
  /** The fence's language, normalized: `ts`, `js`, `sh`, `text` or what the fence says. */
  readonly lang: string
  /** The code, without the fences, the TSDoc ` * ` prefixes or the list indentation. */
  readonly code: string
  /** A README or guide page (`markdown`), or the TSDoc of a source file (`tsdoc`). */
  readonly origin: 'markdown' | 'tsdoc'
  /** Why the block is not run, from its `not run:` marker; `undefined` when it runs. */
  readonly notRun: string | undefined
}
