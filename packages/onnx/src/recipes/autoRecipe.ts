import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { RecipeAnswer } from './initChoice'
import type { RecipeOptions } from './recipeOptions'
import { chooseByRole } from './roleChoosers'

/**
 * The `auto` recipe for one use of a tensor: He (`kaiming_normal`, fan_in) before the ReLU family
 * with the activation's gain (LeakyRelu's alpha, PRelu's slope; Gelu, Silu and the like with
 * weightinit's variance-preserving gains, or `options.gains`), Xavier (`xavier_normal`) with the
 * gain before tanh, sigmoid, softmax or nothing, LeCun (`kaiming_normal`, linear) before SELU,
 * `xavier_uniform` for LSTM/GRU/RNN input weights (per gate) and attention blocks, orthogonal
 * recurrent weights (per direction), `normal(0, 1)` embeddings, zeros for biases and shifts, ones
 * for scales, PRelu slopes 0.25, and an LSTM's forget-gate bias 1 (Keras's `unit_forget_bias`,
 * Jozefowicz et al. 2015, as `@weightinit/tfjs`'s `auto` gives the same layer; `unitForgetBias:
 * false` leaves it 0).
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { autoRecipe } from './autoRecipe'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * autoRecipe(t!, t!.primary!, {})
 * ```
 */
export function autoRecipe(
  tensor: TensorAnalysis,
  use: UseAnalysis,
  options: RecipeOptions,
): RecipeAnswer {
  return chooseByRole('auto', tensor, use, options)
}
