import { type ErrorCode, WeightinitError } from '@weightinit/core'
import { cliMessage } from './cliMessage'
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
  'RUNTIME_UNAVAILABLE',
  'RUNTIME_FAILED',
])

/**
 * The exit code of an error: 2 for a {@link WeightinitError} that says the usage or the input was
 * bad, 1 for one that says the work failed, 130 for work cancelled by Ctrl-C (`WRITE_ABORTED`, `ABORTED`),
 * and 1 for anything else (a bug or a system failure).
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
  if (error instanceof WeightinitError) {
    if (error.code === 'WRITE_ABORTED' || error.code === 'ABORTED') return EXIT.interrupted
    return RUNTIME_CODES.has(error.code) ? EXIT.failure : EXIT.usage
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
 * and details (see {@link cliMessage}).
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
  if (error instanceof WeightinitError) {
    return `${prefix}: ${oneLine(cliMessage(error, place))} [${error.code}]`
  }
  const message = error instanceof Error ? error.message : String(error)
  return `${prefix}: unexpected failure: ${oneLine(message)} (rerun with --debug for the stack trace, and please report it)`
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
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
