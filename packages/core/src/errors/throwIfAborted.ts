import { describeValue } from './describeValue'
import { fail } from './WeightinitError'

/**
 * Fails with `ABORTED` when a cancellation signal has fired: what long computations (the orthogonal
 * QR, between panels) call between steps.
 *
 * @param signal - an `AbortSignal`, or `undefined` (never aborted)
 * @param what - what is cancelled, for the message (e.g. `'the QR of a 4096×4096 matrix'`)
 * @throws `ABORTED` when `signal.aborted`; `INVALID_ARGUMENT` when `signal` is neither undefined nor
 *   an object with a boolean `aborted`
 *
 * @remarks
 * The check is synchronous: a signal aborted by an event handler (a timer, Ctrl-C) is only seen
 * when the computation gives the event loop a turn. In Node, run long work in a worker thread (as
 * `@weightinit/buffers` does) and end the worker to cancel it at once.
 *
 * @example
 * ```ts
 * import { throwIfAborted } from '@weightinit/core/errors'
 * const controller = new AbortController()
 * throwIfAborted(controller.signal, 'the work') // fine
 * controller.abort()
 * // throwIfAborted(controller.signal, 'the work') now throws ABORTED
 * ```
 */
export function throwIfAborted(signal: AbortSignal | undefined, what: string): void {
  if (signal === undefined) return
  const aborted = signal !== null && typeof signal === 'object' ? signal.aborted : undefined
  if (typeof aborted !== 'boolean') {
    fail('INVALID_ARGUMENT', `signal must be an AbortSignal, got ${describeValue(signal)}`, {})
  }
  if (aborted) fail('ABORTED', `${what} was cancelled (its AbortSignal fired)`, {})
}
