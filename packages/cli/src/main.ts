/* The process entry of the `weightinit` command: runs the CLI on the process's arguments and
 * streams, and leaves the exit code for Node to return once the output is flushed. */
import { processIo } from './io'
import { run } from './run'

// A reader that goes away (`weightinit … | head`) ends the command quietly, as SIGPIPE would.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

process.exitCode = await run(process.argv.slice(2), processIo())
