/**
 * `@weightinit/core/catalogue`: the data behind the names, for tools that list, translate or
 * explain them: each framework's definitions, Keras class names, the variance-scaling presets,
 * specs with their names and defaults resolved, the gain tables and the layout rules. To use an
 * initializer, '@weightinit/core' is enough (`plan`, `definitions`, `resolveName`). An explicit
 * barrel, nothing executable.
 *
 * @packageDocumentation
 */

export { jaxDefinitions } from './catalogue/jaxDefinitions'
export { type KerasClassName, kerasClassNames } from './catalogue/kerasClassNames'
export { kerasDefinitions } from './catalogue/kerasDefinitions'
export { type NormalizedSpec, normalizeSpec } from './catalogue/normalizeSpec'
export type { Recipe, RecipeKind, VarianceScalingRecipe } from './catalogue/recipe'
export { type DistributionMeaning, scalingDistribution } from './catalogue/scalingDistribution'
export { tfjsDefinitions } from './catalogue/tfjsDefinitions'
export { torchDefinitions } from './catalogue/torchDefinitions'
export { varianceScalingPreset } from './catalogue/varianceScalingPreset'
export { type ActivationName, activations } from './gain/activations'
export {
  extraNonlinearities,
  nonlinearityAliases,
  type TorchNonlinearity,
  torchGains,
  torchNonlinearities,
} from './gain/nonlinearities'
export { secondMomentGains } from './gain/secondMomentGains'
export { isNamedLayout, layoutNames } from './layout/isNamedLayout'
export { layoutAliases } from './layout/layouts'
export { type ResolvedAxesLayout, resolveAxesLayout } from './layout/resolveAxesLayout'
export { canonicalLayout, type LayoutRule, resolveLayout } from './layout/resolveLayout'
