/* The public API of @weightinit/core: an explicit barrel, nothing executable. */

// The catalogue
export { type AliasName, aliases, type InitName } from './catalogue/aliases'
export {
  type Definition,
  type Framework,
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
export type { DefinitionOf, InitSpec, SpecOptions } from './catalogue/initSpec'
export { jaxDefinitions } from './catalogue/jaxDefinitions'
export { type KerasClassName, kerasClassNames } from './catalogue/kerasClassNames'
export { kerasDefinitions } from './catalogue/kerasDefinitions'
export { type NormalizedSpec, normalizeSpec } from './catalogue/normalizeSpec'
export type {
  BoundUnits,
  FanMode,
  OptionName,
  OptionTypes,
  OrthogonalFlatten,
  ScalingDistribution,
} from './catalogue/optionTypes'
export type { Recipe, RecipeKind } from './catalogue/recipe'
export { initNames, resolveName } from './catalogue/resolveName'
export { scalingDistribution } from './catalogue/scalingDistribution'
export { tfjsDefinitions } from './catalogue/tfjsDefinitions'
export { type KerasSerialized, type TfjsSerialized, toKerasConfig } from './catalogue/toKerasConfig'
export { torchDefinitions } from './catalogue/torchDefinitions'
export { varianceScalingPreset } from './catalogue/varianceScalingPreset'
// Diagnostics
export {
  type DifferentiableActivation,
  type DifferentiableActivationName,
  differentiableActivations,
} from './diagnostics/differentiableActivations'
export { propagateSignal } from './diagnostics/propagateSignal'
export {
  NORMALIZATION_EPSILON,
  type SignalNormalization,
  signalNormalizations,
} from './diagnostics/signalNormalization'
export type { SignalPropagationOptions } from './diagnostics/signalPropagationOptions'
export {
  type SignalProgress,
  type SignalPropagation,
  signalPropagationSteps,
} from './diagnostics/signalPropagationSteps'
// dtypes and their encoders
export { type ArrayKind, type ArrayOf, arrayKind, checkArray, outputArray } from './dtype/arrayKind'
export {
  bfloat16FromFloat64,
  bfloat16ToNumber,
  decodeBfloat16,
  encodeBfloat16,
} from './dtype/bfloat16'
export {
  allocate,
  bytesPerElement,
  checkDType,
  type DType,
  type DTypeArrayMap,
  dtypeAliases,
  dtypes,
  isDType,
  parseDType,
} from './dtype/dtypes'
export { decode, encode } from './dtype/encode'
export { decodeFloat16, encodeFloat16, float16FromFloat64, float16ToNumber } from './dtype/float16'
export { didYouMean, suggestion } from './errors/didYouMean'
// Errors
export { type ErrorCode, errorCodes } from './errors/errorCodes'
export { MAX_ELEMENTS, validateShape } from './errors/validateShape'
export { fail, WeightinitError } from './errors/WeightinitError'
// Gains
export { type ActivationName, activations } from './gain/activations'
export { calculateGain } from './gain/calculateGain'
export { explainGain, type GainExplanation } from './gain/explainGain'
export {
  extraNonlinearities,
  type Nonlinearity,
  nonlinearities,
  nonlinearityAliases,
  type TorchNonlinearity,
  torchGains,
  torchNonlinearities,
} from './gain/nonlinearities'
export { numericGain } from './gain/numericGain'
export { secondMomentGains } from './gain/secondMomentGains'
// Layouts and fans
export { type ComputeFansOptions, computeFans, type Fans } from './layout/computeFans'
export { convertShape } from './layout/convertShape'
export { isNamedLayout, layoutNames } from './layout/isNamedLayout'
export {
  type CanonicalLayout,
  type Layout,
  type LowRankRule,
  layoutAliases,
  layouts,
  lowRankRules,
  type NamedLayout,
} from './layout/layouts'
export {
  type Axes,
  type AxesLayout,
  type JaxAxesLayout,
  type KerasAxesLayout,
  type ResolvedAxesLayout,
  resolveAxesLayout,
} from './layout/resolveAxesLayout'
export { canonicalLayout, type LayoutRule, resolveLayout } from './layout/resolveLayout'
// Normal-distribution math
export { erf, erfc, erfcx } from './math/erf'
export { exp64 } from './math/exp64'
export { expm1_64 } from './math/expm1_64'
export { expNegHalfSquare } from './math/expNegHalfSquare'
export { gaussLegendre20 } from './math/gaussLegendre20'
export { integrate } from './math/integrate'
export { log1p64 } from './math/log1p64'
export { normalCdf } from './math/normalCdf'
export { normalPdf } from './math/normalPdf'
export { normalQuantile } from './math/normalQuantile'
export { normalSurvival } from './math/normalSurvival'
export { tanh64 } from './math/tanh64'
export { type TruncatedNormalMoments, truncatedNormalMoments } from './math/truncatedNormalMoments'
// Plans
export { formatNumber } from './plan/formatNumber'
export { type PlanOptions, plan } from './plan/plan'
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
export { solveTruncatedSigma } from './plan/solveTruncatedSigma'
// The random stream
export { randomBits } from './random/bits'
export { hashKey } from './random/hashKey'
export { philox4x32, philoxBlocks } from './random/philox4x32'
export { normalizeSeed, type Seed } from './random/seed'
export { createStream, STREAM_VERSION, type Stream } from './random/stream'
export { u24, u24Open, u53, u53Open } from './random/uniformFromBits'
// Sampling
export { centralQuantile32 } from './sample/centralQuantile32'
export { fillConstant } from './sample/fillConstant'
export { fillNormal, type NormalParams } from './sample/fillNormal'
export { fillTruncatedNormal } from './sample/fillTruncatedNormal'
export { fillUniform, type UniformParams } from './sample/fillUniform'
export { log32 } from './sample/log32'
export { log64 } from './sample/log64'
export { prepareTruncatedNormal, type TruncatedNormalParams } from './sample/prepareTruncatedNormal'
export { quantile64 } from './sample/quantile64'
export { type SampleOptions, sample } from './sample/sample'
export { type SampledTensor, type SampleTensorOptions, sampleTensor } from './sample/sampleTensor'
export { type Engine, selectEngine } from './sample/selectEngine'
export { sincosTurn32 } from './sample/sincosTurn32'
export { sincosTurn64 } from './sample/sincosTurn64'
export { householderQr, orthonormalizeColumns } from './structured/householderQr'
export { orthogonalMatrix } from './structured/orthogonalMatrix'
export { SPARSE_KEY_SUFFIX } from './structured/sampleSparse'
export {
  isStructuredPlan,
  type StructuredPlan,
  sampleStructured,
} from './structured/sampleStructured'
export type { StructuredSampleOptions } from './structured/structuredSampleOptions'
export { simdSupported } from './wasm/simdSupported'
