import type { RecipeName } from '../recipes/recipeNames'

/**
 * The recipe of the framework that produced a model, from its `producer_name`: `torch` for
 * `pytorch` (what `torch.onnx.export` writes), `keras` for `tf2onnx` and `keras2onnx`; `null` for
 * any other producer (compare with `auto` then). Case and surrounding spaces are ignored.
 *
 * @param producerName - the model's `producer_name`
 *
 * @example
 * ```ts
 * import { producerRecipe } from './producerRecipe'
 * producerRecipe('pytorch') // 'torch'
 * producerRecipe('onnxruntime.transformers') // null
 * ```
 */
export function producerRecipe(producerName: string): RecipeName | null {
  const producer = producerName.trim().toLowerCase()
  if (producer === 'pytorch') return 'torch'
  if (producer === 'tf2onnx' || producer === 'keras2onnx') return 'keras'
  return null
}
