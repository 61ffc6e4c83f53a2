import { createWriteStream, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { type CliIo, run } from '@weightinit/cli'
import type { Failure } from './failure'
import type { CommandStep, ShellStep } from './shellSteps'

/** What running the commands gave. */
export interface CommandsRun {
  /** The commands that ran. */
  readonly ran: number
  /** The commands that failed, or did not fail as their transcript says. */
  readonly failures: readonly Failure[]
}

/** The time one command may take. */
const TIMEOUT_MS = 120_000

/**
 * Runs the `weightinit` commands of each document in-process (`run(argv)` of `@weightinit/cli`,
 * from its sources), in order, in one folder per document, so a command can read what an earlier
 * one wrote (`verify patched.onnx` after `patch … -o patched.onnx`). A command passes when it
 * exits with 0, or, where its transcript shows an error, when it fails with that error's code.
 * Steps marked `not run` are passed over (the caller lists them). A command that takes more than
 * two minutes fails and ends the run: it is still running, in this process, so the caller should
 * report and exit.
 *
 * @param documents - each document's steps, by a name for its folder
 * @param folder - makes the folder a document's commands run in (with the fixture files)
 * @example
 * ```ts
 * import { runCommands } from './runCommands'
 * const step = { kind: 'command', file: '/repo/README.md', line: 3, text: 'weightinit plan x', argv: ['plan', 'x'], stdout: undefined, fails: undefined, notRun: undefined } as const
 * const { failures } = await runCommands(new Map([['readme', [step]]]), () => '/tmp')
 * failures[0]?.message // "weightinit plan x: exit code 2, expected 0: weightinit plan: … [INVALID_SHAPE]"
 * ```
 */
export async function runCommands(
  documents: ReadonlyMap<string, readonly ShellStep[]>,
  folder: (name: string) => string,
): Promise<CommandsRun> {
  const failures: Failure[] = []
  let ran = 0
  for (const [name, steps] of documents) {
    if (!steps.some((step) => step.kind === 'command' && step.notRun === undefined)) continue
    const dir = folder(name)
    for (const step of steps) {
      if (step.kind === 'file') writeFileSync(join(dir, step.name), step.content)
      if (step.kind !== 'command' || step.notRun !== undefined) continue
      ran++
      const problem = await runCommand(step, dir)
      if (problem !== undefined)
        failures.push({ file: step.file, line: step.line, message: `${step.text}: ${problem}` })
      if (problem === HUNG) return { ran, failures }
    }
  }
  return { ran, failures }
}

/** What a command that did not finish in time gave. */
const HUNG = `did not finish in ${TIMEOUT_MS / 1000} s (mark it '# not run: why' if it cannot finish)`

/** Runs one command in `dir`; resolves to what went wrong, or `undefined`. */
async function runCommand(step: CommandStep, dir: string): Promise<string | undefined> {
  const file = step.stdout === undefined ? undefined : createWriteStream(resolve(dir, step.stdout))
  // A stream that cannot open its file reports that on the first write, as a shell's `>` would.
  file?.on('error', () => {})
  const stdout = file ?? new Sink(0)
  const stderr = new Sink(20_000)
  const io: CliIo = { stdout, stderr, stdoutIsTTY: false, stderrIsTTY: false, columns: 120 }
  const home = process.cwd()
  let code: number
  try {
    process.chdir(dir)
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, TIMEOUT_MS, undefined)
    })
    const exited = await Promise.race([run(step.argv, io), late])
    clearTimeout(timer)
    if (exited === undefined) return HUNG
    code = exited
  } catch (error) {
    return `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  } finally {
    process.chdir(home)
    file?.end()
    if (file !== undefined) await finished(file).catch(() => undefined)
  }
  const said = stderr.text().trim().split('\n').at(-1) ?? ''
  if (step.fails === undefined)
    return code === 0 ? undefined : `exit code ${code}, expected 0: ${said}`
  if (code === 0) return `succeeded, but its transcript shows it failing`
  const { code: expected } = step.fails
  if (expected !== undefined && !said.includes(`[${expected}]`))
    return `failed without the [${expected}] its transcript shows: ${said}`
  return undefined
}

/** A stream that keeps the last `keep` characters written to it (none: only counts). */
class Sink extends Writable {
  readonly #keep: number
  #text = ''
  constructor(keep: number) {
    super()
    this.#keep = keep
  }
  override _write(chunk: Buffer | string, _encoding: string, done: () => void): void {
    if (this.#keep > 0) this.#text = (this.#text + chunk.toString()).slice(-this.#keep)
    done()
  }
  text(): string {
    return this.#text
  }
}
