/* `@weightinit/tfjs`: weightinit for TensorFlow.js — initializer tensors, serializable `Initializer`
 * classes, and re-initializing a whole `LayersModel`. An explicit barrel, nothing executable.
 * Serialization registration lives in the side-effect entry `@weightinit/tfjs/register`. */

export { initializers, type NamedInitializerOptions } from './initializers'
export type {
  ModelRecipe,
  PresetRecipe,
  RecipeRule,
  RuleRecipe,
  SchemeRecipe,
  SchemeRole,
} from './modelRecipe'
export { type ReinitializedWeight, type ReinitializeOptions, reinitialize } from './reinitialize'
export { type ToTensorOptions, toTensor } from './toTensor'
export { WeightinitInitializer, type WeightinitInitializerArgs } from './WeightinitInitializer'
