import type { CodeBlock } from './codeBlock'
import type { Failure } from './failure'
import { notRunReason } from './notRunReason'
import { type ShellToken, shellWords } from './shellWords'

/** A `weightinit` command of a shell block or a transcript, to run. */
export interface CommandStep {
  readonly kind: 'command'
  /** The file and line the command is on. */
  readonly file: string
  readonly line: number
  /** The command line as written, without its prompt and comment. */
  readonly text: string
  /** The arguments after `weightinit`. */
  readonly argv: readonly string[]
  /** The file its stdout is redirected to (`> /dev/full`); `undefined` when it is not. */
  readonly stdout: string | undefined
  /**
   * What the transcript shows it ends in: `undefined` for success (exit 0), else an error, with
   * the error's code when the transcript shows one (`[UNKNOWN_NAME]`).
   */
  readonly fails: { readonly code: string | undefined } | undefined
  /** Why it is not run, from a `not run:` marker; `undefined` when it runs. */
  readonly notRun: string | undefined
}

/** A file a transcript shows with `$ cat NAME`: written before the commands after it run. */
interface FileStep {
  readonly kind: 'file'
  readonly file: string
  readonly line: number
  /** The file's name, as `cat` was given it. */
  readonly name: string
  /** What `cat` printed. */
  readonly content: string
}

/** What a shell block or transcript asks for, in order. */
export type ShellStep = CommandStep | FileStep

/** A transcript's line that says a command failed: `weightinit plan: … [UNKNOWN_NAME]`. */
const ERROR_LINE =
  /^weightinit(?: [a-z]+)?: .*?(?:\[([A-Z][A-Z0-9_]*)\]|; see 'weightinit[^']*--help')\s*$/

/**
 * The `weightinit` commands of a block, in order. In a `sh` block every command line counts (its
 * continuation lines joined; `pnpm weightinit` and `npx weightinit` too); in a `text` block, a
 * transcript, the lines after a `$ ` prompt, each followed by its output: an output ending in a
 * `weightinit …: … [CODE]` line says the command fails with that code, and `$ cat NAME` with its
 * output gives a file the later commands read. Its stdout goes where a `> FILE` after it says;
 * what follows a pipe is not run. A command is not run when its block is marked
 * `not run`, or its line ends in `# not run: why`; one that needs the shell to expand a word
 * (`$i`) must be marked so, or it is a problem.
 *
 * @param block - a `sh` or `text` block (other languages have no steps)
 * @example
 * ```ts
 * import { shellSteps } from './shellSteps'
 * const code = 'npm install @weightinit/cli\nweightinit plan he_normal --shape 3,3,64,128 --json\n'
 * const block = { file: '/repo/README.md', line: 10, lang: 'sh', code, origin: 'markdown', notRun: undefined } as const
 * shellSteps(block).steps // [{ kind: 'command', argv: ['plan', 'he_normal', '--shape', '3,3,64,128', '--json'], line: 11, … }]
 * ```
 */
export function shellSteps(block: CodeBlock): { steps: ShellStep[]; problems: Failure[] } {
  const steps: ShellStep[] = []
  const problems: Failure[] = []
  const lines = block.code.replace(/\n$/, '').split('\n')
  const transcript = block.lang === 'text'
  if (block.lang !== 'sh' && !transcript) return { steps, problems }
  for (let at = 0; at < lines.length; at++) {
    let line = lines[at] ?? ''
    if (transcript && !line.startsWith('$ ')) continue
    line = line.replace(/^\$ /, '')
    const start = at
    while (line.endsWith('\\') && at + 1 < lines.length)
      line = `${line.slice(0, -1)} ${(lines[++at] ?? '').replace(/^> ?/, '')}`
    let output = ''
    if (transcript)
      while (at + 1 < lines.length && !(lines[at + 1] ?? '').startsWith('$ '))
        output += `${lines[++at]}\n`
    const { tokens, comment } = shellWords(line)
    const where = { file: block.file, line: block.line + start }
    const command = firstCommand(tokens)
    if (command[0]?.text === 'cat' && command.length === 2 && transcript && output !== '') {
      steps.push({ kind: 'file', ...where, name: command[1]?.text ?? '', content: output })
      continue
    }
    if (command[0]?.text !== 'weightinit') continue
    const notRun = block.notRun ?? (comment === undefined ? undefined : notRunReason(comment))
    const text = line.slice(0, comment === undefined ? line.length : line.lastIndexOf(comment))
    const expanded = command.find((token) => token.expands)
    if (expanded !== undefined && notRun === undefined)
      problems.push({
        ...where,
        message: `'${expanded.text}' needs the shell to expand it: write the value, or end the line with '# not run: why'`,
      })
    steps.push({
      kind: 'command',
      ...where,
      text: text.trim(),
      argv: command.slice(1).map((token) => token.text),
      stdout: redirect(tokens),
      fails: failureShown(output),
      notRun: notRun ?? (expanded === undefined ? undefined : 'expands shell words'),
    })
  }
  return { steps, problems }
}

/** The words of the line's first command: up to the first operator, without `VAR=value` before it, and without `pnpm`/`npx` before `weightinit`. */
function firstCommand(tokens: readonly ShellToken[]): ShellToken[] {
  const end = tokens.findIndex((token) => token.operator)
  const words = tokens.slice(0, end < 0 ? tokens.length : end)
  while (words.length > 0 && /^[A-Za-z_]\w*=/.test(words[0]?.text ?? '')) words.shift()
  if ((words[0]?.text === 'pnpm' || words[0]?.text === 'npx') && words[1]?.text === 'weightinit')
    words.shift()
  return words
}

/** The file after the first `>` of the first command, if its stdout is redirected. */
function redirect(tokens: readonly ShellToken[]): string | undefined {
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]
    if (token?.operator !== true) continue
    if (token.text !== '>') return undefined
    const file = tokens[at + 1]
    return file === undefined || file.operator ? undefined : file.text
  }
  return undefined
}

/** The failure a transcript's output shows, if it shows one. */
function failureShown(output: string): CommandStep['fails'] {
  for (const line of output.split('\n')) {
    const match = ERROR_LINE.exec(line)
    if (match !== null) return { code: match[1] }
  }
  return undefined
}
