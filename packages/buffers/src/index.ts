/* The public API of @weightinit/buffers that runs everywhere (browsers and Node): an explicit barrel,
 * nothing executable. Files on disk and worker threads are in './node' (`@weightinit/buffers/node`). */

// Generated files: plans, recipes, any byte range
export { createDataGenerator, type DataGenerator } from './createDataGenerator'
// .npy
export { encodeNpyHeader, type NpyVersion } from './encodeNpyHeader'
export type { FileFormat, FilePlan, FileSegment } from './filePlan'
// Bytes
export { fromBytes } from './fromBytes'
export { hostIsLittleEndian } from './hostIsLittleEndian'
export { isElementWise } from './isElementWise'
// .safetensors
export {
  layoutSafetensors,
  type SafetensorsEntry,
  type SafetensorsLayout,
} from './layoutSafetensors'
export type { NpyDType } from './npyDescr'
export { type NpyHeader, npyHeaderLength, parseNpyHeader } from './parseNpyHeader'
export {
  MAX_SAFETENSORS_HEADER,
  parseSafetensorsHeader,
  type SafetensorsHeader,
  safetensorsDataOffset,
} from './parseSafetensorsHeader'
export { planTensorFile, type TensorFileOptions } from './planTensorFile'
export { planWeightsFile } from './planWeightsFile'
export { type NpyArray, readNpy } from './readNpy'
export { readSafetensors, type SafetensorsContents } from './readSafetensors'
export {
  dtypeFromSafetensors,
  isSafetensorsDType,
  type SafetensorsDType,
  safetensorsDTypeBits,
  safetensorsDTypeOf,
} from './safetensorsDTypes'
export type { SafetensorsTensorInfo } from './safetensorsTensorInfo'
export { checkShard, type Shard, shardRange } from './shardRange'
export type { TensorData } from './tensorData'
export { toBytes } from './toBytes'
export { RECIPE_METADATA_KEY, readRecipe, recipeMetadata, type WeightRecipe } from './weightRecipe'
export type { WeightSet, WeightSpec } from './weightSpec'
export { writeNpy } from './writeNpy'
export { writeSafetensors } from './writeSafetensors'
