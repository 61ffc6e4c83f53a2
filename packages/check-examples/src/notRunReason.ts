/** `not run: why` in an HTML, `//` or `#` comment that is the whole line. */
const MARKER = /^\s*(?:<!--|\/\/|#)\s*not run:\s*(.*?)\s*(?:-->)?\s*$/i

/**
 * The reason a `not run:` marker gives, or `undefined` when the line is not one. A block says why
 * it cannot run with `<!-- not run: why -->` on the line before its fence (Markdown, invisible on
 * the rendered page), `// not run: why` as its first line, or, for one command of a shell block,
 * `# not run: why` after it.
 *
 * @param line - one line of a page or a block
 * @returns the reason, never empty (`unspecified` when the marker gives none)
 * @example
 * ```ts
 * import { notRunReason } from './notRunReason'
 * notRunReason('<!-- not run: needs a browser -->') // 'needs a browser'
 * notRunReason('// not run: needs a ResNet') // 'needs a ResNet'
 * notRunReason("import { plan } from '@weightinit/core'") // undefined
 * ```
 */
export function notRunReason(line: string): string | undefined {
  const match = MARKER.exec(line)
  if (match === null) return undefined
  return match[1] === '' ? 'unspecified' : match[1]
}
