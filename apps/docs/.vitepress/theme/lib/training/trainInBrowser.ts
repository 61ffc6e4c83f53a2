import type { TrainingCase, TrainingOptions, TrainingResult } from './training.types'
import type { TrainingReply, TrainingRequest } from './trainingMessages'

/** How the page follows and stops a run of {@link trainInBrowser}. */
export interface TrainingControls {
  /** Aborting it stops the training at once; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal
  /** After every epoch of every case: the case's index, the epoch (from 1) and the loss. */
  readonly onEpoch?: (index: number, epoch: number, loss: number) => void
  /** When a case is done. */
  readonly onResult?: (index: number, result: TrainingResult) => void
}

/** The part of a `Worker` used here (a test can stand in for it). */
export interface TrainingWorker {
  onmessage: ((event: MessageEvent<TrainingReply>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  postMessage(request: TrainingRequest): void
  terminate(): void
}

/** Work done on the main thread before the event loop gets a turn, in ms. */
const SLICE = 12

/** The training worker, in browsers that have module workers; `undefined` elsewhere. */
function createTrainingWorker(): TrainingWorker | undefined {
  if (typeof Worker === 'undefined') return undefined
  return new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Trains the cases in a web worker, so that the page stays responsive, or, where there is no
 * worker or it fails to load, on the main thread, giving the event loop a turn every 12 ms or so
 * (an epoch is never split). Resolves with every case's result, in order; stopping (`signal`)
 * terminates the worker.
 *
 * @example
 * ```ts
 * import { trainInBrowser } from './trainInBrowser'
 * import { defaultTrainingOptions, trainingCases } from './trainingCases'
 * const stop = new AbortController()
 * const results = await trainInBrowser(defaultTrainingOptions, trainingCases, { signal: stop.signal })
 * ```
 */
export function trainInBrowser(
  options: TrainingOptions,
  cases: readonly TrainingCase[],
  controls: TrainingControls = {},
  createWorker: () => TrainingWorker | undefined = createTrainingWorker,
): Promise<TrainingResult[]> {
  const { signal } = controls
  if (signal?.aborted) return Promise.reject(signal.reason)
  let worker: TrainingWorker | undefined
  try {
    worker = createWorker()
  } catch {
    worker = undefined
  }
  if (!worker) return trainOnMainThread(options, cases, controls)
  const started = worker
  return new Promise<TrainingResult[]>((resolve, reject) => {
    const results: TrainingResult[] = []
    const finish = () => {
      signal?.removeEventListener('abort', onAbort)
      started.terminate()
    }
    const onAbort = () => {
      finish()
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    started.onmessage = ({ data: reply }) => {
      if (reply.type === 'epoch') controls.onEpoch?.(reply.index, reply.epoch, reply.loss)
      else if (reply.type === 'result') {
        results[reply.index] = reply.result
        controls.onResult?.(reply.index, reply.result)
        if (results.filter(Boolean).length === cases.length) {
          finish()
          resolve(results)
        }
      } else {
        finish()
        reject(new Error(reply.message))
      }
    }
    started.onerror = (event) => {
      // The worker could not load (or died): train on the main thread instead.
      event.preventDefault()
      finish()
      trainOnMainThread(options, cases, controls).then(resolve, reject)
    }
    started.postMessage({ options, cases })
  })
}

/** Resolves after the browser has had a chance to handle events. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** The same training on the calling thread, in slices of about 12 ms. */
async function trainOnMainThread(
  options: TrainingOptions,
  cases: readonly TrainingCase[],
  { signal, onEpoch, onResult }: TrainingControls,
): Promise<TrainingResult[]> {
  // tfjs is loaded only where it is needed: here, or in the worker.
  const [{ trainingSteps }, { useCpuBackend }] = await Promise.all([
    import('./trainingSteps'),
    import('./useCpuBackend'),
  ])
  await useCpuBackend()
  const results: TrainingResult[] = []
  let last = performance.now()
  for (const [index, run] of cases.entries()) {
    const steps = trainingSteps(options, run)
    try {
      for (;;) {
        signal?.throwIfAborted()
        const step = steps.next()
        if (step.done) {
          results.push(step.value)
          onResult?.(index, step.value)
          break
        }
        onEpoch?.(index, step.value.epoch, step.value.loss)
        if (performance.now() - last > SLICE) {
          await yieldToEventLoop()
          last = performance.now()
        }
      }
    } finally {
      // Stopped early: end the generator, which disposes of the network's tensors.
      steps.return(undefined as never)
    }
  }
  return results
}
