import type { Writable } from 'node:stream'
import { WeightinitError } from '@weightinit/core'

/**
 * Where a command reads and writes: the streams and what they are connected to. `run` takes one, so
 * the CLI can be driven in-process (tests, other tools) as well as from a terminal.
 *
 * @example
 * ```ts
 * import type { CliIo } from '@weightinit/cli'
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdoutIsTTY: false, stderrIsTTY: false }
 * ```
 */
export interface CliIo {
  /** Results: tables, JSON, and the bytes of `-o -`. */
  readonly stdout: Writable
  /** Messages, warnings, errors and progress. */
  readonly stderr: Writable
  /** Whether stdout is a terminal (then `-o -` refuses to write binary data to it). */
  readonly stdoutIsTTY: boolean
  /** Whether stderr is a terminal (then long work shows progress on it). */
  readonly stderrIsTTY: boolean
  /** The terminal's width in columns, when it is one (default 80). */
  readonly columns?: number
}

/**
 * The process's own streams, as {@link CliIo}.
 *
 * @example
 * ```ts
 * import { processIo, run } from '@weightinit/cli'
 * process.exitCode = await run(process.argv.slice(2), processIo())
 * ```
 */
export function processIo(): CliIo {
  const columns = process.stdout.columns ?? process.stderr.columns
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(columns === undefined ? {} : { columns }),
  }
}

/**
 * Writes text (or bytes) to a stream and waits until the stream has taken it (backpressure).
 *
 * @param stream - stdout or stderr
 * @param chunk - what to write
 * @throws `WRITE_FAILED` (exit 1) when the stream fails — stdout redirected to a full disk
 *   (`> /dev/full`), a closed descriptor —, with the reason; a reader that went away (EPIPE, as in
 *   `| head`) is not a failure: the write resolves and the process ends quietly (see `main.ts`)
 * @example
 * ```ts
 * import { processIo } from '@weightinit/cli'
 * import { write } from './io'
 * await write(processIo().stdout, 'done\n')
 * ```
 */
export function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) => {
      if (!error || (error as NodeJS.ErrnoException).code === 'EPIPE') resolve()
      else reject(outputFailed(stream, error))
    })
  })
}

/**
 * The typed error for a failed write to stdout or stderr: `WRITE_FAILED` with the reason (the
 * system's code and message) in words and details.
 *
 * @param stream - the stream that failed
 * @param error - what it failed with
 * @example
 * ```ts
 * import { outputFailed } from './io'
 * outputFailed(process.stdout, Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))
 * // WRITE_FAILED: writing to stdout failed: ENOSPC: no space left on device, write
 * ```
 */
export function outputFailed(stream: Writable, error: Error): WeightinitError {
  const name =
    stream === process.stdout ? 'stdout' : stream === process.stderr ? 'stderr' : 'the output'
  const errno = (error as NodeJS.ErrnoException).code
  return new WeightinitError('WRITE_FAILED', `writing to ${name} failed: ${error.message}`, {
    stream: name,
    ...(typeof errno === 'string' ? { errno } : {}),
    reason: error.message,
  })
}
