import type { InitSpec } from '@weightinit/core'

/** One initializer the training demo compares: a label and the spec every kernel is drawn from. */
export interface TrainingInitializer {
  /** A short id, used in keys and test ids. */
  readonly id: string
  /** What the legend says. */
  readonly label: string
  /** The spec of every Dense kernel (biases are zeros, batch-norm scales ones). */
  readonly spec: InitSpec
}

/**
 * The initializers the training demo compares, every kernel of the network drawn from the same one:
 * all zeros, small random N(0, 0.01²), Xavier normal, He normal and orthogonal with the ReLU gain √2.
 *
 * @example
 * ```ts
 * import { trainingInitializers } from './trainingInitializers'
 * trainingInitializers.map((i) => i.label)
 * ```
 */
export const trainingInitializers: readonly TrainingInitializer[] = [
  { id: 'zeros', label: 'zeros', spec: { init: 'zeros' } },
  { id: 'small', label: 'small random N(0, 0.01²)', spec: { init: 'normal', std: 0.01 } },
  { id: 'xavier', label: 'Xavier normal', spec: { init: 'xavier_normal' } },
  { id: 'he', label: 'He normal', spec: { init: 'kaiming_normal', nonlinearity: 'relu' } },
  {
    id: 'orthogonal',
    label: 'orthogonal, gain √2',
    spec: { init: 'orthogonal', gain: Math.SQRT2 },
  },
]
