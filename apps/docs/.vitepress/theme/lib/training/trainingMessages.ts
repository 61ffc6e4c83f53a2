import type { TrainingCase, TrainingOptions, TrainingResult } from './training.types'

/** What the page asks the training worker: train these cases, one after the other. */
export interface TrainingRequest {
  readonly options: TrainingOptions
  readonly cases: readonly TrainingCase[]
}

/** What the training worker answers: each epoch's loss, each case's result, or why it failed. */
export type TrainingReply =
  | {
      readonly type: 'epoch'
      /** The case's index in the request. */
      readonly index: number
      readonly epoch: number
      readonly loss: number
    }
  | { readonly type: 'result'; readonly index: number; readonly result: TrainingResult }
  | { readonly type: 'failed'; readonly message: string }
