import type { TrainingReply, TrainingRequest } from './trainingMessages'
import { trainingSteps } from './trainingSteps'
import { useCpuBackend } from './useCpuBackend'

/**
 * Trains a request's cases in order and posts the replies: every epoch's loss, every case's
 * result, or the error's message. Runs in the training worker, where nothing else needs the thread.
 *
 * @example
 * ```ts
 * import { respondToTrainingRequest } from './respondToTrainingRequest'
 * import type { TrainingRequest } from './trainingMessages'
 * declare const request: TrainingRequest // what the page posted to the worker
 * await respondToTrainingRequest(request, (reply) => postMessage(reply))
 * ```
 */
export async function respondToTrainingRequest(
  request: TrainingRequest,
  post: (reply: TrainingReply) => void,
): Promise<void> {
  try {
    await useCpuBackend()
    for (const [index, run] of request.cases.entries()) {
      const steps = trainingSteps(request.options, run)
      for (;;) {
        const step = steps.next()
        if (step.done) {
          post({ type: 'result', index, result: step.value })
          break
        }
        post({ type: 'epoch', index, epoch: step.value.epoch, loss: step.value.loss })
      }
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
  }
}
