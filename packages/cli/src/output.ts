import type { Writable } from 'node:stream'
import { usageError } from './errors'
import { type CliIo, outputFailed } from './io'

/**
 * Writes bytes to stdout for `-o -`, honouring backpressure, without holding on to the caller's
 * buffer: the caller may reuse it once the promise resolves.
 *
 * @returns `false` when the reader went away (EPIPE, e.g. `| head -c 100`): stop quietly
 */
export type ChunkSink = (bytes: Uint8Array) => Promise<boolean>

/**
 * A sink that writes to a stream: resolves once the stream took the chunk and, when its buffer is
 * full, once it drained; resolves `false` when the reader closed the pipe. To a file descriptor
 * (the process's stdout) it writes straight from the caller's memory, without a copy per chunk.
 *
 * @param stream - stdout
 * @example
 * ```ts
 * import { streamSink } from './output'
 * const sink = streamSink(process.stdout)
 * await sink(new Uint8Array([1, 2, 3]))
 * ```
 */
export function streamSink(stream: Writable): ChunkSink {
  // A stream over a file descriptor (the process's stdout: a file, a pipe, a terminal) has handed
  // the bytes to the system when its callback runs, so it may write straight from the caller's
  // memory; any other stream may keep the chunk it was given (a PassThrough does), so it gets a copy.
  const direct = typeof (stream as { fd?: unknown }).fd === 'number'
  let closed = false
  let failure: Error | undefined
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true
    else failure = error
  })
  return (bytes) =>
    new Promise((done, reject) => {
      if (closed) return done(false)
      if (failure !== undefined) return reject(outputFailed(stream, failure))
      let drained = true
      let written = false
      const settle = (): void => {
        if (written && drained) done(!closed)
      }
      const ok = stream.write(direct ? viewOf(bytes) : Buffer.from(bytes), (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') {
          return reject(outputFailed(stream, error))
        }
        if (error) closed = true
        written = true
        settle()
      })
      if (!ok) {
        drained = false
        const onDrain = (): void => {
          stream.off('close', onClose)
          drained = true
          settle()
        }
        const onClose = (): void => {
          stream.off('drain', onDrain)
          closed = true
          drained = true
          settle()
        }
        stream.once('drain', onDrain)
        stream.once('close', onClose)
      }
    })
}

/** The bytes as a Buffer over the same memory (no copy). */
function viewOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/**
 * Refuses `-o -` when stdout is a terminal: binary data would garble it.
 *
 * @param io - the streams
 * @param what - what would be written, for the message
 * @example
 * ```ts
 * import { processIo } from '@weightinit/cli'
 * import { checkBinaryStdout } from './output'
 * checkBinaryStdout(processIo(), 'the tensor')
 * ```
 */
export function checkBinaryStdout(io: CliIo, what: string): void {
  if (io.stdoutIsTTY) {
    throw usageError(
      'INVALID_ARGUMENT',
      `refusing to write ${what} (binary) to a terminal; redirect it (-o - > FILE), pipe it, or give -o FILE`,
    )
  }
}

/** The signals that cancel a write: Ctrl-C, a polite kill, and the terminal going away. */
const INTERRUPTS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

/**
 * Runs a file write that Ctrl-C (SIGINT), SIGTERM or SIGHUP (the terminal closed) cancel cleanly:
 * the signal aborts it, the writer removes its temporary file and fails with `WRITE_ABORTED` (exit
 * code 130). The handlers are installed only for the duration of the write; elsewhere the signals
 * keep their default effect.
 *
 * @param work - the write, given the abort signal
 * @example
 * ```ts
 * import { setTimeout } from 'node:timers/promises'
 * import { withInterrupt } from './output'
 * await withInterrupt((signal) => setTimeout(100, 'done', { signal })) // Ctrl-C within 0.1 s rejects
 * ```
 */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const stop = (): void => controller.abort()
  for (const name of INTERRUPTS) process.once(name, stop)
  try {
    return await work(controller.signal)
  } finally {
    for (const name of INTERRUPTS) process.off(name, stop)
  }
}
