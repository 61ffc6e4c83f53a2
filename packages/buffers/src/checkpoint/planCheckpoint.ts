import {
  type DType,
  planScheme,
  resolveScheme,
  type SchemePlan,
  type SchemeRequest,
  STREAM_VERSION,
} from '@weightinit/core'
import { bytesPerElement } from '@weightinit/core/dtype'
import { checkOptions, describeValue, fail, type OptionNames } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import type { FileSegment } from '../filePlan'
import { layoutSafetensors } from '../layoutSafetensors'
import type { HfConfig } from './architecture.types'
import { architectureManifest } from './architectureManifest'
import type {
  CheckpointDType,
  CheckpointFile,
  CheckpointOptions,
  CheckpointPlan,
  CheckpointTensor,
} from './checkpoint.types'
import { pythonJson } from './pythonJson'
import { splitShards } from './splitShards'
import { tensorDraw } from './tensorDraw'

const DTYPES: readonly CheckpointDType[] = ['float32', 'float16', 'bfloat16']

/** `save_pretrained`'s default `max_shard_size` in transformers 4.x: "5GB", SI units. */
const DEFAULT_MAX_SHARD_SIZE = 5e9

/**
 * The `__metadata__` key of each checkpoint file that records how it was made, as JSON: the stream
 * version, the seed, the scheme and its options, the dtype, the `model_type` and the class.
 *
 * @example
 * ```ts
 * import { CHECKPOINT_METADATA_KEY } from '@weightinit/buffers'
 * CHECKPOINT_METADATA_KEY // 'weightinit.checkpoint'
 * ```
 */
export const CHECKPOINT_METADATA_KEY = 'weightinit.checkpoint'

/** The names {@link planCheckpoint} takes in its options. */
export const CHECKPOINT_OPTIONS = {
  seed: true,
  recipe: true,
  options: true,
  dtype: true,
  maxShardSize: true,
  architecture: true,
} as const satisfies OptionNames<CheckpointOptions>

/**
 * Plans a whole checkpoint in the Hugging Face layout from a parsed `config.json`, without
 * sampling: the manifest ({@link architectureManifest}), each tensor's plan under the scheme, the
 * files as `save_pretrained` splits them ({@link splitShards}), each file's header and segments,
 * and the text of `config.json` and `model.safetensors.index.json`.
 *
 * @param config - the parsed `config.json`
 * @param options - seed (required), recipe, scheme options, dtype, max shard size, class
 * @returns the {@link CheckpointPlan}; write it with `writeCheckpoint`
 * @throws everything {@link architectureManifest} and `planScheme` throw (an unknown scheme or
 *   option, a role the scheme has no rule for, a missing `--recipe-option`), `INVALID_SEED`,
 *   `INVALID_DTYPE`, `INVALID_ARGUMENT` — all before anything is written
 *
 * @remarks
 * Every tensor is drawn from the stream keyed by its name (a packed Q/K/V tensor whose blocks draw
 * differently: `name#Q`, `name#K`, `name#V`, each block placed where the model reads it). Each file
 * is a safetensors file with `__metadata__` `{"format": "pt"}` and the recipe
 * ({@link CHECKPOINT_METADATA_KEY}); its tensors are in the reference writer's order (by name), as
 * `safetensors.torch.save_file` writes them. The index is `{"metadata": {"total_parameters",
 * "total_size"}, "weight_map"}`, and it and `config.json` are written as Python's
 * `json.dumps(…, indent=2, sort_keys=True)` does.
 *
 * @example
 * ```ts
 * import { planCheckpoint } from '@weightinit/buffers'
 * const plan = planCheckpoint(
 *   { model_type: 'gpt2', n_embd: 768, n_layer: 12, n_head: 12, n_positions: 1024, vocab_size: 50257 },
 *   { seed: 0, dtype: 'float32' },
 * )
 * plan.manifest.parameters // 124439808
 * plan.files.map((f) => f.name) // ['model.safetensors']
 * ```
 */
