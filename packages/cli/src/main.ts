/* The process entry of the `weightinit` command: runs the CLI on the process's arguments and
 * streams, and leaves the exit code for Node to return once the output is flushed. */
import { processIo } from './io'
import { run } from './run'

process.exitCode = await run(process.argv.slice(2), processIo())
