import type { Seed } from '@weightinit/core'
import { bytesPerElement } from '@weightinit/core/dtype'
import { checkOptions, describeValue, fail, type OptionNames } from '@weightinit/core/errors'
import { normalizeSeed } from '@weightinit/core/random'
import { encodeNpyHeader, type NpyVersion } from './encodeNpyHeader'
import type { FileFormat, FilePlan } from './filePlan'
import { planWeight, planWeightsFile } from './planWeightsFile'
import type { WeightSpec } from './weightSpec'

/**
 * How {@link planTensorFile} writes one tensor: the stream, the format and its options.
 *
 * @example
 * ```ts
 * import type { TensorFileOptions } from '@weightinit/buffers'
 * const options: TensorFileOptions = { seed: 42, key: 'conv1.weight', format: 'npy' }
 * ```
 */
export interface TensorFileOptions {
  /** The seed (required; 0 is a seed). */
  readonly seed: Seed
  /** The stream key (default `''`); in a safetensors file, also the tensor's name. */
  readonly key?: string
  /** The file format (default `'npy'`). */
  readonly format?: FileFormat
  /** For `npy`: the format version (default 1, or 2 when the header needs it). */
  readonly npyVersion?: NpyVersion
  /** For `safetensors`: extra `__metadata__` entries. */
  readonly metadata?: Readonly<Record<string, string>>
}

/** The names {@link planTensorFile} takes in its options. */
const TENSOR_FILE_OPTIONS = {
  seed: true,
  key: true,
  format: true,
  npyVersion: true,
  metadata: true,
} as const satisfies OptionNames<TensorFileOptions>

/**
 * Plans a file holding one generated tensor, as `.npy`, `.safetensors` or raw little-endian bytes —
 * nothing is sampled yet.
 *
 * @param weight - the tensor: spec, shape, dtype, layout, groups
 * @param options - seed, key, format (see {@link TensorFileOptions})
 * @returns the {@link FilePlan}
 *
 * @remarks
 * `safetensors` is {@link planWeightsFile} with one weight named by the key, recipe included.
 * `npy` refuses bfloat16 with `UNSUPPORTED_DTYPE` (use safetensors). Every check runs first: core's
 * errors for the spec and shape, `INVALID_SEED`, `INVALID_KEY` for a key that is not a string,
 * `INVALID_ARGUMENT` for an unknown format.
 *
 * @example
 * ```ts
 * import { planTensorFile } from '@weightinit/buffers'
 * const file = planTensorFile({ spec: 'xavier_normal', shape: [512, 512] }, { seed: 1, format: 'npy' })
 * file.header.length // 128
 * ```
 */
export function planTensorFile(weight: WeightSpec, options: TensorFileOptions): FilePlan {
  const {
    seed,
    key = '',
    format = 'npy',
  } = checkOptions(options, 'options', 'a seed', TENSOR_FILE_OPTIONS)
  normalizeSeed(seed)
  if (typeof key !== 'string') {
    fail('INVALID_KEY', `key must be a string, got ${describeValue(key)}`, { key })
  }
  if (format === 'safetensors') {
    const metadata = options.metadata === undefined ? {} : { metadata: options.metadata }
    return planWeightsFile({ [key]: weight }, { seed, ...metadata })
  }
  if (format !== 'npy' && format !== 'raw') {
    fail(
      'INVALID_ARGUMENT',
      `format must be one of safetensors, npy, raw, got ${describeValue(format)}`,
      {
        format,
        allowed: ['safetensors', 'npy', 'raw'],
      },
    )
  }
  const { dtype, planned } = planWeight(key, weight)
  const header =
    format === 'npy'
      ? encodeNpyHeader(
          weight.shape,
          dtype,
          options.npyVersion === undefined ? {} : { version: options.npyVersion },
        )
      : new Uint8Array(0)
  const dataLength = planned.size * bytesPerElement(dtype)
  const segment = { name: key, key, plan: planned, dtype, begin: 0, end: dataLength }
  return { format, seed, header, segments: [segment], dataLength }
}