export function planCheckpoint(config: HfConfig, options: CheckpointOptions): CheckpointPlan {
  const checked = checkOptions(options, 'options', 'a seed', CHECKPOINT_OPTIONS)
  const { seed } = checked
  normalizeSeed(seed)
  const scheme = resolveScheme(checked.recipe ?? 'hf')
  const schemeOptions = checked.options ?? {}
  checkOptions(schemeOptions, 'options.options', 'the scheme options by key')
  const maxShardSize = checked.maxShardSize ?? DEFAULT_MAX_SHARD_SIZE
  const manifest = architectureManifest(
    config,
    checked.architecture === undefined ? {} : { architecture: checked.architecture },
  )
  const dtype = checkpointDType(checked.dtype, config)
  const width = bytesPerElement(dtype)
  const heads = {
    heads: manifest.quantities['heads'] ?? 1,
    headDim: manifest.quantities['headDim'] ?? 1,
  }
  const planned = manifest.tensors.map((tensor) => {
    const request = {
      scheme,
      role: tensor.role,
      shape: tensor.shape,
      ...(tensor.layout === undefined ? {} : { layout: tensor.layout }),
      ...(tensor.block === undefined ? {} : { block: tensor.block }),
      context: manifest.context,
      options: schemeOptions,
    } as SchemeRequest
    const plan: SchemePlan = planScheme(request)
    return { tensor, plan, draw: tensorDraw(tensor, plan, dtype, heads) }
  })
  const sizes = planned.map(({ tensor }) => ({
    name: tensor.name,
    bytes: tensor.shape.reduce((n, d) => n * d, 1) * width,
  }))
  const shards = splitShards(sizes, maxShardSize)
  const fileOf = new Map<string, string>()
  for (const shard of shards) for (const name of shard.tensors) fileOf.set(name, shard.name)
  const tensors: CheckpointTensor[] = planned.map(({ tensor, plan }, i) => ({
    ...tensor,
    dtype,
    bytes: sizes[i]!.bytes,
    file: fileOf.get(tensor.name)!,
    plan,
  }))
  const recipe = JSON.stringify({
    streamVersion: STREAM_VERSION,
    seed: String(seed),
    scheme,
    options: schemeOptions,
    dtype,
    model_type: manifest.modelType,
    architecture: manifest.architecture,
  })
  const metadata = { format: 'pt', [CHECKPOINT_METADATA_KEY]: recipe }
  const byName = new Map(planned.map((p) => [p.tensor.name, p]))
  const files: CheckpointFile[] = shards.map((shard) => {
    const entries = shard.tensors.map((name) => ({
      name,
      dtype: dtype as DType,
      shape: byName.get(name)!.tensor.shape,
    }))
    const layout = layoutSafetensors(entries, metadata)
    const segments: FileSegment[] = layout.tensors.map((t) => ({
      name: t.name,
      dtype,
      begin: t.begin,
      end: t.end,
      ...byName.get(t.name)!.draw,
    }))
    const plan = {
      format: 'safetensors' as const,
      seed,
      header: layout.header,
      segments,
      dataLength: layout.dataLength,
    }
    return { ...shard, size: layout.header.length + layout.dataLength, plan }
  })
  const dataBytes = sizes.reduce((sum, s) => sum + s.bytes, 0)
  const index =
    files.length === 1
      ? undefined
      : pythonJson({
          metadata: { total_parameters: manifest.parameters, total_size: dataBytes },
          weight_map: Object.fromEntries(tensors.map((t) => [t.name, t.file])),
        })
  const out = { ...config, architectures: [manifest.architecture], dtype, torch_dtype: dtype }
  return {
    manifest,
    scheme,
    seed,
    dtype,
    maxShardSize,
    tensors,
    files,
    index,
    config: pythonJson(out),
    dataBytes,
  }
}

/** The dtype: the option, else the config's `dtype` / `torch_dtype` when one of ours, else float32. */
function checkpointDType(option: unknown, config: HfConfig): CheckpointDType {
  if (option !== undefined) {
    if (!DTYPES.includes(option as CheckpointDType)) {
      fail(
        'INVALID_DTYPE',
        `a checkpoint's dtype must be one of ${DTYPES.join(', ')}, got ${describeValue(option)}`,
        { dtype: option },
      )
    }
    return option as CheckpointDType
  }
  const named = config['dtype'] ?? config['torch_dtype']
  return DTYPES.includes(named as CheckpointDType) ? (named as CheckpointDType) : 'float32'
}
