import {
  type InitSpec,
  type SignalPropagation,
  type SignalPropagationOptions,
  signalPropagationSteps,
} from '@weightinit/core'

/** How a caller follows and stops a run. */
export interface SignalRunControls {
  /** Called as the run goes: layer passes done of the run's total (2·depth). */
  readonly onProgress?: (completed: number, total: number) => void
  /** Aborting it rejects the run with the signal's reason (an `AbortError`). */
  readonly signal?: AbortSignal
}

/** Work done before the event loop gets a turn, in ms: short enough that a page stays responsive. */
const SLICE = 12

/** Resolves after the browser (or Node) has had a chance to handle events. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * Core's `propagateSignal` on the calling thread, giving the event loop a turn about every 12 ms of
 * work: where a worker is not available. Rejects with the signal's reason when it is aborted, and
 * with core's error for bad input.
 */
export async function propagateCooperatively(
  spec: InitSpec,
  options: SignalPropagationOptions,
  controls: SignalRunControls = {},
): Promise<SignalPropagation> {
  const { onProgress, signal } = controls
  signal?.throwIfAborted()
  const steps = signalPropagationSteps(spec, options)
  let last = performance.now()
  for (;;) {
    signal?.throwIfAborted()
    const step = steps.next()
    if (step.done) return step.value
    onProgress?.(step.value.completed, step.value.total)
    if (performance.now() - last > SLICE) {
      await yieldToEventLoop()
      last = performance.now()
    }
  }
}
