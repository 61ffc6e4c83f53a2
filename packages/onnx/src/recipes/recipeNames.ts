/**
 * The built-in recipes: `auto` (He for the ReLU family, Xavier/LeCun where the activation calls for
 * it, orthogonal recurrent weights, zero biases, norms 1/0), `torch` (what PyTorch's
 * `reset_parameters` does for the same layers) and `keras` (Keras's layer defaults).
 *
 * @example
 * ```ts
 * import { recipeNames } from '@weightinit/onnx'
 * recipeNames.includes('torch') // true
 * ```
 */
export const recipeNames = ['auto', 'torch', 'keras'] as const

/**
 * One of {@link recipeNames}.
 *
 * @example
 * ```ts
 * import type { RecipeName } from '@weightinit/onnx'
 * const recipe: RecipeName = 'keras'
 * ```
 */
export type RecipeName = (typeof recipeNames)[number]
