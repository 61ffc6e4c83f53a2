import type { TrainingCase, TrainingOptions } from './training.types'
import { trainingInitializers } from './trainingInitializers'

/**
 * The training demo's default settings: two circles of 128 points, 6 hidden ReLU layers of 16
 * units, 60 full-batch epochs of SGD with momentum 0.9 and step 0.1, seed 1. Small enough that a
 * run takes seconds; deep enough that the initializers part ways.
 */
export const defaultTrainingOptions: TrainingOptions = {
  problem: 'circles',
  points: 128,
  depth: 6,
  width: 16,
  epochs: 60,
  optimizer: 'sgd',
  learningRate: 0.1,
  seed: 1,
}

/**
 * The runs compared, in order: every initializer without batch norm, then every one with it.
 *
 * @example
 * ```ts
 * import { trainingCases } from './trainingCases'
 * trainingCases.length // 10
 * ```
 */
export const trainingCases: readonly TrainingCase[] = [false, true].flatMap((batchNorm) =>
  trainingInitializers.map((initializer) => ({ initializer: initializer.id, batchNorm })),
)

/** A case's key: `he`, `he+bn`. */
export function caseKey(run: TrainingCase): string {
  return run.batchNorm ? `${run.initializer}+bn` : run.initializer
}
