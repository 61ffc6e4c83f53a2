import type { TrainingCase, TrainingOptions, TrainingResult } from './training.types'
import { trainingSteps } from './trainingSteps'

/**
 * Every case trained to the end on the calling thread, in order: what the site's build runs to
 * precompute the page's static curves, and what the tests compare the browser with.
 *
 * @example
 * ```ts
 * import { trainAll } from './trainAll'
 * import { defaultTrainingOptions, trainingCases } from './trainingCases'
 * const results = trainAll({ ...defaultTrainingOptions, epochs: 3 }, trainingCases)
 * ```
 */
export function trainAll(
  options: TrainingOptions,
  cases: readonly TrainingCase[],
): TrainingResult[] {
  return cases.map((run) => {
    const steps = trainingSteps(options, run)
    for (;;) {
      const step = steps.next()
      if (step.done) return step.value
    }
  })
}
