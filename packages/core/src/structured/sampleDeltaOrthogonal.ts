import type { DeltaOrthogonalPlan } from '../plan/planTypes'
import { createStream } from '../random/stream'
import { orthogonalTensor } from './sampleOrthogonal'
import type { StructuredSampleOptions } from './structuredSampleOptions'

/**
 * Samples a delta-orthogonal plan (JAX `delta_orthogonal`, Xiao et al. 2018): a convolution kernel
 * that is zero except for an orthogonal in×out matrix at its spatial centre, in float64.
 *
 * @param plan - a delta-orthogonal plan from `plan()`, shape `[k1, …, in, out]` (channels last,
 *   rank 3 to 5, in ≤ out)
 * @param options - the seed and key of the stream, and the QR's engine (default `'auto'`)
 * @returns a new `Float64Array` of `plan.size` numbers, row-major
 * @throws `INVALID_SEED`, `INVALID_KEY` for a bad seed or key
 *
 * @remarks
 * JAX's rule: W = 0, and `W[(k1−1)//2, …, (kd−1)//2, :, :] = orthogonal(scale, column_axis)(key,
 * shape[−2:])`. The block is {@link orthogonalTensor} of the shape [in, out] with the plan's
 * column axis (−1 or −2) and gain = scale, from the same stream as `orthogonal`: the Gaussian is
 * the out×in matrix of the stream's first in·out normals, and the block is scale·Qᵀ whichever
 * column axis is chosen (as in JAX, where both draw the same max×min Gaussian). For even kernel
 * sizes the centre ⌊(k − 1)/2⌋ is left of the middle, unlike PyTorch's `dirac_` (⌊k/2⌋).
 *
 * The orthogonal block needs the whole in×out matrix: a slice of the tensor is cut from the whole.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { sampleDeltaOrthogonal } from './sampleDeltaOrthogonal'
 * const w = sampleDeltaOrthogonal(plan({ init: 'delta_orthogonal' }, [3, 3, 16, 32]), { seed: 0 })
 * // w is zero except at spatial index (1, 1), where the 16 rows of the 16×32 block are orthonormal
 * ```
 */
export function sampleDeltaOrthogonal(
  plan: DeltaOrthogonalPlan,
  options: StructuredSampleOptions,
): Float64Array {
  const stream = createStream(options.seed, options.key ?? '')
  const { shape } = plan
  const rank = shape.length
  const out = new Float64Array(plan.size)
  if (out.length === 0) return out
  const inChannels = shape[rank - 2]!
  const outChannels = shape[rank - 1]!
  const blockShape = [inChannels, outChannels]
  const columns = plan.columnAxis === -2 ? inChannels : outChannels
  const block = orthogonalTensor(
    blockShape,
    (inChannels * outChannels) / columns,
    columns,
    { columnAxis: plan.columnAxis },
    plan.gain,
    stream,
    options.engine ?? 'auto',
    options.signal,
    'float64',
    new Float64Array(inChannels * outChannels),
  )
  let centre = 0
  for (let d = 0; d < rank - 2; d++) centre = centre * shape[d]! + Math.floor((shape[d]! - 1) / 2)
  out.set(block, centre * inChannels * outChannels)
  return out
}
