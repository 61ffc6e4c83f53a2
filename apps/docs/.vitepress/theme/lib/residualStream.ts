import { plan, type Seed, sample } from '@weightinit/core'

/** The residual stack {@link residualStream} builds. */
export interface ResidualStreamOptions {
  /** d, the units of the stream and of every branch's square weight. */
  readonly width: number
  /** Inputs pushed through together. */
  readonly batch: number
  /** The seed of the inputs and of every weight (default 0). */
  readonly seed?: Seed
  /**
   * What each branch does to the stream before its weight: `'layer'` a LayerNorm (γ = 1, β = 0),
   * as a pre-LN transformer block does; `'none'` nothing, as in a residual network without
   * normalization.
   */
  readonly norm: 'layer' | 'none'
}

/** Divides each row of `x` (`[batch, width]`) by its root mean square after centring it. */
function layerNorm(x: Float64Array, batch: number, width: number): Float64Array {
  const out = new Float64Array(x.length)
  for (let b = 0; b < batch; b++) {
    const row = b * width
    let mean = 0
    for (let i = 0; i < width; i++) mean += x[row + i]!
    mean /= width
    let square = 0
    for (let i = 0; i < width; i++) square += (x[row + i]! - mean) ** 2
    const inverse = 1 / Math.sqrt(square / width + 1e-5)
    for (let i = 0; i < width; i++) out[row + i] = (x[row + i]! - mean) * inverse
  }
  return out
}

/** The standard deviation of every element of `x` about 0. */
function rootMeanSquare(x: Float64Array): number {
  let sum = 0
  for (const v of x) sum += v * v
  return Math.sqrt(sum / x.length)
}

/**
 * The standard deviation of a residual stream after each branch of a stack whose branch `l` is
 * one square linear layer of weights N(0, stds[l]²): x ← x + W_l·n(x), n a LayerNorm (pre-LN) or
 * nothing. The inputs are N(0, 1) (stream key `stream.input`); branch l's weights have key
 * `stream.${l}.weight`, so a branch's draw does not depend on the others' stds. A weight std of 0
 * is a zero branch (Fixup's, ControlNet's). Float64 throughout; about `stds.length · batch ·
 * width²` multiply-adds, one branch per step, so that a page can give the browser a turn between
 * steps ({@link residualStream} runs them all).
 *
 * In expectation, a pre-LN branch adds stds[l]²·width to the stream's variance (the LayerNorm's
 * output has unit second moment, and W_l is independent of it); without normalization a branch
 * multiplies it by 1 + stds[l]²·width.
 *
 * @param stds - each branch's weight std, bottom to top
 * @param options - width, batch, seed, normalization
 * @returns a generator that yields the stream's std after each branch and returns them all
 * @example
 * ```ts
 * import { residualStreamSteps } from './residualStream'
 * const steps = residualStreamSteps([0.02, 0.02], { width: 16, batch: 4, norm: 'layer' })
 * steps.next().value // the std after the first branch
 * ```
 */
export function* residualStreamSteps(
  stds: readonly number[],
  options: ResidualStreamOptions,
): Generator<number, number[], void> {
  const { width, batch, norm } = options
  const seed = options.seed ?? 0
  const inputs = plan({ init: 'normal', std: 1 }, [batch, width])
  let x = Float64Array.from(sample(inputs, { seed, key: 'stream.input', dtype: 'float64' }))
  const out: number[] = []
  for (const [l, std] of stds.entries()) {
    if (std > 0) {
      const w = sample(plan({ init: 'normal', std }, [width, width]), {
        seed,
        key: `stream.${l}.weight`,
        dtype: 'float64',
      })
      const input = norm === 'layer' ? layerNorm(x, batch, width) : x
      const next = Float64Array.from(x)
      for (let b = 0; b < batch; b++) {
        const row = b * width
        for (let o = 0; o < width; o++) {
          const weightRow = o * width
          let sum = 0
          for (let i = 0; i < width; i++) sum += w[weightRow + i]! * input[row + i]!
          next[row + o] = next[row + o]! + sum
        }
      }
      x = next
    }
    const spread = rootMeanSquare(x)
    out.push(spread)
    yield spread
  }
  return out
}

/**
 * {@link residualStreamSteps}, every step at once.
 *
 * @example
 * ```ts
 * import { residualStream } from './residualStream'
 * const flat = residualStream([0, 0, 0], { width: 8, batch: 4, norm: 'layer' })
 * flat.every((s) => s === flat[0]) // true: zero branches leave the stream as it is
 * ```
 */
export function residualStream(stds: readonly number[], options: ResidualStreamOptions): number[] {
  const steps = residualStreamSteps(stds, options)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
