import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { RecipeAnswer } from './initChoice'
import type { RecipeOptions } from './recipeOptions'
import { chooseByRole } from './roleChoosers'

/**
 * The `keras` recipe: Keras's layer defaults. `Dense`/`Conv*` kernels `glorot_uniform` (fans as
 * Keras computes them: grouped and transposed convolutions as stored), biases 0, LSTM/GRU/RNN
 * kernels `glorot_uniform` over the whole `[I, gates·H]` kernel, recurrent kernels orthogonal,
 * biases 0 with the LSTM forget gate at 1 (`unit_forget_bias`, unless `unitForgetBias: false`),
 * `Embedding` U(±0.05), norms 1/0 with moving mean 0 and variance 1, `PReLU` alpha 0, attention
 * Q/K/V kernels `glorot_uniform` per block.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { kerasRecipe } from './kerasRecipe'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * kerasRecipe(t!, t!.primary!, {})
 * ```
 */
export function kerasRecipe(
  tensor: TensorAnalysis,
  use: UseAnalysis,
  options: RecipeOptions,
): RecipeAnswer {
  return chooseByRole('keras', tensor, use, options)
}
