import type { CodeBlock } from './codeBlock'
import { normalizeLang } from './normalizeLang'
import { notRunReason } from './notRunReason'

/** An opening fence: indentation, three or more backticks or tildes, the language, the rest. */
const OPEN = /^( *)(`{3,}|~{3,})\s*([^\s`{]*)/
/**
 * VitePress's import of a file as a code block: `<<< @/examples/he.ts`, optionally a region of it
 * (`#name`), then highlighted lines (`{1,3}`) and a title, which are not part of the path.
 */
const INCLUDE = /^<<<\s+([^\s#{]+)(?:#([^\s{]+))?/

/** A `<<< path` line of a page: a file the page shows as a code block. */
interface Include {
  /** The absolute path of the page. */
  readonly file: string
  /** The line (1-based) of the `<<<` line. */
  readonly line: number
  /** The path as written (`@/examples/he.ts`, where `@` is the site's source folder). */
  readonly path: string
  /** The region shown (`<<< @/a.ts#setup`: `setup`), if only a region is. */
  readonly region?: string
}

/** What a page holds: its fenced code blocks and the files it includes with `<<<`. */
export interface MarkdownScan {
  readonly blocks: readonly CodeBlock[]
  readonly includes: readonly Include[]
}

/**
 * The fenced code blocks of a Markdown page (every language, fences inside lists included, their
 * indentation removed) and its `<<<` includes. A block is not run when the line before its fence
 * is `<!-- not run: why -->` or its first line is `// not run: why`.
 *
 * @param file - the page's absolute path, recorded in each block
 * @param text - the page's text
 * @example
 * ```ts
 * import { markdownBlocks } from './markdownBlocks'
 * const page = "# Plan\n\n```ts\nimport { plan } from '@weightinit/core'\n```\n"
 * markdownBlocks('/repo/README.md', page).blocks[0]?.line // 4
 * ```
 */
export function markdownBlocks(file: string, text: string): MarkdownScan {
  const lines = text.split(/\r?\n/)
  const blocks: CodeBlock[] = []
  const includes: Include[] = []
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? ''
    const include = INCLUDE.exec(line)
    if (include !== null) {
      const region = include[2]
      includes.push({
        file,
        line: at + 1,
        path: include[1] ?? '',
        ...(region === undefined ? {} : { region }),
      })
      continue
    }
    const open = OPEN.exec(line)
    if (open === null) continue
    const indent = open[1]?.length ?? 0
    const fence = open[2] ?? '```'
    const close = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`)
    const code: string[] = []
    let end = at + 1
    while (end < lines.length && !close.test(lines[end] ?? '')) {
      code.push(dedent(lines[end] ?? '', indent))
      end++
    }
    blocks.push({
      file,
      line: at + 2,
      lang: normalizeLang(open[3] ?? ''),
      code: `${code.join('\n')}\n`,
      origin: 'markdown',
      notRun: markerBefore(lines, at) ?? notRunReason(code[0] ?? ''),
    })
    at = end
  }
  return { blocks, includes }
}

/** The reason of a `<!-- not run: … -->` on the last non-blank line before line `at`. */
function markerBefore(lines: readonly string[], at: number): string | undefined {
  for (let before = at - 1; before >= 0; before--) {
    const line = lines[before] ?? ''
    if (line.trim() !== '')
      return line.trimStart().startsWith('<!--') ? notRunReason(line) : undefined
  }
  return undefined
}

/** Removes up to `indent` leading spaces (a fence inside a list item is indented). */
function dedent(line: string, indent: number): string {
  let cut = 0
  while (cut < indent && line[cut] === ' ') cut++
  return line.slice(cut)
}
