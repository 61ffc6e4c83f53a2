import type { ErrorCode } from '@weightinit/core'
import type { FilePlan } from './filePlan'

/**
 * A message from the pool to a generation worker: a new file plan to generate from; a byte range
 * to generate into shared memory, piece by piece, together with the pool's other threads (each
 * thread claims the next piece from the shared counter `claims[0]` until none is left); or a step
 * of a large orthogonal tensor that every thread computes a part of (reflectors, column ranges,
 * layout), and its bytes once made.
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
  | {
      /** Draw the reflectors of orthogonal segment `segment` of plan `plan` into shared memory. */
      readonly type: 'reflect'
      readonly job: number
      readonly plan: number
      readonly segment: number
      /** Receives the M×N reflectors (float64 for a float64 segment, float32 otherwise). */
      readonly columns: SharedArrayBuffer
      /** Receives their τ (float64). */
      readonly tau: SharedArrayBuffer
    }
  | {
      /** Compute Q's columns j0 … j1−1 of that segment from its reflectors, into `q`. */
      readonly type: 'columns'
      readonly job: number
      readonly plan: number
      readonly segment: number
      readonly columns: SharedArrayBuffer
      readonly tau: SharedArrayBuffer
      readonly q: SharedArrayBuffer
      readonly j0: number
      readonly j1: number
    }
  | {
      /** Lay the segment's bytes out from Q's columns into `bytes`. */
      readonly type: 'finish'
      readonly job: number
      readonly plan: number
      readonly segment: number
      readonly q: SharedArrayBuffer
      readonly bytes: SharedArrayBuffer
    }
  | {
      /** The segment's bytes, to copy from instead of computing them (no answer). */
      readonly type: 'share'
      readonly plan: number
      readonly segment: number
      readonly bytes: SharedArrayBuffer
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
