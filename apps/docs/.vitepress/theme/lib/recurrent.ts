import { type InitSpec, plan, sample } from '@weightinit/core'

/** The size of the recurrence experiment: `hidden` units, `steps` time steps, `batch` start states. */
export interface RecurrentOptions {
  /** Units of the hidden state, the size of the square recurrent matrix (default 128). */
  readonly hidden?: number
  /** Time steps (default 100). */
  readonly steps?: number
  /** Start states followed together (default 8). */
  readonly batch?: number
  /** The seed of the matrix and the start states (default 0). */
  readonly seed?: number
}

/**
 * Multiplies `batch` random unit-length states by the same recurrent matrix `steps` times,
 * `h_t = W h_(t−1)`, and records the root mean square of `‖h_t‖` after each step. The matrix is
 * drawn once by core from `spec`, `[hidden, hidden]` in PyTorch's `[out, in]` layout.
 *
 * @param spec - the initializer of the recurrent matrix
 * @param options - hidden size, steps, batch and seed
 * @returns `‖h_t‖` for t = 1 … steps (the start states have length 1)
 *
 * @remarks
 * The recurrence is linear, with no input and no bias: it isolates what repeated multiplication by
 * one matrix does, which is how a recurrent layer's weights act over time. Computed in float64, so
 * that shrinking norms can be followed far below float32's range. With the defaults it is about
 * 13 million multiply-adds.
 *
 * @example
 * ```ts
 * import { recurrentNorms } from './recurrent'
 * const norms = recurrentNorms({ init: 'orthogonal' })
 * norms[99] // 1, up to rounding: an orthogonal matrix preserves lengths at every step
 * ```
 */
export function recurrentNorms(spec: InitSpec, options: RecurrentOptions = {}): number[] {
  const hidden = options.hidden ?? 128
  const steps = options.steps ?? 100
  const batch = options.batch ?? 8
  const seed = options.seed ?? 0
  const w = sample(plan(spec, [hidden, hidden], { layout: 'oi' }), {
    seed,
    key: 'recurrent.weight',
    dtype: 'float64',
  })
  const start = sample(plan({ init: 'normal' }, [batch, hidden]), {
    seed,
    key: 'recurrent.start',
    dtype: 'float64',
  })
  let h = new Float64Array(batch * hidden)
  for (let b = 0; b < batch; b++) {
    const row = start.subarray(b * hidden, (b + 1) * hidden)
    const length = Math.sqrt(row.reduce((sum, v) => sum + v * v, 0))
    for (let i = 0; i < hidden; i++) h[b * hidden + i] = row[i]! / length
  }
  const norms: number[] = []
  for (let t = 0; t < steps; t++) {
    const next = new Float64Array(batch * hidden)
    let squares = 0
    // next[b, o] = Σ_i w[o, i] · h[b, i]
    for (let b = 0; b < batch; b++) {
      const row = b * hidden
      for (let o = 0; o < hidden; o++) {
        const wRow = o * hidden
        let sum = 0
        for (let i = 0; i < hidden; i++) sum += w[wRow + i]! * h[row + i]!
        next[row + o] = sum
        squares += sum * sum
      }
    }
    norms.push(Math.sqrt(squares / batch))
    h = next
  }
  return norms
}

/** One curve of the recurrent page's plot: a recurrent-matrix initializer for a hidden size. */
export interface RecurrentCase {
  readonly label: string
  readonly spec: (hidden: number) => InitSpec
}

/** The recurrent-matrix initializers compared on the recurrent page. */
export const recurrentCases: readonly RecurrentCase[] = [
  { label: 'orthogonal (Keras, tfjs default)', spec: () => ({ init: 'orthogonal' }) },
  { label: 'glorot_uniform: variance 1/n', spec: () => ({ init: 'glorot_uniform' }) },
  {
    label: 'PyTorch default: U(±1/√n), variance 1/(3n)',
    spec: (hidden) => ({ init: 'uniform', a: -1 / Math.sqrt(hidden), b: 1 / Math.sqrt(hidden) }),
  },
  {
    label: 'He (kaiming_normal): variance 2/n',
    spec: () => ({ init: 'kaiming_normal', nonlinearity: 'relu' }),
  },
]
