import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { Writable } from 'node:stream'
import { fail, WeightinitError } from '@weightinit/core'
import { usageError } from './errors'
import type { CliIo } from './io'

/**
 * Writes bytes to stdout for `-o -`, honouring backpressure, and without holding on to the caller's
 * buffer (it is copied, so the caller may reuse it).
 *
 * @returns `false` when the reader went away (EPIPE, e.g. `| head -c 100`): stop quietly
 */
export type ChunkSink = (bytes: Uint8Array) => Promise<boolean>

/**
 * A sink that writes to a stream: resolves once the stream took the chunk and, when its buffer is
 * full, once it drained; resolves `false` when the reader closed the pipe.
 *
 * @param stream - stdout
 * @example
 * ```ts
 * import { streamSink } from '@weightinit/cli'
 * const sink = streamSink(process.stdout)
 * await sink(new Uint8Array([1, 2, 3]))
 * ```
 */
export function streamSink(stream: Writable): ChunkSink {
  let closed = false
  let failure: Error | undefined
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true
    else failure = error
  })
  return (bytes) =>
    new Promise((done, reject) => {
      if (closed) return done(false)
      if (failure !== undefined) return reject(writeFailed(failure))
      let drained = true
      let written = false
      const settle = (): void => {
        if (written && drained) done(!closed)
      }
      const ok = stream.write(Buffer.from(bytes), (error) => {
        if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') {
          return reject(writeFailed(error))
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

function writeFailed(error: Error): WeightinitError {
  return new WeightinitError('WRITE_FAILED', `writing to stdout failed: ${error.message}`, {})
}

/**
 * Refuses `-o -` when stdout is a terminal: binary data would garble it.
 *
 * @param io - the streams
 * @param what - what would be written, for the message
 * @example
 * ```ts
 * import { checkBinaryStdout, processIo } from '@weightinit/cli'
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

/**
 * Writes a file atomically: into a temporary file beside it, flushed, then renamed over the
 * destination; on any failure the temporary file is removed and the destination is untouched.
 *
 * @param path - the destination
 * @param produce - writes the content through the sink it is given
 * @param overwrite - replace an existing destination (else `FILE_EXISTS`)
 * @param signal - cancels the write (`WRITE_ABORTED`, the temporary file removed)
 * @returns the destination's absolute path
 * @remarks For `bits`; tensors and models are written by the buffers and ONNX packages' own atomic
 * writers.
 * @example
 * ```ts
 * import { writeFileAtomically } from '@weightinit/cli'
 * await writeFileAtomically('out.bin', async (sink) => void (await sink(new Uint8Array(4))), true)
 * ```
 */
export async function writeFileAtomically(
  path: string,
  produce: (sink: ChunkSink) => Promise<void>,
  overwrite: boolean,
  signal?: AbortSignal,
): Promise<string> {
  const target = resolve(path)
  const folder = await stat(dirname(target)).catch(() => undefined)
  if (folder === undefined || !folder.isDirectory()) {
    fail('PATH_NOT_FOUND', `cannot write '${path}': its folder does not exist; create it first`, {
      path,
    })
  }
  const existing = await stat(target).catch(() => undefined)
  if (existing?.isDirectory())
    fail('FILE_EXISTS', `cannot write '${path}': it is a folder`, { path })
  if (existing !== undefined && !overwrite) {
    fail('FILE_EXISTS', `'${path}' exists; pass overwrite: true to replace it`, { path })
  }
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    const handle = await open(temporary, 'wx')
    try {
      await produce(async (bytes) => {
        if (signal?.aborted) {
          fail('WRITE_ABORTED', `writing '${path}' was interrupted; no partial file is left`, {
            path,
          })
        }
        let at = 0
        while (at < bytes.length) {
          const { bytesWritten } = await handle.write(bytes, at, bytes.length - at, null)
          at += bytesWritten
        }
        return true
      })
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
    return target
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    if (error instanceof WeightinitError) throw error
    return fail(
      'WRITE_FAILED',
      `writing '${path}' failed: ${error instanceof Error ? error.message : String(error)}; no partial file is left`,
      { path },
    )
  }
}

/**
 * Runs a file write that Ctrl-C (SIGINT) or SIGTERM cancel cleanly: the signal aborts it, the writer
 * removes its temporary file and fails with `WRITE_ABORTED` (exit code 130). The handlers are
 * installed only for the duration of the write; elsewhere the signals keep their default effect.
 *
 * @param work - the write, given the abort signal
 * @example
 * ```ts
 * import { withInterrupt } from '@weightinit/cli'
 * await withInterrupt((signal) => somethingLong({ signal }))
 * ```
 */
export async function withInterrupt<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const stop = (): void => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    return await work(controller.signal)
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}
