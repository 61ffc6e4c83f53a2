/* `@weightinit/buffers`, the part that runs everywhere (browsers and Node), for programs that turn
 * samples into bytes: little-endian buffers, `.npy` and `.safetensors` in memory, the recipe a
 * weight file carries, and the file plans that streaming writes follow. An explicit barrel, nothing
 * executable. Files on disk and worker threads are in `@weightinit/buffers/node`. */

export type {
  ArchitectureManifest,
  FamilyManifest,
  FlagSource,
  HeadTemplate,
  HfConfig,
  ManifestTensor,
  QuantitySource,
  TensorTemplate,
} from './checkpoint/architecture.types'
export { architectureManifest } from './checkpoint/architectureManifest'
export { assignShardFiles } from './checkpoint/assignShardFiles'
export type {
  CheckpointDType,
  CheckpointFile,
  CheckpointOptions,
  CheckpointPlan,
  CheckpointTensor,
} from './checkpoint/checkpoint.types'
export { families, type ModelType } from './checkpoint/families'
export { CHECKPOINT_METADATA_KEY, planCheckpoint } from './checkpoint/planCheckpoint'
export { type ShardFile, splitShards } from './checkpoint/splitShards'
export type { NpyVersion } from './encodeNpyHeader'
export type { FileFormat, FilePlan, FileSegment, SegmentPiece } from './filePlan'
export { fromBytes } from './fromBytes'
export { hostIsLittleEndian } from './hostIsLittleEndian'
export type { NpyDType } from './npyDescr'
export { planTensorFile, type TensorFileOptions } from './planTensorFile'
export { planWeightsFile } from './planWeightsFile'
export { type NpyArray, readNpy } from './readNpy'
export { readSafetensors, type SafetensorsContents } from './readSafetensors'
export { type Shard, shardRange } from './shardRange'
export type { TensorData } from './tensorData'
export { toBytes } from './toBytes'
export { RECIPE_METADATA_KEY, readRecipe, recipeMetadata, type WeightRecipe } from './weightRecipe'
export type { WeightSet, WeightSpec } from './weightSpec'
export { writeNpy } from './writeNpy'
export { writeSafetensors } from './writeSafetensors'
