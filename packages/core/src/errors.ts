/**
 * `@weightinit/core/errors`: the helpers the adapters (and anyone extending weightinit) use to
 * fail the way the core does: one `WeightinitError` with a stable code, "did you mean"
 * suggestions, values shown in messages, and the shape check that runs before any allocation. To
 * catch and read errors, '@weightinit/core' is enough (`WeightinitError`, `ErrorCode`,
 * `errorCodes`). An explicit barrel, nothing executable.
 *
 * @packageDocumentation
 */

export { allocationFailure } from './errors/allocationFailure'
export { checkJsonDepth, checkJsonTextDepth, MAX_JSON_DEPTH } from './errors/checkJsonDepth'
export { checkOptions, type OptionNames } from './errors/checkOptions'
export { describeValue } from './errors/describeValue'
export { didYouMean, suggestion } from './errors/didYouMean'
export type { ErrorCode } from './errors/errorCodes'
export { throwIfAborted } from './errors/throwIfAborted'
export { MAX_ELEMENTS, validateShape } from './errors/validateShape'
export { fail, WeightinitError } from './errors/WeightinitError'
