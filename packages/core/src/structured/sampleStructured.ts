import { describeValue } from '../errors/describeValue'
import { fail } from '../errors/WeightinitError'
import type {
  DeltaOrthogonalPlan,
  DiracPlan,
  EyePlan,
  OrthogonalPlan,
  Plan,
  SparsePlan,
} from '../plan/planTypes'
import { createStream } from '../random/stream'
import { sampleDeltaOrthogonal } from './sampleDeltaOrthogonal'
import { sampleDirac } from './sampleDirac'
import { sampleEye } from './sampleEye'
import { sampleOrthogonal } from './sampleOrthogonal'
import { sampleSparse } from './sampleSparse'
import type { StructuredSampleOptions } from './structuredSampleOptions'

/**
 * A plan whose values have structure beyond one distribution per element: they are computed for
 * the whole tensor at once.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { isStructuredPlan, type StructuredPlan } from '@weightinit/core/samplers'
 * const p = plan({ init: 'orthogonal' }, [64, 64])
 * if (isStructuredPlan(p)) { const structured: StructuredPlan = p }
 * ```
 */
export type StructuredPlan = OrthogonalPlan | EyePlan | DiracPlan | DeltaOrthogonalPlan | SparsePlan

/** The distributions of {@link StructuredPlan}. */
const STRUCTURED: ReadonlySet<string> = new Set([
  'orthogonal',
  'eye',
  'dirac',
  'delta_orthogonal',
  'sparse',
])

/**
 * Whether a plan is a {@link StructuredPlan}, which {@link sampleStructured} samples.
 *
 * @param plan - any plan
 * @returns true for orthogonal, eye, dirac, delta_orthogonal and sparse plans
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { isStructuredPlan } from '@weightinit/core/samplers'
 * isStructuredPlan(plan({ init: 'eye' }, [3, 3])) // true
 * isStructuredPlan(plan({ init: 'normal' }, [3, 3])) // false
 * ```
 */
export function isStructuredPlan(plan: Plan): plan is StructuredPlan {
  return STRUCTURED.has(plan.distribution)
}

/**
 * Samples the whole tensor of a structured plan in float64, in the tensor's element order:
 * what `sample()` calls for these plans before converting to the output dtype and slicing.
 *
 * @param plan - an orthogonal, eye, dirac, delta_orthogonal or sparse plan from `plan()`
 * @param options - the seed and key of the stream (`key` defaults to `''`), and the engine of the
 *   orthogonal plans' QR (`engine`, default `'auto'`: the same bits on every engine)
 * @returns a new `Float64Array` of `plan.size` numbers
 * @throws `INVALID_ARGUMENT` for a plan of another distribution or a bad engine; `INVALID_SEED`,
 *   `INVALID_KEY` for a bad seed or key
 *
 * @remarks
 * Unlike the element-wise distributions, these values are not a function of (seed, key, i) alone:
 * - orthogonal (`sampleOrthogonal`) and delta_orthogonal (`sampleDeltaOrthogonal`)
 *   take the QR decomposition of a whole Gaussian matrix, and sparse (`sampleSparse`) ranks
 *   a whole column to choose its zeros: a slice is computed from the whole tensor and cut, so it
 *   costs the whole tensor's time and O(size) memory;
 * - eye (`sampleEye`) and dirac (`sampleDirac`) are deterministic (no stream is read).
 * Every result is reproducible to the bit from (plan, seed, key).
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { sampleStructured } from '@weightinit/core/samplers'
 * const w = sampleStructured(plan({ init: 'orthogonal', gain: 2 }, [64, 32, 3, 3]), { seed: 0, key: 'conv1.weight' })
 * w.length // 18432
 * ```
 */
export function sampleStructured(
  plan: StructuredPlan,
  options: StructuredSampleOptions,
): Float64Array {
  switch (plan.distribution) {
    case 'orthogonal':
      return sampleOrthogonal(plan, options)
    case 'delta_orthogonal':
      return sampleDeltaOrthogonal(plan, options)
    case 'sparse':
      return sampleSparse(plan, options)
    case 'eye':
      createStream(options.seed, options.key ?? '') // no stream is read, but a bad seed fails for every plan
      return sampleEye(plan)
    case 'dirac':
      createStream(options.seed, options.key ?? '')
      return sampleDirac(plan)
    default:
      return fail(
        'INVALID_ARGUMENT',
        `sampleStructured takes orthogonal, eye, dirac, delta_orthogonal or sparse plans, got ${describeValue((plan as Plan).distribution)}`,
        { distribution: (plan as Plan).distribution },
      )
  }
}
