import { fail } from '../errors/WeightinitError'
import type { TruncatedNormalParams } from './prepareTruncatedNormal'

/**
 * Checks that `params` came from `prepareTruncatedNormal` (the shape of its result), for the
 * kernels of both engines; returns them, and whether float32 samples may take the float32 centre.
 *
 * @returns `params`, and `float32Centre`: true when f32(mu) and f32(sigma) are finite (`SAMPLING.md`:
 *   otherwise every float32 element takes the float64 formula, so that ∞·0 cannot make a NaN)
 * @throws `INVALID_ARGUMENT` for anything else
 *
 * @example
 * ```ts
 * import { checkTruncatedNormalParams } from './checkTruncatedNormalParams'
 * import { prepareTruncatedNormal } from '@weightinit/core/samplers'
 * checkTruncatedNormalParams(prepareTruncatedNormal(0, 1, -2, 2)).float32Centre // true
 * ```
 */
export function checkTruncatedNormalParams(params: TruncatedNormalParams): {
  readonly params: TruncatedNormalParams
  readonly float32Centre: boolean
} {
  if (
    params === null ||
    typeof params !== 'object' ||
    typeof params.start !== 'number' ||
    typeof params.width !== 'number' ||
    typeof params.upper !== 'boolean'
  ) {
    fail('INVALID_ARGUMENT', 'params must come from prepareTruncatedNormal()', {})
  }
  const float32Centre =
    Number.isFinite(Math.fround(params.mu)) && Number.isFinite(Math.fround(params.sigma))
  return { params, float32Centre }
}
