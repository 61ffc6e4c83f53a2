import type { ParameterValue, SchemeKey, SchemeName, SchemePlan, Seed } from '@weightinit/core'
import type { FilePlan } from '../filePlan'
import type { ArchitectureManifest, ManifestTensor } from './architecture.types'
import type { ShardFile } from './splitShards'

/**
 * The element types a checkpoint is written in (`--dtype`).
 *
 * @example
 * ```ts
 * import type { CheckpointDType } from '@weightinit/buffers'
 * const dtype: CheckpointDType = 'bfloat16'
 * ```
 */
export type CheckpointDType = 'float32' | 'float16' | 'bfloat16'

/**
 * How a checkpoint is drawn and laid out.
 *
 * @example
 * ```ts
 * import type { CheckpointOptions } from '@weightinit/buffers'
 * const options: CheckpointOptions = { seed: 1, recipe: 'torchtitan', options: { depth_init: false }, dtype: 'bfloat16' }
 * ```
 */
export interface CheckpointOptions {
  /** The seed (0 is a seed). */
  readonly seed: Seed
  /** The model-level scheme (default `hf`: the family's own `_init_weights`). */
  readonly recipe?: SchemeName
  /** Overrides of the scheme's parameters (`--recipe-option KEY=VALUE`); strings are read by type. */
  readonly options?: Readonly<Record<string, ParameterValue>>
  /** The element type (default: the config's `dtype` or `torch_dtype` when one of these, else float32). */
  readonly dtype?: CheckpointDType
  /** The most tensor bytes per file (default 5·10⁹, `save_pretrained`'s 5 GB; `Infinity`: one file). */
  readonly maxShardSize?: number
  /** The model class, instead of the config's `architectures[0]`. */
  readonly architecture?: string
}

/**
 * One tensor of a planned checkpoint: the manifest's fields, its dtype and bytes, the file it goes
 * to, and its plan under the scheme (whole, or one per Q/K/V block).
 *
 * @example
 * ```ts
 * import type { CheckpointTensor } from '@weightinit/buffers'
 * const std = (t: CheckpointTensor) => (t.plan.packed ? t.plan.parts.map((p) => p.plan.std) : [t.plan.plan.std])
 * ```
 */
export interface CheckpointTensor extends ManifestTensor {
  readonly dtype: CheckpointDType
  /** Bytes of its data. */
  readonly bytes: number
  /** The file it is written to. */
  readonly file: string
  /** Its plan under the scheme. */
  readonly plan: SchemePlan
}

/**
 * One file of a planned checkpoint: its name, tensors (state-dict order), data bytes, size on disk,
 * and the file plan that generates it.
 *
 * @example
 * ```ts
 * import type { CheckpointFile } from '@weightinit/buffers'
 * const overhead = (f: CheckpointFile) => f.size - f.bytes // the header
 * ```
 */
export interface CheckpointFile extends ShardFile {
  /** Its size on disk: header and data. */
  readonly size: number
  /** What generates it (header, segments). */
  readonly plan: FilePlan
}

/**
 * A whole checkpoint, planned and not yet written: the manifest, every tensor's plan and file, the
 * files' plans, and the text of `config.json` and of the index.
 *
 * @example
 * ```ts
 * import type { CheckpointPlan } from '@weightinit/buffers'
 * const summary = (p: CheckpointPlan) => `${p.manifest.parameters} parameters in ${p.files.length} files`
 * ```
 */
export interface CheckpointPlan {
  readonly manifest: ArchitectureManifest
  /** The canonical scheme. */
  readonly scheme: SchemeKey
  readonly seed: Seed
  readonly dtype: CheckpointDType
  readonly maxShardSize: number
  /** Every tensor, in state-dict order. */
  readonly tensors: readonly CheckpointTensor[]
  /** The files, in order. */
  readonly files: readonly CheckpointFile[]
  /** `model.safetensors.index.json` when there are several files, else `undefined`. */
  readonly index: string | undefined
  /** `config.json`: the input with `dtype`, `torch_dtype` and `architectures` set. */
  readonly config: string
  /** Bytes of tensor data (the index's `metadata.total_size`). */
  readonly dataBytes: number
}
