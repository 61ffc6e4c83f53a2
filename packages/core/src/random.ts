/**
 * `@weightinit/core/random`: the counter-based random stream underneath `sample`, for advanced
 * users who generate or audit the raw stream themselves (another language's port, a custom
 * sampler, a known-answer test). Most programs need only `sample` and `Seed` from
 * '@weightinit/core'. An explicit barrel, nothing executable.
 *
 * @packageDocumentation
 */

export { randomBits } from './random/bits'
export { hashKey } from './random/hashKey'
export { philox4x32, philoxBlocks } from './random/philox4x32'
export { normalizeSeed } from './random/seed'
export { createStream, type Stream } from './random/stream'
export { u24, u24Open, u53, u53Open } from './random/uniformFromBits'
