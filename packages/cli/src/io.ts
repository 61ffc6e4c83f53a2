import type { Writable } from 'node:stream'

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

/** Writes text (or bytes) to a stream and waits until the stream has taken it (backpressure). */
export function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(chunk, (error) => (error ? reject(error) : resolve()))
  })
}
