/* `@weightinit/onnx`: read, analyze, inspect, patch, transfer, verify and LSUV-initialize ONNX
 * models. An explicit barrel, nothing executable.
 *
 * Subpaths: '@weightinit/onnx/schema' (the generated ONNX protobuf messages, for building or editing
 * graphs) and '@weightinit/onnx/runtime' (onnxruntime-node, loaded on demand). */

// Analysis: each tensor's role, layout, fans and the activation that follows
export type {
  ActivationInfo,
  BlockInfo,
  FanView,
  GateInfo,
  ModelAnalysis,
  TensorAnalysis,
  UseAnalysis,
} from './analyze/analysisTypes'
export { analyze } from './analyze/analyze'
export type { TensorView } from './analyze/followUses'
export { type Role, roles } from './analyze/roles'
export type {
  ModelPlace,
  Packing,
  SharingKind,
  TensorPlace,
  TensorSharing,
  TiedHead,
  TransformerAnalysis,
  TransformerBlock,
} from './analyze/transformer/transformerTypes'
// Inspection: the dry run with each tensor's current statistics and flags
export { inspect } from './inspect/inspect'
export type {
  InspectFlag,
  InspectOptions,
  ModelInspection,
  TensorInspection,
} from './inspect/inspectTypes'
// LSUV (needs onnxruntime-node)
export { type LsuvLayer, type LsuvOptions, type LsuvReport, lsuv } from './lsuv/lsuv'
// Models: read, build, write, and read a tensor's values
export { type DecodeOptions, decodeModel } from './model/decodeModel'
export { modelFromProto } from './model/modelFromProto'
export type { OnnxModel, TensorDraw, TensorEdit } from './model/OnnxModel'
export { readModel } from './model/readModel'
export { readModelLean } from './model/readModelLean'
export { tensorBytes } from './model/tensorBytes'
export type { TensorKind } from './model/tensorSite'
export { tensorValues } from './model/tensorValues'
// Patch and transfer
export { type PatchResult, patch } from './patch/patch'
export type {
  PatchAction,
  PatchOptions,
  PatchReport,
  TensorReport,
  TransferSummary,
} from './patch/patchTypes'
export { planPatch } from './patch/planPatch'
export type {
  SchemeChange,
  SchemePartReport,
  SchemeReport,
  TensorScheme,
} from './patch/schemeReportTypes'
// Recipes and rules
export { parseRecipeConfig } from './recipes/parseRecipeConfig'
export { type RecipeName, recipeNames } from './recipes/recipeNames'
export type { RecipeByName } from './recipes/resolveRecipe'
export type { RecipeConfig, Rule } from './recipes/rule'
// Verify (needs onnxruntime-node)
export type { FeedOptions, FeedValue } from './verify/randomFeeds'
export { type ValueStats, valueStats } from './verify/valueStats'
export { type ValueReport, type VerifyOptions, type VerifyReport, verify } from './verify/verify'
// Writing
export { type EncodeOptions, encodeModel } from './write/encodeModel'
export type { ExternalDataOptions } from './write/planOutput'
export { type SaveOptions, type SaveResult, saveModel } from './write/saveModel'
