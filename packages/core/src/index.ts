/* `@weightinit/core`: what a user of weightinit needs — initializers as plain specs, plans that
 * explain their numbers, reproducible samples, fans and layouts, gains, dtypes, errors, name
 * patterns (globs and regexes that cannot hang) and the signal-propagation diagnostics. An explicit barrel, nothing executable.
 *
 * Subpaths, for advanced users and the adapters: '@weightinit/core/random' (the raw stream),
 * '/samplers' (fill arrays, engines, orthogonal matrices), '/math' (the normal distribution and the
 * numerics of the plans), '/dtype' (float16/bfloat16 bits, typed arrays), '/catalogue' (the tables
 * behind the names) and '/errors' (failing the way the core does). */

// The catalogue: names, specs and definitions
export { type AliasName, aliases, type InitName } from './catalogue/aliases'
export {
  type Definition,
  type Framework,
  type OptionChoices,
  type OptionDefaults,
  REQUIRED,
  type ResolvedOptions,
} from './catalogue/definition'
export { definitions, type QualifiedName } from './catalogue/definitions'
export {
  fromKerasConfig,
  type ImportedInitializer,
  type KerasConfig,
} from './catalogue/fromKerasConfig'
export type {
  DefinitionOf,
  InitSpec,
  NoUnknownOptions,
  OptionTypeOf,
  SpecOptions,
} from './catalogue/initSpec'
export type {
  BoundUnits,
  DistributionOption,
  FanMode,
  OptionName,
  OptionTypes,
  OrthogonalFlatten,
  ScalingDistribution,
} from './catalogue/optionTypes'
export { initNames, resolveName } from './catalogue/resolveName'
export { type KerasSerialized, type TfjsSerialized, toKerasConfig } from './catalogue/toKerasConfig'
// Diagnostics: signal propagation through depth
export {
  type DifferentiableActivation,
  type DifferentiableActivationName,
  differentiableActivations,
} from './diagnostics/differentiableActivations'
export { propagateSignal } from './diagnostics/propagateSignal'
export { type SignalNormalization, signalNormalizations } from './diagnostics/signalNormalization'
export type { SignalPropagationOptions } from './diagnostics/signalPropagationOptions'
export {
  type SignalProgress,
  type SignalPropagation,
  signalPropagationSteps,
} from './diagnostics/signalPropagationSteps'
// dtypes (their bits and typed arrays: '@weightinit/core/dtype')
export { type DType, type DTypeArrayMap, dtypes } from './dtype/dtypes'
// Errors (helpers that raise them: '@weightinit/core/errors')
export { type ErrorCode, errorCodes } from './errors/errorCodes'
export { WeightinitError } from './errors/WeightinitError'
// Gains
export { calculateGain } from './gain/calculateGain'
export { explainGain, type GainExplanation } from './gain/explainGain'
export { type Nonlinearity, nonlinearities } from './gain/nonlinearities'
// Layouts and fans
export { type ComputeFansOptions, computeFans } from './layout/computeFans'
export { convertShape } from './layout/convertShape'
export type { Fans } from './layout/fans'
export {
  type CanonicalLayout,
  type Layout,
  type LowRankRule,
  layouts,
  lowRankRules,
  type NamedLayout,
} from './layout/layouts'
export type {
  Axes,
  AxesLayout,
  JaxAxesLayout,
  KerasAxesLayout,
} from './layout/resolveAxesLayout'
// Name patterns: globs and regexes that match tensor names in linear time
export { compileGlob } from './match/compileGlob'
export { compileRegex } from './match/compileRegex'
export type { NamePattern } from './match/namePattern'
// Plans
export { formatNumber } from './plan/formatNumber'
export { type PlanOptions, plan } from './plan/plan'
export type { PlanOf } from './plan/planOf'
export type {
  ConstantPlan,
  DeltaOrthogonalPlan,
  DiracPlan,
  EyePlan,
  FanFields,
  NormalPlan,
  OrthogonalPlan,
  Plan,
  PlanBase,
  PlanDistribution,
  PlanStep,
  SparsePlan,
  TruncatedNormalPlan,
  UniformPlan,
} from './plan/planTypes'
// The random stream (the stream itself: '@weightinit/core/random')
export type { Seed } from './random/seed'
export { STREAM_VERSION } from './random/stream'
// Sampling (the samplers underneath: '@weightinit/core/samplers')
export { type SampleOptions, sample } from './sample/sample'
export { type SampledTensor, type SampleTensorOptions, sampleTensor } from './sample/sampleTensor'
export type { Engine } from './sample/selectEngine'
// Model-level schemes: roles of a model's tensors, the model context, and named schemes
// (hf, megatron = gpt2, neox, torchtitan, olmo, mup, spectral, deepnet, t_fixup, fixup, timm_vit)
export {
  describeScheme,
  type SchemeDescription,
  type SchemeOptionHelp,
} from './schemes/describeScheme'
export type { Architecture, ContextKey, ModelContext, Stack } from './schemes/modelContext'
export { type NamedPlace, placeByName } from './schemes/placeByName'
export { planScheme } from './schemes/planScheme'
export type {
  PackedSchemePlan,
  ResolvedParameter,
  SchemeOptions,
  SchemePart,
  SchemePlan,
  SchemePlanBase,
  SchemeRequest,
  WholeSchemePlan,
} from './schemes/planScheme.types'
export { resolveRole } from './schemes/resolveRole'
export { resolveScheme, schemeNames } from './schemes/resolveScheme'
export { type GenericRole, type Role, type RoleDefinition, roles } from './schemes/roles'
export { sampleScheme } from './schemes/sampleScheme'
export type {
  ChangeInput,
  ModelChange,
  ParameterType,
  ParameterValue,
  Rule,
  RuleInput,
  RuleOutput,
  SchemeDefinition,
  SchemeParameter,
  SchemeStep,
} from './schemes/schemeDefinition'
export { type SchemeKey, type SchemeName, schemeAliases, schemes } from './schemes/schemes'
export { DEFAULT_MAX_BYTES } from './structured/structuredMemory'
