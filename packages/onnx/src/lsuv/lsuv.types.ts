import type { Seed } from '@weightinit/core'
import type { PatchReport } from '../patch/patchTypes'
import type { RecipeByName } from '../recipes/resolveRecipe'
import type { RecipeConfig, Rule } from '../recipes/rule'
import type { FeedOptions } from '../verify/randomFeeds'

/**
 * Options of `lsuv`.
 *
 * @example
 * ```ts
 * import type { LsuvOptions } from '@weightinit/onnx'
 * const options: LsuvOptions = { seed: 1, tolerance: 0.05, maxIterations: 20, dims: { batch: 64 } }
 * ```
 */
export interface LsuvOptions extends FeedOptions {
  /** The seed of the starting initialization and of the random batch. */
  readonly seed: Seed
  /** The starting recipe (default: `auto` with every layer weight orthogonal, as Mishkin & Matas). */
  readonly recipe?: RecipeByName | RecipeConfig
  /** Rules for the starting initialization (before the recipe's). */
  readonly rules?: readonly Rule[]
  /** Stop when |Var(output) − 1| is below this (default 0.1, the paper's Tol_var). */
  readonly tolerance?: number
  /** At most this many rescalings per layer (default 10, the paper's T_max). */
  readonly maxIterations?: number
}

/**
 * What LSUV did to one layer.
 *
 * @example
 * ```ts
 * import { lsuv, readModel, type LsuvLayer } from '@weightinit/onnx'
 * const { report } = await lsuv(await readModel('m.onnx'), { seed: 1 })
 * const first: LsuvLayer | undefined = report.layers[0]
 * ```
 */
export interface LsuvLayer {
  readonly name: string
  readonly op: string
  readonly node: string
  /** The layer output whose variance is normalized. */
  readonly output: string
  readonly iterations: number
  readonly varianceBefore: number
  readonly varianceAfter: number
  /** The product of the factors applied to the weight. */
  readonly scale: number
  readonly converged: boolean
}

/**
 * What `lsuv` did: the starting patch, each layer in order, and the layers it left alone.
 *
 * @example
 * ```ts
 * import { lsuv, readModel, type LsuvReport } from '@weightinit/onnx'
 * const report: LsuvReport = (await lsuv(await readModel('m.onnx'), { seed: 1 })).report
 * ```
 */
export interface LsuvReport {
  readonly patch: PatchReport
  readonly layers: readonly LsuvLayer[]
  readonly skipped: readonly { readonly name: string; readonly reason: string }[]
}
