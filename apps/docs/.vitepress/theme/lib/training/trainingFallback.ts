import { trainAll } from './trainAll'
import type { TrainingOptions, TrainingResult } from './training.types'
import { defaultTrainingOptions, trainingCases } from './trainingCases'
import { useCpuBackend } from './useCpuBackend'

/** The static curves a page shows before the reader trains (or where the browser cannot). */
export interface TrainingFallback {
  readonly options: TrainingOptions
  /** One result per case of `trainingCases`, in order. */
  readonly results: readonly TrainingResult[]
}

/**
 * Trains every case with the default options on tfjs's cpu backend: what the site's build runs
 * (`training.data.ts`) to precompute the page's static curves, with the code the browser runs.
 *
 * @example
 * ```ts
 * import { trainingFallback } from './trainingFallback'
 * const { results } = await trainingFallback()
 * ```
 */
export async function trainingFallback(
  options: TrainingOptions = defaultTrainingOptions,
): Promise<TrainingFallback> {
  await useCpuBackend()
  return { options, results: trainAll(options, trainingCases) }
}
