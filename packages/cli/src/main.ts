/* The process entry of the `weightinit` command: runs the CLI on the process's arguments and
 * streams, and leaves the exit code for Node to return once the output is flushed. */
import { formatError } from './errors'
import { outputFailed, processIo } from './io'
import { run } from './run'

let stdoutFailure: Error | undefined
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that goes away (`weightinit … | head`) ends the command quietly, as SIGPIPE would.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    // Any other failure (`> /dev/full`) fails the write that met it with WRITE_FAILED, which the
    // command reports as its one-line error; a failure no write waited for is reported below.
    if (stream === process.stdout) stdoutFailure ??= error
  })
}

const code = await run(process.argv.slice(2), processIo())
// Text written without waiting (help) may fail after the command ended: wait until stdout took it.
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
if (code === 0 && stdoutFailure !== undefined) {
  process.stderr.write(`${formatError(outputFailed(process.stdout, stdoutFailure))}\n`)
  process.exitCode = 1
} else {
  process.exitCode = code
}
