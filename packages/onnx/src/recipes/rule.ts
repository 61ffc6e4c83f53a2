import type { InitSpec, Nonlinearity, ParameterValue } from '@weightinit/core'
import type { Role } from '../analyze/roles'
import type { RecipeByName } from './resolveRecipe'

/**
 * A user rule, as JSON: which tensors it matches (every given criterion must hold) and what to do
 * with them — a catalogue spec, or `"keep"` to leave them as they are. Rules are tried in order
 * before the recipe; the first that matches wins.
 *
 * @example
 * ```ts
 * import type { Rule } from '@weightinit/onnx'
 * const rules: Rule[] = [
 *   { name: '*.forward_basis_buffer', init: 'keep' },
 *   { op: 'Conv', role: 'weight', init: { init: 'kaiming_uniform', nonlinearity: 'relu' } },
 *   { regex: '^fc\\d+\\.bias$', init: { init: 'constant', value: 0.01 } },
 * ]
 * ```
 */
export interface Rule {
  /**
   * A glob on the whole tensor name: `*` any run of characters, `?` one, `[abc]`, `[a-z]`, `[!abc]`
   * a class (see `compileGlob` in `@weightinit/core`; linear time). It matches the initializer's
   * name or its display name (the PyTorch name recovered for a made-up `onnx::MatMul_743`:
   * `model.layers.*.q_proj.weight` works on a Llama export).
   */
  readonly name?: string
  /**
   * A regular expression searched in the tensor name (or its display name, as for `name`), as
   * `RegExp` without flags would, on a matcher that cannot hang (see `compileRegex` in
   * `@weightinit/core`): backreferences, lookaround and flags are refused when the rule is read.
   */
  readonly regex?: string
  /** Op type(s) of a node that uses the tensor, e.g. `Conv` or `['Gemm', 'MatMul']`. */
  readonly op?: string | readonly string[]
  /** Role(s) the analysis gave the tensor. */
  readonly role?: Role | readonly Role[]
  /** The spec to use, or `keep` to leave the tensor unchanged. */
  readonly init: InitSpec | 'keep'
}

/**
 * A recipe as JSON: a built-in recipe or a model-level scheme to start from (default `auto`), its
 * options, and rules that take precedence over it.
 *
 * @example
 * ```ts
 * import type { RecipeConfig } from '@weightinit/onnx'
 * const config: RecipeConfig = {
 *   recipe: 'torch',
 *   rules: [{ role: 'embedding', init: { init: 'trunc_normal', std: 0.02, a: -0.04, b: 0.04 } }],
 * }
 * ```
 */
export interface RecipeConfig {
  /** `auto`, `torch`, `keras`, or a scheme of `@weightinit/core` by name (`megatron`, `gpt2`, …). */
  readonly recipe?: RecipeByName
  /**
   * A scheme's parameters (`std`, `layers`, `base_width`, …; see `describeScheme`), overriding what
   * the graph implies; `PatchOptions.recipeOptions` overrides these in turn.
   */
  readonly recipeOptions?: Readonly<Record<string, ParameterValue>>
  readonly rules?: readonly Rule[]
  /** LSTM forget-gate bias 1 (see `RecipeOptions`). */
  readonly unitForgetBias?: boolean
  /** `auto`: gains to use after activations instead of weightinit's (see `RecipeOptions`). */
  readonly gains?: Readonly<Partial<Record<Nonlinearity, number>>>
}
