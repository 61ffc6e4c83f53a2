import type {
  InitSpec,
  ModelChange,
  ModelContext,
  Role as ModelRole,
  ParameterValue,
  ResolvedParameter,
  SchemeKey,
  SchemeStep,
} from '@weightinit/core'

/**
 * How a scheme drew one tensor: the role and block it planned for, each parameter it read with
 * where the value came from (an option, the graph, the scheme's default), the steps that derived
 * the spec, and for a packed Q/K/V tensor whose blocks draw differently, each block.
 *
 * @example
 * ```ts
 * import { planPatch, readModel } from '@weightinit/onnx'
 * const report = planPatch(await readModel('gpt2.onnx'), { seed: 1, recipe: 'gpt2' })
 * const line = report.tensors.find((t) => t.displayName === 'transformer.h.0.mlp.c_proj.weight')
 * line?.scheme?.parameters.layers // { value: 2, origin: 'context' }
 * ```
 */
export interface TensorScheme {
  readonly scheme: SchemeKey
  readonly role: ModelRole
  /** The block planned for, `null` outside the blocks. */
  readonly block: number | null
  readonly parameters: Readonly<Record<string, ResolvedParameter>>
  readonly explanation: readonly SchemeStep[]
  /** The blocks of a packed tensor drawn block by block (keys `KEY#Q`, `KEY#K`, `KEY#V`), else `null`. */
  readonly parts: readonly SchemePartReport[] | null
  /** The embedding row set to 0 after drawing (the padding token's), or `null`. */
  readonly zeroRow: number | null
}

/**
 * One block of a packed Q/K/V tensor: where it lies along the packed axis of the stored tensor, and
 * how it is drawn.
 *
 * @example
 * ```ts
 * import type { SchemePartReport } from '@weightinit/onnx'
 * const value: SchemePartReport = {
 *   role: 'attention_value', axis: 1, start: 64, size: 32, key: 'qkv.weight#V',
 *   spec: { init: 'xavier_normal', gain: 0.5 }, std: 0.0625,
 * }
 * ```
 */
export interface SchemePartReport {
  readonly role: ModelRole
  /** The axis of the stored tensor the blocks lie along. */
  readonly axis: number
  readonly start: number
  readonly size: number
  /** Its stream key. */
  readonly key: string
  readonly spec: InitSpec
  readonly std: number
}

/**
 * A change outside the weights a scheme needs (μP's multipliers and learning rates, DeepNorm's
 * residual scale, Fixup's scalars), once, with the roles of the tensors it concerns.
 *
 * @example
 * ```ts
 * import type { SchemeChange } from '@weightinit/onnx'
 * declare const change: SchemeChange
 * console.log(`${change.kind}: ${change.change} (${change.formula}) for ${change.roles.join(', ')}`)
 * ```
 */
export interface SchemeChange extends ModelChange {
  readonly roles: readonly ModelRole[]
}

/**
 * The model-level scheme a patch used: which, why, what the graph implied (the model context the
 * analysis recovered), what the options overrode, every parameter read with its origin, what else
 * the model must change, and how many tensors the scheme drew or left to `auto`.
 *
 * @example
 * ```ts
 * import { planPatch, readModel } from '@weightinit/onnx'
 * const { scheme } = planPatch(await readModel('gpt2.onnx'), { seed: 1, recipe: 'gpt2', recipeOptions: { std: 0.01 } })
 * scheme?.parameters.std // { value: 0.01, origin: 'option' }
 * scheme?.context.layers // 2: from the graph
 * ```
 */
export interface SchemeReport {
  /** The canonical scheme (`megatron` for `gpt2`). */
  readonly name: SchemeKey
  /** `recipe`: asked for by name; `auto`: chosen by the `auto` recipe for a transformer. */
  readonly chosenBy: 'recipe' | 'auto'
  /** Why this scheme, in a sentence. */
  readonly why: string
  readonly summary: string
  /** What the graph implied: the model context the analysis recovered (`{}` when none). */
  readonly context: ModelContext
  /** The options given (`recipeOptions`), as given. */
  readonly options: Readonly<Record<string, ParameterValue>>
  /** Every parameter some tensor read, with its value and origin (`option` overrides `context`). */
  readonly parameters: Readonly<Record<string, ResolvedParameter>>
  readonly changes: readonly SchemeChange[]
  /** Tensors the scheme drew. */
  readonly drawn: number
  /** Float tensors it had no rule or place for, drawn by `auto` instead (see each line's reason). */
  readonly fallback: number
}
