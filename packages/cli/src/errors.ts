import { type ErrorCode, WeightinitError } from '@weightinit/core'
import { allocationFailure } from '@weightinit/core/errors'
import { cliMessage } from './cliMessage'
import { escapeControls } from './escapeControls'
import { currentInstallPlace, type InstallPlace } from './installPlace'

/**
 * The exit codes of the `weightinit` command, which {@link run} resolves to: 0 success, 1 runtime
 * failure, 2 bad usage or bad input, 130 interrupted (Ctrl-C).
 *
 * @example
 * ```ts
 * import { EXIT, run } from '@weightinit/cli'
 * const code = await run(['plan', 'he_normal', '--shape', '3,3,3,64'])
 * code === EXIT.ok // true
 * ```
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const

/**
 * The codes that mean the work failed while running (the disk, a thread, the ONNX runtime), not that
 * the command or its input was wrong: these exit with 1, every other code with 2.
 */
const RUNTIME_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'READ_FAILED',
  'WRITE_FAILED',
  'WORKER_FAILED',
  'OUT_OF_MEMORY',
  'RUNTIME_UNAVAILABLE',
  'RUNTIME_FAILED',
])

/**
 * The exit code of an error: 2 for a {@link WeightinitError} that says the usage or the input was
 * bad, 1 for one that says the work failed (a write, a thread, the runtime, an allocation:
 * `OUT_OF_MEMORY`, which an engine's bare allocation `RangeError` counts as), 130 for work
 * cancelled by Ctrl-C (`WRITE_ABORTED`, `ABORTED`), and 1 for anything else (a bug or a system
 * failure).
 *
 * @param error - what was thrown
 * @example
 * ```ts
 * import { WeightinitError } from '@weightinit/core'
 * import { exitCodeOf } from './errors'
 * exitCodeOf(new WeightinitError('FAN_ZERO', 'fan is 0')) // 2
 * ```
 */
export function exitCodeOf(error: unknown): number {
  const typed = allocationFailure(error) ?? error
  if (typed instanceof WeightinitError) {
    if (typed.code === 'WRITE_ABORTED' || typed.code === 'ABORTED') return EXIT.interrupted
    return RUNTIME_CODES.has(typed.code) ? EXIT.failure : EXIT.usage
  }
  return EXIT.failure
}

/**
 * The one line printed for an error: the problem and the fix, with the stable code for scripts.
 * Stack traces are added by the caller only under `--debug`.
 *
 * @param error - what was thrown
 * @param command - the subcommand that failed (for the prefix)
 * @param place - where the CLI runs from (default: this process), for the install command of
 *   onnxruntime-node
 * @remarks A library error whose fix the library words for API callers (`overwrite: false`, the
 * `reinitialize` option, installing onnxruntime-node) is worded for the command line from its code
 * and details (see {@link cliMessage}). This is the CLI's output boundary for messages: the
 * library's message stays exact for API users, and here every control character in it (a tensor
 * name or an external-data location from a hostile model, a value the user typed) is escaped
 * (`\x1b`, `\n`, `\u202e`; see {@link escapeControls}), after line breaks that only wrap the text
 * (next to spaces) are joined, so the error is one line that cannot act on the terminal. An
 * engine's allocation `RangeError` is reported as `OUT_OF_MEMORY`, not as a bug.
 * @example
 * ```ts
 * import { WeightinitError } from '@weightinit/core'
 * import { formatError } from './errors'
 * formatError(new WeightinitError('FAN_ZERO', 'fan_in is 0'), 'plan')
 * // "weightinit plan: fan_in is 0 [FAN_ZERO]"
 * ```
 */
export function formatError(
  error: unknown,
  command?: string,
  place: InstallPlace = currentInstallPlace(),
): string {
  const prefix = command === undefined ? 'weightinit' : `weightinit ${command}`
  const typed = allocationFailure(error) ?? error
  if (typed instanceof WeightinitError) {
    return `${prefix}: ${oneLine(cliMessage(typed, place))} [${typed.code}]`
  }
  const message = typed instanceof Error ? typed.message : String(typed)
  return `${prefix}: unexpected failure: ${oneLine(message)} (rerun with --debug for the stack trace, and please report it)`
}

/**
 * A message as one line for a terminal: a line break next to spaces or tabs (text wrapped by its
 * author) becomes one space, surrounding whitespace is trimmed, and every other control — a bare
 * newline inside a quoted name included — is escaped visibly.
 */
function oneLine(text: string): string {
  return escapeControls(text.replace(/[ \t]*\r?\n[ \t]+|[ \t]+\r?\n[ \t]*/g, ' ').trim())
}

/**
 * A usage error found by the CLI itself (a flag value it cannot read, flags that conflict): a
 * {@link WeightinitError}, so it exits with 2 like core's own input errors.
 *
 * @param code - the stable code
 * @param message - what was wrong and what is allowed
 * @param details - the offending values
 * @example
 * ```ts
 * import { usageError } from './errors'
 * throw usageError('INVALID_ARGUMENT', '--count must be a non-negative integer, got -1')
 * ```
 */
export function usageError(
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): WeightinitError {
  return new WeightinitError(code, message, details)
}
