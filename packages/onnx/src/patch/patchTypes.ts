import type { DType, InitSpec, Nonlinearity, PlanDistribution, Seed } from '@weightinit/core'
import type { Role } from '../analyze/roles'
import type { OnnxModel } from '../model/OnnxModel'
import type { TensorKind } from '../model/tensorSite'
import type { RecipeName } from '../recipes/recipeNames'
import type { RecipeConfig, Rule } from '../recipes/rule'

/**
 * Options of `patch` and `planPatch`.
 *
 * @example
 * ```ts
 * import type { PatchOptions } from '@weightinit/onnx'
 * const options: PatchOptions = { seed: 42, recipe: 'torch' }
 * ```
 */
export interface PatchOptions {
  /** The seed: the same seed gives the same bytes (a safe integer or a bigint below 2^64). */
  readonly seed: Seed
  /** A built-in recipe, or a recipe config with rules (default `auto`). */
  readonly recipe?: RecipeName | RecipeConfig
  /** Rules tried before the recipe's own rules. */
  readonly rules?: readonly Rule[]
  /**
   * A pre-trained model to copy tensors from: each target tensor with a same-named (or `mapping`ed)
   * source tensor of the same dims and type is copied bit for bit (reported as `action: 'copy'`).
   */
  readonly from?: OnnxModel
  /** Target name → source name for tensors whose names differ; only these are copied when given. */
  readonly mapping?: Readonly<Record<string, string>>
  /**
   * Globs of target tensors not to copy but to re-initialize by the recipe, whatever their shape: a
   * head whose shape differs from the source on purpose, or a layer to train afresh.
   */
  readonly reinitialize?: readonly string[]
  /**
   * New dims for head tensors of the main graph (e.g. `{ 'fc.weight': [10, 512], 'fc.bias': [10] }`):
   * they are resized and re-initialized by the recipe, and the declared shapes of the graph outputs
   * they feed are updated.
   */
  readonly heads?: Readonly<Record<string, readonly number[]>>
}

/**
 * What happens to a tensor.
 *
 * @example
 * ```ts
 * import type { PatchAction } from '@weightinit/onnx'
 * const action: PatchAction = 'copy'
 * ```
 */
export type PatchAction = 'init' | 'copy' | 'keep' | 'skip'

/**
 * One line of a patch's dry run: the tensor, what the analysis found, what is done and why.
 *
 * @example
 * ```ts
 * import type { TensorReport } from '@weightinit/onnx'
 * declare const line: TensorReport
 * console.log(line.name, line.action, line.spec, line.std, line.reason)
 * ```
 */
export interface TensorReport {
  readonly name: string
  /** The stream key: the name (prefixed with its graph path when another graph has the same name). */
  readonly key: string
  readonly kind: TensorKind
  readonly graphPath: string
  /**
   * Also a graph input (an exporter's `keep_initializers_as_inputs`): the new values are its
   * default, and onnxruntime-node ignores feeds for it.
   */
  readonly isGraphInput: boolean
  /** The op that decided the role (or the first op that uses it), `null` if unused. */
  readonly op: string | null
  readonly role: Role
  readonly shape: readonly number[]
  readonly dtype: DType | null
  readonly fanIn: number | null
  readonly fanOut: number | null
  readonly activation: {
    readonly nonlinearity: Nonlinearity
    readonly param: number | null
    readonly op: string | null
  } | null
  readonly gain: number | null
  readonly action: PatchAction
  /** `init`: the spec; else `null`. */
  readonly spec: InitSpec | null
  /** `recipe:auto`, `rule[2]`, `from`, … */
  readonly source: string
  readonly distribution: PlanDistribution | null
  readonly mean: number | null
  readonly std: number | null
  /** Why this spec, or why the tensor was skipped or kept. */
  readonly reason: string
}

/**
 * What a patch did or would do, tensor by tensor.
 *
 * @example
 * ```ts
 * import { planPatch, readModel } from '@weightinit/onnx'
 * const report = planPatch(await readModel('model.onnx'), { seed: 1 })
 * report.tensors.filter((t) => t.action === 'skip').map((t) => `${t.name}: ${t.reason}`)
 * ```
 */
export interface PatchReport {
  readonly seed: Seed
  readonly recipe: RecipeName
  readonly tensors: readonly TensorReport[]
  /** Tensors initialized or copied. */
  readonly changed: number
}
