import type { InitSpec, SignalPropagation, SignalPropagationOptions } from '@weightinit/core'

/** What the page asks the signal worker: one run of core's `propagateSignal`. */
export interface SignalRequest {
  /** Names the run in the replies. */
  readonly id: number
  readonly spec: InitSpec
  readonly options: SignalPropagationOptions
}

/** What the signal worker answers: progress while it runs, then the result or why it failed. */
export type SignalReply =
  | {
      readonly id: number
      readonly type: 'progress'
      /** Layer passes done (forward, then backward). */
      readonly completed: number
      /** Layer passes in the run: 2·depth. */
      readonly total: number
    }
  | { readonly id: number; readonly type: 'done'; readonly result: SignalPropagation }
  | { readonly id: number; readonly type: 'failed'; readonly message: string }
