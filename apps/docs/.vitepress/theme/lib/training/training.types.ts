import type { PointProblem } from './pointData'

/** The optimizers the training demo offers. */
type TrainingOptimizer = 'sgd' | 'adam'

/** The network, the problem and the optimizer of a training run. */
export interface TrainingOptions {
  /** The 2-D problem. */
  readonly problem: PointProblem
  /** How many points (half of each class); each step uses all of them (full-batch). */
  readonly points: number
  /** Hidden layers: Dense(width) → [BatchNormalization] → ReLU, each. */
  readonly depth: number
  /** Units per hidden layer. */
  readonly width: number
  /** Full-batch steps of gradient descent: one epoch each. */
  readonly epochs: number
  /** `sgd`: gradient descent with momentum 0.9; `adam`: Adam (β 0.9, 0.999). */
  readonly optimizer: TrainingOptimizer
  /** The step size. */
  readonly learningRate: number
  /** The seed of the data and of every weight. */
  readonly seed: number
}

/** One of the runs compared: which initializer, with or without batch norm. */
export interface TrainingCase {
  /** The id of one of `trainingInitializers`. */
  readonly initializer: string
  readonly batchNorm: boolean
}

/** A histogram of the values entering one layer's ReLU, on the whole data set. */
export interface LayerHistogram {
  /** The hidden layer, from 1. */
  readonly layer: number
  /** The bins span [lo, hi]. */
  readonly lo: number
  readonly hi: number
  /** How many values fell in each bin (values beyond [lo, hi] in the outermost bins). */
  readonly counts: readonly number[]
  /** The standard deviation of the values. */
  readonly std: number
  /** The fraction of the values that are exactly 0. */
  readonly zeros: number
}

/** What one run measured. */
export interface TrainingResult extends TrainingCase {
  /** The loss (binary cross-entropy) on the whole data set before training. */
  readonly initialLoss: number
  /** The loss after each epoch: `loss[e − 1]` after `e` epochs. */
  readonly loss: readonly number[]
  /** The fraction of points classified right after each epoch. */
  readonly accuracy: readonly number[]
  /** The values entering each layer's ReLU before training and after the last epoch. */
  readonly histograms: {
    readonly start: readonly LayerHistogram[]
    readonly end: readonly LayerHistogram[]
  }
}

/** What a run reports after each epoch. */
export interface TrainingProgress {
  /** Epochs done. */
  readonly epoch: number
  /** The loss after them. */
  readonly loss: number
}
