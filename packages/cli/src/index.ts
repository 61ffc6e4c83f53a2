/* `@weightinit/cli`: the `weightinit` command, driven in-process (tests, other tools, build
 * scripts). `run` parses the arguments, runs the command and resolves to its exit code; `main.ts`
 * is what the `weightinit` binary runs. An explicit barrel, nothing executable. The libraries
 * underneath are '@weightinit/core', '@weightinit/buffers' and '@weightinit/onnx'. */

export { EXIT } from './errors'
export { type CliIo, processIo } from './io'
export { run, version } from './run'
