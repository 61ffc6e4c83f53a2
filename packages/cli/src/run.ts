import { Command, CommanderError } from 'commander'
import pkg from '../package.json' with { type: 'json' }
import { registerBits } from './commands/bits'
import { registerCheckpoint } from './commands/checkpoint'
import { registerInspect } from './commands/inspect'
import { registerLsuv } from './commands/lsuv'
import { registerPatch } from './commands/patch'
import { registerPlan } from './commands/plan'
import { registerSample } from './commands/sample'
import { registerVerify } from './commands/verify'
import type { CommandContext } from './context'
import { EXIT, exitCodeOf, formatError } from './errors'
import { escapeControls } from './escapeControls'
import { type CliIo, processIo, write } from './io'

/**
 * The package's version, from its package.json (inlined in the build).
 *
 * @example
 * ```ts
 * import { version } from '@weightinit/cli'
 * console.log(version())
 * ```
 */
export function version(): string {
  return pkg.version
}

/**
 * Builds the `weightinit` command tree (commander), writing to `context.io`.
 *
 * @param context - the streams, and where the exit code is left
 */
function createProgram(context: CommandContext): Command {
  const { io } = context
  const width = io.columns ?? 80
  const program = new Command('weightinit')
    .description(
      'Weight initialization for neural networks: plan and sample initializers with their home framework’s semantics, audit the random stream, and re-initialize ONNX models.',
    )
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false, helpWidth: width })
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, writeErr) => writeErr(usageLine(text, undefined)),
    })
    .addHelpText(
      'after',
      `
Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input, 130 interrupted.
Run 'weightinit <command> --help' for a command's options and examples.

Examples:
  $ weightinit plan kaiming_normal --shape 64,3,3,3 --nonlinearity relu
  $ weightinit sample he_normal --shape 3,3,64,128 --seed 1 -o conv.npy
  $ weightinit inspect model.onnx
  $ weightinit patch model.onnx -o patched.onnx --seed 1 --verify
  $ weightinit checkpoint config.json -o model --dtype bfloat16
`,
    )
  const registered = [
    registerPlan(program, context),
    registerSample(program, context),
    registerBits(program, context),
    registerInspect(program, context),
    registerPatch(program, context),
    registerLsuv(program, context),
    registerVerify(program, context),
    registerCheckpoint(program, context),
  ]
  for (const command of registered) {
    command.exitOverride().configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, writeErr) => writeErr(usageLine(text, command.name())),
    })
  }
  return program
}

/**
 * Commander's `error: …` message, as the CLI's one line with where to look for the fix; what the
 * user typed in it (an unknown option, an argument) has its control characters escaped.
 */
function usageLine(text: string, command: string | undefined): string {
  const message = escapeControls(
    text
      .replace(/^error:\s*/i, '')
      .trim()
      .replace(/\s*\n\s*/g, ' '),
  )
  const name = command === undefined ? 'weightinit' : `weightinit ${command}`
  return `${name}: ${message}; see '${name} --help'\n`
}

/**
 * Runs the `weightinit` command line in-process: parses `argv` (the arguments after the program
 * name), runs the command, prints results on `io.stdout` and errors as one line on `io.stderr`,
 * and resolves to the exit code — it never calls `process.exit`.
 *
 * @param argv - the arguments, e.g. `['plan', 'kaiming_normal', '--shape', '64,3,3,3']`
 * @param io - the streams (default: the process's)
 * @returns 0 on success, 1 for a runtime failure, 2 for bad usage or bad input, 130 when Ctrl-C
 *   cancelled a write
 * @remarks Errors are weightinit's typed errors: the line names the problem, the fix and the stable
 * code (`[FAN_ZERO]`). A stack trace is printed only with `--debug` (or `WEIGHTINIT_DEBUG=1`).
 * @example
 * ```ts
 * import { run } from '@weightinit/cli'
 * const code = await run(['plan', 'he_normal', '--shape', '3,3,3,64', '--json'])
 * ```
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const context: CommandContext = { io, exitCode: EXIT.ok }
  const program = createProgram(context)
  try {
    if (argv.length === 0) {
      program.outputHelp({ error: true })
      return EXIT.usage
    }
    await program.parseAsync([...argv], { from: 'user' })
    return context.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version were printed; anything else was printed by outputError as one line.
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
      ) {
        return EXIT.ok
      }
      return EXIT.usage
    }
    const command = argv.find((arg) => !arg.startsWith('-'))
    const known = program.commands.some((c) => c.name() === command)
    await report(io, `${formatError(error, known ? command : undefined)}\n`)
    if (argv.includes('--debug') || process.env['WEIGHTINIT_DEBUG'] === '1') {
      const stack = error instanceof Error ? (error.stack ?? error.message) : String(error)
      await report(io, `${stack.split('\n').map(escapeControls).join('\n')}\n`)
    }
    return exitCodeOf(error)
  }
}

/** Writes an error on stderr; when stderr itself fails (a full disk), the exit code still tells. */
async function report(io: CliIo, text: string): Promise<void> {
  try {
    await write(io.stderr, text)
  } catch {
    // Nowhere left to say it.
  }
}
