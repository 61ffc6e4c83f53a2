import ts from 'typescript'
import type { CodeBlock } from './codeBlock'
import type { Failure } from './failure'
import { normalizeLang } from './normalizeLang'
import { notRunReason } from './notRunReason'

/** A fence inside a TSDoc comment, once its ` * ` prefix is gone. */
const OPEN = /^\s*(`{3,})\s*([^\s`{]*)/

/** The `@example` blocks of a source file, and the `@example`s that have no code block. */
export interface TsdocScan {
  readonly blocks: readonly CodeBlock[]
  readonly problems: readonly Failure[]
}

/**
 * The fenced code blocks of every `@example` tag in the TSDoc comments (`/** … *\/`) of a
 * TypeScript file, with the line of the file each starts on. An `@example` without a fenced block
 * is a problem: TypeDoc would show its text as prose.
 *
 * @param file - the file's absolute path, recorded in each block
 * @param text - the file's text
 * @example
 * ```ts
 * import { tsdocExamples } from './tsdocExamples'
 * const source = "/**\n * Adds.\n * @example\n * ```ts\n * add(1, 2) // 3\n * ```\n *\/\nexport const add = (a: number, b: number) => a + b\n"
 * tsdocExamples('/repo/src/add.ts', source).blocks[0]?.code // 'add(1, 2) // 3\n'
 * ```
 */
export function tsdocExamples(file: string, text: string): TsdocScan {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  const blocks: CodeBlock[] = []
  const problems: Failure[] = []
  for (const comment of docComments(source)) {
    const first = source.getLineAndCharacterOfPosition(comment.pos).line
    const lines = commentLines(text.slice(comment.pos, comment.end))
    for (let at = 0; at < lines.length; at++) {
      if (!/^\s*@example\b/.test(lines[at] ?? '')) continue
      const found = exampleBlocks(lines, at + 1, (line) => first + line + 1)
      if (found.length === 0)
        problems.push({
          file,
          line: first + at + 1,
          message: '@example without a fenced code block (```ts … ```)',
        })
      for (const block of found) blocks.push({ file, origin: 'tsdoc', ...block })
    }
  }
  return { blocks, problems }
}

/** The fenced blocks of one `@example`, from line `from` up to the next tag outside a fence. */
function exampleBlocks(
  lines: readonly string[],
  from: number,
  fileLine: (line: number) => number,
): Omit<CodeBlock, 'file' | 'origin'>[] {
  const found: Omit<CodeBlock, 'file' | 'origin'>[] = []
  for (let at = from; at < lines.length; at++) {
    const line = lines[at] ?? ''
    if (/^\s*@\w/.test(line)) break
    const open = OPEN.exec(line)
    if (open === null) continue
    const fence = open[1] ?? '```'
    const code: string[] = []
    let end = at + 1
    while (end < lines.length && !(lines[end] ?? '').trim().startsWith(fence)) {
      code.push(lines[end] ?? '')
      end++
    }
    found.push({
      line: fileLine(at + 1),
      lang: normalizeLang(open[2] ?? ''),
      code: `${code.join('\n')}\n`,
      notRun: notRunReason(code[0] ?? ''),
    })
    at = end
  }
  return found
}

/** A comment's lines without `/**`, `*\/` and the ` * ` that starts each line. */
function commentLines(comment: string): string[] {
  const body = comment.slice(3, -2)
  return body.split(/\r?\n/).map((line, index) => {
    const stripped = index === 0 ? line : line.replace(/^\s*\*(?!\/)/, '')
    return stripped.startsWith(' ') ? stripped.slice(1) : stripped
  })
}

/** Every `/** … *\/` comment of the file, once, in order. */
function docComments(source: ts.SourceFile): ts.CommentRange[] {
  const text = source.getFullText()
  const found = new Map<number, ts.CommentRange>()
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (range.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', range.pos))
        if (text[range.pos + 3] !== '/') found.set(range.pos, range)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  visit(source.endOfFileToken)
  return [...found.values()].sort((a, b) => a.pos - b.pos)
}
