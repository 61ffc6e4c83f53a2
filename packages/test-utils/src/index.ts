/* `@weightinit/test-utils`: the helpers every package's tests share. Private: never built or
 * published, a devDependency only. An explicit barrel, nothing executable. */

export type { CodedError } from './checkCaught'
export { expectError } from './expectError'
export { expectRejection } from './expectRejection'
