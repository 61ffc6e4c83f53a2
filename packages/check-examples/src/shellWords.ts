/** A word of a shell command line, or an operator (`|`, `>`, `&&`, `;` …). */
export interface ShellToken {
  /** The word with its quotes removed, or the operator. */
  readonly text: string
  /** Whether it is an operator rather than a word. */
  readonly operator: boolean
  /** Whether the shell would expand it (`$i`, `"$HOME"`, backquotes): then it cannot be run as written. */
  readonly expands: boolean
}

/** A command line split into tokens, and the comment at its end. */
export interface ShellLine {
  readonly tokens: readonly ShellToken[]
  /** The comment, from its `#`; `undefined` when there is none. */
  readonly comment: string | undefined
}

/** An operator at the start of the rest of the line. */
const OPERATOR = /^(\|\||&&|[|;&<>()])/
/** Characters that end an unquoted word. */
const BREAK = /[\s|;&<>()]/

/**
 * Splits one shell command line into words and operators as a POSIX shell would, for simple
 * lines: quotes (`'head.*'`, `"a b"`), backslash escapes, operators and a trailing `#` comment.
 * Expansions are not performed, only noted.
 *
 * @param line - the command line (continuation lines already joined)
 * @example
 * ```ts
 * import { shellWords } from './shellWords'
 * const { tokens, comment } = shellWords("weightinit patch m.onnx --reinitialize 'head.*' | head  # all")
 * tokens.map((token) => token.text) // ['weightinit', 'patch', 'm.onnx', '--reinitialize', 'head.*', '|', 'head']
 * comment // '# all'
 * ```
 */
export function shellWords(line: string): ShellLine {
  const tokens: ShellToken[] = []
  let at = 0
  while (at < line.length) {
    const char = line[at] ?? ''
    if (/\s/.test(char)) {
      at++
      continue
    }
    if (char === '#') return { tokens, comment: line.slice(at) }
    const operator = OPERATOR.exec(line.slice(at))
    if (operator !== null) {
      tokens.push({ text: operator[0], operator: true, expands: false })
      at += operator[0].length
      continue
    }
    let text = ''
    let expands = false
    while (at < line.length && !BREAK.test(line[at] ?? '')) {
      const next = line[at] ?? ''
      if (next === "'" || next === '"') {
        const end = line.indexOf(next, at + 1)
        const quoted = line.slice(at + 1, end < 0 ? line.length : end)
        if (next === '"' && /[$`]/.test(quoted)) expands = true
        text += quoted
        at = end < 0 ? line.length : end + 1
      } else if (next === '\\') {
        text += line[at + 1] ?? ''
        at += 2
      } else {
        if (next === '$' || next === '`') expands = true
        text += next
        at++
      }
    }
    tokens.push({ text, operator: false, expands })
  }
  return { tokens, comment: undefined }
}
