/* The public API of @weightinit/cli: an explicit barrel, nothing executable. The `weightinit`
 * command runs `run` (see main.ts); these exports drive it in-process and reuse its pieces. */

// Commands
export { type BitsFlags, registerBits } from './commands/bits'
export { type InspectFlags, registerInspect, renderInspection } from './commands/inspect'
export { type LsuvFlags, registerLsuv } from './commands/lsuv'
export { type PatchFlags, registerPatch, renderPatch } from './commands/patch'
export { type PlanFlags, registerPlan, renderPlan } from './commands/plan'
export { registerSample, resolveFormat, type SampleFlags } from './commands/sample'
export { registerVerify, type VerifyFlags } from './commands/verify'
export { type CommandContext, type CommonFlags, finishCommand } from './context'
// Errors and exit codes
export { EXIT, exitCodeOf, formatError, usageError } from './errors'
// Output
export {
  compactSpec,
  describeDraw,
  frameworkName,
  num,
  planJson,
  table,
  toJson,
} from './format'
// Running
export { type CliIo, processIo, write } from './io'
export {
  addFeedFlags,
  collect,
  DEFAULT_DIM,
  type FeedFlags,
  feedOptions,
  loadModel,
  readRecipe,
  renderVerify,
  short,
} from './onnxFlags'
export {
  type ChunkSink,
  checkBinaryStdout,
  streamSink,
  withInterrupt,
} from './output'
// Flag parsing
export {
  parseDTypeFlag,
  parseInteger,
  parseLayout,
  parseNumber,
  parseSeed,
  parseShape,
  parseShard,
} from './parse'
export { createProgress, formatBytes, type Progress } from './progress'
export { createProgram, run, version } from './run'
export { addInitFlags, type InitFlags, type PlanInput, planInput } from './spec'
