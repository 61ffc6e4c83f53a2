import { plan, type Seed, sample } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import type { OrtModule, OrtSession, OrtTensor, OrtTensorType } from '../runtime/ortTypes'

/**
 * A feed given by the caller: a typed array and its dims, or an onnxruntime tensor.
 *
 * @example
 * ```ts
 * import type { FeedValue } from '@weightinit/onnx'
 * const sr: FeedValue = { data: BigInt64Array.from([16000n]), dims: [] }
 * ```
 */
export type FeedValue =
  | {
      readonly data:
        | Float32Array
        | Float64Array
        | Int32Array
        | BigInt64Array
        | Uint8Array
        | Uint16Array
      readonly dims: readonly number[]
    }
  | OrtTensor

/** The size of a symbolic dim that neither `dims` nor `defaultDim` gives. */
const DEFAULT_DIM = 8

/**
 * How `randomFeeds` builds inputs.
 *
 * @example
 * ```ts
 * import type { FeedOptions } from '@weightinit/onnx'
 * const options: FeedOptions = { seed: 3, dims: { batch: 4 }, std: 0.5 }
 * ```
 */
export interface FeedOptions {
  /** Seed of the random inputs (default 0). */
  readonly seed?: Seed
  /** Sizes of symbolic dims by name (default `defaultDim`). */
  readonly dims?: Readonly<Record<string, number>>
  /**
   * The size of a symbolic dim not in `dims` (default 8: a small batch, so that per-layer
   * statistics are over more than one example; the same default as `lsuv` and the CLI).
   */
  readonly defaultDim?: number
  /** Inputs given by the caller, by name; the others are generated. */
  readonly inputs?: Readonly<Record<string, FeedValue>>
  /** Standard deviation of the generated float inputs (default 1). */
  readonly std?: number
}

/**
 * Builds a feed for every input of a session from its metadata: given inputs as they are, float
 * inputs N(0, std²) from the stream keyed `input:<name>` (so the same seed gives the same feeds),
 * integer inputs 0, booleans false; symbolic dims take `dims[name]`, or `defaultDim` (8).
 *
 * @throws `INVALID_ARGUMENT` for an input of a type it cannot generate (string, non-tensor)
 *
 * @example
 * ```ts
 * import { randomFeeds } from './randomFeeds'
 * declare const ort: import('@weightinit/onnx/runtime').OrtModule
 * declare const session: import('@weightinit/onnx/runtime').OrtSession
 * const feeds = randomFeeds(ort, session, { seed: 1, dims: { batch: 4 } })
 * ```
 */
export function randomFeeds(
  ort: OrtModule,
  session: OrtSession,
  options: FeedOptions = {},
): Record<string, OrtTensor> {
  const feeds: Record<string, OrtTensor> = {}
  for (const meta of session.inputMetadata) {
    const given = options.inputs?.[meta.name]
    if (given !== undefined) {
      feeds[meta.name] =
        'type' in given
          ? given
          : new ort.Tensor(
              (meta.type as OrtTensorType | undefined) ?? typeOf(given.data),
              given.data,
              given.dims,
            )
      continue
    }
    if (!meta.isTensor || meta.type === undefined) {
      fail('INVALID_ARGUMENT', `input '${meta.name}' is not a tensor; give it in inputs`, {
        input: meta.name,
      })
    }
    const dims = (meta.shape ?? []).map((d) =>
      typeof d === 'number' && d >= 0
        ? d
        : (options.dims?.[String(d)] ?? options.defaultDim ?? DEFAULT_DIM),
    )
    const size = dims.reduce((a, b) => a * b, 1)
    feeds[meta.name] = new ort.Tensor(
      meta.type as OrtTensorType,
      generate(meta.type, meta.name, size, dims, options),
      dims,
    )
  }
  return feeds
}

function generate(
  type: string,
  name: string,
  size: number,
  dims: readonly number[],
  options: FeedOptions,
): unknown {
  const seed = options.seed ?? 0
  const normal = () =>
    sample(plan({ init: 'normal', mean: 0, std: options.std ?? 1 }, dims), {
      seed,
      key: `input:${name}`,
    })
  switch (type) {
    case 'float32':
      return normal()
    case 'float64':
      return Float64Array.from(normal())
    case 'float16':
      return sample(plan({ init: 'normal', mean: 0, std: options.std ?? 1 }, dims), {
        seed,
        key: `input:${name}`,
        dtype: 'float16',
      })
    case 'int64':
      return new BigInt64Array(size)
    case 'uint64':
      return new BigUint64Array(size)
    case 'int32':
      return new Int32Array(size)
    case 'uint32':
      return new Uint32Array(size)
    case 'int16':
      return new Int16Array(size)
    case 'uint16':
      return new Uint16Array(size)
    case 'int8':
      return new Int8Array(size)
    case 'uint8':
    case 'bool':
      return new Uint8Array(size)
    default:
      return fail(
        'INVALID_ARGUMENT',
        `input '${name}' is ${type}, which weightinit cannot generate; give it in inputs`,
        {
          input: name,
          type,
        },
      )
  }
}

function typeOf(data: unknown): OrtTensorType {
  if (data instanceof Float32Array) return 'float32'
  if (data instanceof Float64Array) return 'float64'
  if (data instanceof Int32Array) return 'int32'
  if (data instanceof BigInt64Array) return 'int64'
  if (data instanceof Uint16Array) return 'float16'
  return 'uint8'
}
