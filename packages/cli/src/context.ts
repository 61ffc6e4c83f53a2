import type { Command } from 'commander'
import type { CliIo } from './io'

/**
 * What every command's action gets: the streams, and where it leaves its exit code (0 unless set).
 */
export interface CommandContext {
  readonly io: CliIo
  /** The exit code the command ends with (a command that succeeds with a finding, like `verify` with `--strict`, sets 1). */
  exitCode: number
}

/** The flags every command takes. */
export interface CommonFlags {
  readonly debug?: boolean
  readonly quiet?: boolean
}

/**
 * Adds `--quiet` and `--debug` to a command, and the examples at the end of its `--help`.
 *
 * @param command - the commander command
 * @param examples - `[command line, what it does]` pairs
 * @example
 * ```ts
 * import { Command } from 'commander'
 * import { finishCommand } from './context'
 * finishCommand(new Command('bits'), [['weightinit bits --seed 1 --count 4 -o -', 'four words']])
 * ```
 */
export function finishCommand(
  command: Command,
  examples: readonly (readonly [string, string])[],
): Command {
  const text = examples.map(([line, what]) => `  # ${what}\n  $ ${line}`).join('\n')
  return command
    .option('-q, --quiet', 'print nothing but results and errors (no progress, no summary)')
    .option('--debug', 'print stack traces of errors')
    .addHelpText('after', `\nExamples:\n${text}\n`)
}
