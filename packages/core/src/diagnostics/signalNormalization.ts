/**
 * The normalizations {@link propagateSignal} can put on each layer's pre-activation: none, batch
 * normalization (each unit over the batch) or layer normalization (each input over the units).
 *
 * @example
 * ```ts
 * import { signalNormalizations } from '@weightinit/core'
 * signalNormalizations.includes('batch') // true
 * ```
 */
export const signalNormalizations = ['none', 'batch', 'layer'] as const

/** A normalization of {@link signalNormalizations}. */
export type SignalNormalization = (typeof signalNormalizations)[number]

/**
 * The ε added to the variance before its square root: 1e-5, the default of PyTorch's
 * `nn.BatchNorm1d` and `nn.LayerNorm`.
 *
 * @example
 * ```ts
 * import { NORMALIZATION_EPSILON } from './signalNormalization'
 * NORMALIZATION_EPSILON // 0.00001
 * ```
 */
export const NORMALIZATION_EPSILON = 1e-5

/** How a `[batch, width]` row-major array splits into the groups one normalization standardizes. */
interface Groups {
  /** How many groups. */
  readonly count: number
  /** Elements per group. */
  readonly size: number
  /** Index of group g's first element: g·groupStride. */
  readonly groupStride: number
  /** Distance between a group's consecutive elements. */
  readonly elementStride: number
}

function groupsOf(normalization: 'batch' | 'layer', batch: number, width: number): Groups {
  return normalization === 'batch'
    ? { count: width, size: batch, groupStride: 1, elementStride: width }
    : { count: batch, size: width, groupStride: width, elementStride: 1 }
}

/**
 * Standardizes `h` (`[batch, width]`, row-major) into `z`: per unit over the batch (`'batch'`) or
 * per input over the units (`'layer'`), z = (h − μ)/√(σ² + ε) with the biased variance, γ = 1 and
 * β = 0 (training-mode statistics, as PyTorch computes them).
 *
 * @returns 1/√(σ² + ε) of each group, which {@link normalizeBackward} needs
 * @example
 * ```ts
 * import { normalizeForward } from './signalNormalization'
 * const z = new Float64Array(4)
 * normalizeForward('batch', Float64Array.of(1, 10, 3, 30), z, 2, 2) // ≈ [1/√(1 + 1e-5), 1/√(100 + 1e-5)]
 * z // ≈ [−1, −1, 1, 1]
 * ```
 */
export function normalizeForward(
  normalization: 'batch' | 'layer',
  h: Float64Array,
  z: Float64Array,
  batch: number,
  width: number,
): Float64Array {
  const { count, size, groupStride, elementStride } = groupsOf(normalization, batch, width)
  const inverseStd = new Float64Array(count)
  for (let g = 0; g < count; g++) {
    const start = g * groupStride
    const end = start + size * elementStride
    let sum = 0
    for (let k = start; k < end; k += elementStride) sum += h[k]!
    const mean = sum / size
    let squares = 0
    for (let k = start; k < end; k += elementStride) {
      const d = h[k]! - mean
      squares += d * d
    }
    const inverse = 1 / Math.sqrt(squares / size + NORMALIZATION_EPSILON)
    inverseStd[g] = inverse
    for (let k = start; k < end; k += elementStride) z[k] = (h[k]! - mean) * inverse
  }
  return inverseStd
}

/**
 * The exact backward pass of {@link normalizeForward}: given ∂L/∂z, writes ∂L/∂h into `dh`,
 * dh = (dz − mean(dz) − z·mean(dz·z))/√(σ² + ε) over each group.
 *
 * @remarks
 * With x̂ = (h − μ)/s and s = √(σ² + ε), ∂z_i/∂h_j = (δ_ij − 1/n)/s − x̂_i·x̂_j/(n·s), since
 * ∂σ²/∂h_j = 2(h_j − μ)/n; summing dz_i times it over i gives the formula, ε included.
 * @example
 * ```ts
 * import { normalizeBackward, normalizeForward } from './signalNormalization'
 * const z = new Float64Array(3)
 * const inverseStd = normalizeForward('layer', Float64Array.of(1, 2, 4), z, 1, 3)
 * const dh = new Float64Array(3)
 * normalizeBackward('layer', Float64Array.of(1, 1, 1), z, inverseStd, dh, 1, 3)
 * dh // ≈ [0, 0, 0]: adding a constant to h leaves z unchanged
 * ```
 */
export function normalizeBackward(
  normalization: 'batch' | 'layer',
  dz: Float64Array,
  z: Float64Array,
  inverseStd: Float64Array,
  dh: Float64Array,
  batch: number,
  width: number,
): void {
  const { count, size, groupStride, elementStride } = groupsOf(normalization, batch, width)
  for (let g = 0; g < count; g++) {
    const start = g * groupStride
    const end = start + size * elementStride
    let sum = 0
    let projection = 0
    for (let k = start; k < end; k += elementStride) {
      sum += dz[k]!
      projection += dz[k]! * z[k]!
    }
    const mean = sum / size
    const meanProjection = projection / size
    const inverse = inverseStd[g]!
    for (let k = start; k < end; k += elementStride) {
      dh[k] = (dz[k]! - mean - z[k]! * meanProjection) * inverse
    }
  }
}
