/* The public API of @weightinit/tfjs: an explicit barrel, nothing executable. Serialization
 * registration lives in the side-effect entry `@weightinit/tfjs/register`. */

export { activationNonlinearities, activationNonlinearity } from './activationNonlinearity'
export { initializers, type NamedInitializerOptions } from './initializers'
export {
  type KnownLayerClass,
  type LayerKind,
  layerKind,
  layerKinds,
  recurrentGates,
} from './layerKinds'
export type {
  ModelRecipe,
  PresetRecipe,
  RecipeRule,
  RuleRecipe,
  WeightInit,
} from './modelRecipe'
export { type ModelWeight, modelWeights } from './modelWeights'
export { presetInit, weightLayout } from './presetInit'
export { type ReinitializedWeight, type ReinitializeOptions, reinitialize } from './reinitialize'
export { type ToTensorOptions, toTensor } from './toTensor'
export { WeightinitInitializer, type WeightinitInitializerArgs } from './WeightinitInitializer'
