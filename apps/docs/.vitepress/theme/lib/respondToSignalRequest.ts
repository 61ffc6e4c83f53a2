import { signalPropagationSteps } from '@weightinit/core'
import type { SignalReply, SignalRequest } from './signalMessages'

/** The least time between two progress replies, in ms: enough for a progress bar. */
const PROGRESS_INTERVAL = 50

/**
 * Runs one request to the end and posts the replies: progress at most every 50 ms, then the result,
 * or the error's message (a `WeightinitError` does not survive `postMessage` as itself).
 */
export function respondToSignalRequest(
  request: SignalRequest,
  post: (reply: SignalReply) => void,
): void {
  const { id } = request
  try {
    const steps = signalPropagationSteps(request.spec, request.options)
    let last = performance.now()
    for (;;) {
      const step = steps.next()
      if (step.done) {
        post({ id, type: 'done', result: step.value })
        return
      }
      const now = performance.now()
      if (now - last >= PROGRESS_INTERVAL) {
        last = now
        post({ id, type: 'progress', completed: step.value.completed, total: step.value.total })
      }
    }
  } catch (error) {
    post({ id, type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
