import type {
  DType,
  InitSpec,
  Nonlinearity,
  ParameterValue,
  PlanDistribution,
  Seed,
} from '@weightinit/core'
import type { Role } from '../analyze/roles'
import type { TensorPlace, TensorSharing } from '../analyze/transformer/transformerTypes'
import type { OnnxModel } from '../model/OnnxModel'
import type { TensorKind } from '../model/tensorSite'
import type { RecipeByName } from '../recipes/resolveRecipe'
import type { RecipeConfig, Rule } from '../recipes/rule'
import type { SchemeReport, TensorScheme } from './schemeReportTypes'

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
  /**
   * A built-in recipe (`auto`, `torch`, `keras`), a model-level scheme of `@weightinit/core` by name
   * (`hf`, `megatron` = `gpt2`, `neox`, `torchtitan`, `olmo`, `mup`, `spectral`, `deepnet`,
   * `t_fixup`, `fixup`, `timm_vit`), or a recipe config with rules (default `auto`, which uses a
   * transformer scheme on a transformer: `timm_vit` for a vision transformer, else `megatron`). A
   * scheme draws every tensor the analysis placed in the transformer; the others, and roles the
   * scheme has no rule for, get `auto`'s choice (said in their `reason`).
   */
  readonly recipe?: RecipeByName | RecipeConfig
  /**
   * A scheme's parameters by option key (`std`, `layers`, `width`, `base_width`, …, as
   * `describeScheme` lists them; strings are read by the parameter's type, as typed on a command
   * line), overriding what the graph implies and the scheme's defaults.
   */
  readonly recipeOptions?: Readonly<Record<string, ParameterValue>>
  /**
   * Give each use of a shared tensor its own tensor and its own draw, named after the parameter
   * behind the use (`encoder.layers.1.self_attn.out_proj.bias`): `true` for every tensor the
   * exporter de-duplicated (`sharing.kind` `deduplicated`), or globs naming the tensors to untie
   * (by name, display name or the name of one of its uses; also a head tied to the embedding on
   * purpose, or a parameter reused on purpose). The graph is rewritten (new initializers, the
   * exporter's `Identity` aliases replaced) and the model re-encoded when written.
   */
  readonly untie?: boolean | readonly string[]
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
  /**
   * The most working memory a tensor computed whole (orthogonal, eye, dirac, delta_orthogonal,
   * sparse) may take, in bytes (default 80% of this machine's memory; `Infinity` for no limit):
   * `patch` refuses one that needs more with `MEMORY_LIMIT` before drawing anything. Element-wise
   * tensors are not limited: written to external data they are drawn chunk by chunk.
   */
  readonly maxBytes?: number
  /**
   * Refuse, with `TRANSFER_MISMATCH`, a transfer (`from`) that copies nothing, or fewer than
   * `minCopyFraction` of the tensors it is meant to fill; without it, the report warns (default false).
   */
  readonly strict?: boolean
  /**
   * The least share of the target's tensors a transfer is meant to fill (its float initializers and
   * constants, with `mapping` the mapped ones, less `heads` and `reinitialize`) that it must copy
   * not to be warned about, from 0 to 1 (default 0.5). A transfer that copies nothing is always
   * warned about.
   */
  readonly minCopyFraction?: number
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
  /**
   * The name to show: `name` when a person gave it, else the parameter name recovered from the
   * graph (`model.layers.0.self_attn.q_proj.weight` for `onnx::MatMul_743`). Rules match it too.
   */
  readonly displayName: string
  /** The parameter name recovered from the graph for the tensor, or `null` (see `TensorAnalysis`). */
  readonly recoveredName: string | null
  /**
   * The stream key: the display name (prefixed with its graph path when another graph has the same
   * name), so re-exports that renumber `onnx::MatMul_N` draw the same values.
   */
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
  /** Where the tensor sits in a transformer (role, block, packing), or `null`. */
  readonly place: TensorPlace | null
  /** Why and where a tensor used in several places is shared, or `null`. */
  readonly sharing: TensorSharing | null
  /** For a tensor `untie` made: the tensor it was split from; else `null`. */
  readonly untiedFrom: string | null
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
  /** `init`: the spec (for a packed tensor drawn block by block, its first block's); else `null`. */
  readonly spec: InitSpec | null
  /** `recipe:auto`, `scheme:megatron`, `rule[2]`, `from`, … */
  readonly source: string
  /** Drawn by a scheme: its role, parameters (with their origins), derivation and blocks; else `null`. */
  readonly scheme: TensorScheme | null
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
  /** The recipe as asked for (`auto`, `torch`, `keras`, or a scheme name such as `gpt2`). */
  readonly recipe: RecipeByName
  /** The scheme that drew the transformer's tensors (asked for, or chosen by `auto`), or `null`. */
  readonly scheme: SchemeReport | null
  readonly tensors: readonly TensorReport[]
  /** Tensors initialized or copied. */
  readonly changed: number
  /** With `from`: how much the transfer copied; else `null`. */
  readonly transfer: TransferSummary | null
  /** What may not be what was meant (a transfer that copied little or nothing), in words. */
  readonly warnings: readonly string[]
}

/**
 * How much a transfer (`from`) copied, of the tensors it is meant to fill.
 *
 * @example
 * ```ts
 * import type { TransferSummary } from '@weightinit/onnx'
 * const summary: TransferSummary = { candidates: 102, copied: 0, fraction: 0, minFraction: 0.5, unmatched: ['conv1.weight'] }
 * ```
 */
export interface TransferSummary {
  /**
   * Float tensors of the target the transfer is meant to fill: initializers and constants (with
   * `mapping`, the mapped ones), less those left to the recipe on purpose (`heads`, `reinitialize`).
   */
  readonly candidates: number
  /** How many of them were copied. */
  readonly copied: number
  /** `copied / candidates` (1 when there are no candidates). */
  readonly fraction: number
  /** The `minCopyFraction` it was held to (default 0.5). */
  readonly minFraction: number
  /** The candidates the pre-trained model has no tensor for (by name or mapping), in model order. */
  readonly unmatched: readonly string[]
}
