import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { RecipeAnswer } from './initChoice'
import type { RecipeOptions } from './recipeOptions'
import { chooseByRole } from './roleChoosers'

/**
 * The `torch` recipe: what PyTorch's `reset_parameters` does for the layer each tensor belongs to.
 * `nn.Linear`/`nn.Conv*` weights `kaiming_uniform(a=√5)` = U(±1/√fan_in) (`torch_default`; for
 * ConvTranspose with PyTorch's as-stored fans), their biases U(±1/√fan_in) of the weight
 * (`torch_default_bias`), every LSTM/GRU/RNN parameter U(±1/√H), `nn.MultiheadAttention`'s
 * `in_proj_weight` `xavier_uniform` over the whole stacked matrix and its bias 0, `nn.Embedding`
 * N(0, 1), norms 1/0 with running mean 0 and var 1, `nn.PReLU` 0.25.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { torchRecipe } from './torchRecipe'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * torchRecipe(t!, t!.primary!, {})
 * ```
 */
export function torchRecipe(
  tensor: TensorAnalysis,
  use: UseAnalysis,
  options: RecipeOptions,
): RecipeAnswer {
  return chooseByRole('torch', tensor, use, options)
}
