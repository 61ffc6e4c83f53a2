/* The public API of @weightinit/onnx: an explicit barrel, nothing executable. */

// Analysis
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
export { classifyUse, type UseClass } from './analyze/classifyUse'
export { einsumAxes } from './analyze/einsumAxes'
export { fansOf } from './analyze/fansOf'
export { findActivation } from './analyze/findActivation'
export { followUses, type TensorView, type TerminalUse } from './analyze/followUses'
export { type Definition, GraphIndex, type Use } from './analyze/graphIndex'
export { nodeAttributes } from './analyze/nodeAttributes'
export { type Role, roles } from './analyze/roles'
// External data
export { checkExternalLocation } from './external/checkExternalLocation'
export { checkExternalRange } from './external/checkExternalRange'
export { type ExternalDataRef, externalDataOf } from './external/externalDataOf'
export { readExternalBytes } from './external/readExternalBytes'
export { resolveExternalFile } from './external/resolveExternalFile'
// Inspection: the dry run with each tensor's current statistics and flags
export { inspect } from './inspect/inspect'
export type {
  InspectFlag,
  InspectOptions,
  ModelInspection,
  TensorInspection,
} from './inspect/inspectTypes'
// onnxruntime-node (optional peer): verify and LSUV
export { type LsuvLayer, type LsuvOptions, type LsuvReport, lsuv } from './lsuv/lsuv'
// Models: read, check, tensors
export { checkModel } from './model/checkModel'
export { checkTensorData } from './model/checkTensorData'
export { dataTypeInfo } from './model/dataTypeInfo'
export { type DecodeOptions, decodeModel, MAX_PROTOBUF_BYTES } from './model/decodeModel'
export { floatDType } from './model/floatDType'
export type { GraphSite } from './model/graphSite'
export { modelFromProto } from './model/modelFromProto'
export type { OnnxModel, TensorEdit } from './model/OnnxModel'
export { onnxDataTypeOf } from './model/onnxDataTypeOf'
export {
  type OnnxDataTypeInfo,
  type OnnxDataTypeName,
  onnxDataTypes,
  type TypedField,
} from './model/onnxDataTypes'
export { readModel } from './model/readModel'
export { tensorBytes } from './model/tensorBytes'
export { tensorElementCount } from './model/tensorElementCount'
export { tensorLabel } from './model/tensorLabel'
export { tensorShape } from './model/tensorShape'
export type { TensorKind, TensorSite, TensorSlot } from './model/tensorSite'
export { type TensorStorage, tensorStorage, typedEntries } from './model/tensorStorage'
export { tensorValues } from './model/tensorValues'
export { typedFieldBytes } from './model/typedFieldBytes'
export { type ModelSites, walkModel } from './model/walkModel'
// Patch and transfer
export { encodeValues } from './patch/encodeValues'
export type { FillLayout, FillProgram } from './patch/fillProgram'
export { fillTensor } from './patch/fillTensor'
export { type PatchResult, patch } from './patch/patch'
export type { PatchAction, PatchOptions, PatchReport, TensorReport } from './patch/patchTypes'
export { planPatch } from './patch/planPatch'
export { planTransfer, type TransferPlan } from './patch/planTransfer'
export { type PreparedPatch, preparePatch } from './patch/preparePatch'
export { resizeHeads } from './patch/resizeHeads'
export { sparseLinearIndices } from './patch/sparseLinearIndices'
export { tensorProgram } from './patch/tensorProgram'
// Recipes and rules
export { autoRecipe } from './recipes/autoRecipe'
export { choose } from './recipes/choose'
export { forgetGateOverrides } from './recipes/forgetGateOverrides'
export { globToRegExp } from './recipes/globToRegExp'
export type { InitChoice, RecipeAnswer } from './recipes/initChoice'
export { kerasRecipe } from './recipes/kerasRecipe'
export { matchRule } from './recipes/matchRule'
export { parseRecipeConfig } from './recipes/parseRecipeConfig'
export { parseRule } from './recipes/parseRule'
export { type RecipeName, recipeNames } from './recipes/recipeNames'
export type { RecipeOptions } from './recipes/recipeOptions'
export type { RecipeConfig, Rule } from './recipes/rule'
export { torchRecipe } from './recipes/torchRecipe'
export { createSession } from './runtime/createSession'
export { loadOrt } from './runtime/loadOrt'
export type {
  OrtModule,
  OrtSession,
  OrtTensor,
  OrtTensorType,
  OrtValueMetadata,
} from './runtime/ortTypes'
export { runSession } from './runtime/runSession'
// The ONNX schema (generated from onnx.proto by protoc-gen-es)
export {
  type AttributeProto,
  AttributeProto_AttributeType,
  AttributeProtoSchema,
  type GraphProto,
  GraphProtoSchema,
  type ModelProto,
  ModelProtoSchema,
  type NodeProto,
  NodeProtoSchema,
  type OperatorSetIdProto,
  OperatorSetIdProtoSchema,
  type SparseTensorProto,
  SparseTensorProtoSchema,
  type StringStringEntryProto,
  StringStringEntryProtoSchema,
  type TensorProto,
  TensorProto_DataLocation,
  TensorProto_DataType,
  TensorProtoSchema,
  type TensorShapeProto,
  type TypeProto,
  type ValueInfoProto,
  ValueInfoProtoSchema,
} from './schema/generated/onnx_pb'
export { encodeForRuntime } from './verify/encodeForRuntime'
export { layerValues } from './verify/layerValues'
export { type FeedOptions, type FeedValue, randomFeeds } from './verify/randomFeeds'
export { type ValueStats, valueStats } from './verify/valueStats'
export { type ValueReport, type VerifyOptions, type VerifyReport, verify } from './verify/verify'
// Writing
export { type EncodeOptions, encodeModel } from './write/encodeModel'
export { encodeWithPlan } from './write/encodeWithPlan'
export { outputTensor } from './write/outputTensor'
export {
  type ExternalDataOptions,
  type OutputAction,
  type OutputPlan,
  planOutput,
} from './write/planOutput'
export { type SaveOptions, type SaveResult, saveModel } from './write/saveModel'
export { swapTensors } from './write/swapTensors'
