import type { ErrorCode } from '@weightinit/core'
import type { FilePlan } from './filePlan'

/**
 * A message from the pool to a generation worker: a new file plan to generate from, or a byte range
 * to generate into shared memory, piece by piece, together with the pool's other threads: each
 * thread claims the next piece from the shared counter `claims[0]` until none is left.
 *
 * @remarks Internal protocol between `createGeneratorPool` and `generateWorker`.
 *
 * @example
 * ```ts
 * import type { ToWorker } from './workerMessages'
 * const claims = new Int32Array(new SharedArrayBuffer(4))
 * const fill = (buffer: SharedArrayBuffer): ToWorker => ({ type: 'fill', job: 1, plan: 1, start: 0, buffer, byteOffset: 0, cuts: [0, buffer.byteLength], claims })
 * ```
 */
export type ToWorker =
  | { readonly type: 'plan'; readonly id: number; readonly file: FilePlan }
  | {
      readonly type: 'fill'
      readonly job: number
      readonly plan: number
      readonly start: number
      readonly buffer: SharedArrayBuffer
      readonly byteOffset: number
      /** The pieces, in data bytes: piece `k` is `[cuts[k], cuts[k + 1])`, from `start` to its end. */
      readonly cuts: readonly number[]
      /** `claims[0]`: the next unclaimed piece, shared by every thread of the fill. */
      readonly claims: Int32Array
    }

/**
 * A worker's answer to a `fill`: done, or the error it met (code, message and details survive the
 * thread boundary).
 *
 * @remarks Internal protocol.
 *
 * @example
 * ```ts
 * import type { FromWorker } from './workerMessages'
 * const done: FromWorker = { type: 'done', job: 3 }
 * ```
 */
export type FromWorker =
  | { readonly type: 'done'; readonly job: number }
  | {
      readonly type: 'error'
      readonly job: number
      readonly code: ErrorCode | undefined
      readonly message: string
      readonly details: Readonly<Record<string, unknown>>
    }
