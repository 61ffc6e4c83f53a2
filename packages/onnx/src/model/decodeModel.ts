import { fromBinary } from '@bufbuild/protobuf'
import { checkOptions, fail, type OptionNames } from '@weightinit/core/errors'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { checkModel } from './checkModel'
import { countModelEntries, MODEL_LIMITS, type ModelEntryCounts } from './countModelEntries'
import type { OnnxModel } from './OnnxModel'

/**
 * The largest encoding protobuf (and so ONNX) allows in one message: 2 GiB − 1.
 *
 * @example
 * ```ts
 * import { MAX_PROTOBUF_BYTES } from './decodeModel'
 * MAX_PROTOBUF_BYTES // 2147483647
 * ```
 */
export const MAX_PROTOBUF_BYTES = 2 ** 31 - 1

/**
 * Where a model decoded from bytes came from, for external data.
 *
 * @example
 * ```ts
 * import { decodeModel, type DecodeOptions } from '@weightinit/onnx'
 * const options: DecodeOptions = { dir: '/models' }
 * declare const bytes: Uint8Array
 * decodeModel(bytes, options)
 * ```
 */
export interface DecodeOptions {
  /** The folder external data locations are relative to (default: none; such tensors cannot be read). */
  readonly dir?: string
  /** The path of the file the bytes were read from (used to refuse writing over it). */
  readonly path?: string
  /** Skip the check of external data files (default false: each must exist and be long enough). */
  readonly skipExternalCheck?: boolean
}

/** The names {@link decodeModel} takes in its options. */
export const DECODE_OPTIONS = {
  dir: true,
  path: true,
  skipExternalCheck: true,
} as const satisfies OptionNames<DecodeOptions>

/**
 * Decodes an ONNX model from its bytes and checks it: valid protobuf (nested at most 100 deep),
 * an `ir_version` and a graph, every tensor's data consistent with its dims and data type, dims
 * multiplying to at most 2^53 − 1, and external data (when a folder is known) safe and present.
 *
 * @param bytes - the `.onnx` bytes; `raw_data` of the result are views into them
 * @param options - folder and path, for external data
 * @throws `INVALID_MODEL` for bytes that are not an ONNX model; `FILE_TOO_LARGE` past 2 GiB;
 *   `MODEL_TOO_LARGE` past a million tensors or nodes (checked before decoding);
 *   `INVALID_TENSOR`, `UNSAFE_PATH`, `EXTERNAL_DATA_MISSING` for bad tensors (naming them)
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs'
 * import { decodeModel } from '@weightinit/onnx'
 * const model = decodeModel(readFileSync('model.onnx'), { dir: '.' })
 * ```
 */
export function decodeModel(bytes: Uint8Array, options: DecodeOptions = {}): OnnxModel {
  if (!(bytes instanceof Uint8Array)) {
    fail(
      'INVALID_ARGUMENT',
      'an ONNX model must be given as a Uint8Array (or a path to readModel)',
      {},
    )
  }
  checkOptions(options, 'decode options', undefined, DECODE_OPTIONS)
  if (bytes.length > MAX_PROTOBUF_BYTES) {
    fail(
      'FILE_TOO_LARGE',
      `the model is ${bytes.length} bytes; protobuf caps a model at 2 GiB − 1, so larger models keep their weights in external data`,
      { bytes: bytes.length },
    )
  }
  const counts = countModelEntries(bytes)
  refuseOversized(counts)
  if (counts.wideVarint === true) {
    // protobuf-es would read such a length modulo 2^32 and decode garbage as a model.
    fail(
      'INVALID_MODEL',
      'the bytes are not a valid ONNX model: a field tag or length needs more than 32 bits (a length past 4 GiB, or corrupt bytes)',
      { bytes: bytes.length },
    )
  }
  let proto: ReturnType<typeof fromBinary<typeof ModelProtoSchema>>
  try {
    proto = fromBinary(ModelProtoSchema, bytes)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    fail('INVALID_MODEL', `the bytes are not a valid ONNX model: ${reason}`, {
      reason,
      bytes: bytes.length,
    })
  }
  if (proto.irVersion <= 0n || proto.graph === undefined) {
    fail(
      'INVALID_MODEL',
      `the bytes are not an ONNX model: ${proto.graph === undefined ? 'there is no graph' : 'ir_version is missing'} (${bytes.length} bytes)`,
      { bytes: bytes.length },
    )
  }
  const model: OnnxModel = {
    proto,
    bytes,
    path: options.path ?? null,
    dir: options.dir ?? null,
    edits: new Map(),
  }
  checkModel(model, { external: options.skipExternalCheck !== true })
  return model
}

/** Fails with `MODEL_TOO_LARGE` when a count is past its limit, before any decoding. */
function refuseOversized(counts: ModelEntryCounts): void {
  for (const kind of ['tensors', 'nodes', 'entries'] as const) {
    if (counts[kind] > MODEL_LIMITS[kind]) {
      fail(
        'MODEL_TOO_LARGE',
        `the model holds more than ${MODEL_LIMITS[kind].toLocaleString('en-US')} ${kind === 'entries' ? 'protobuf entries' : kind}; weightinit reads models of at most ${MODEL_LIMITS.tensors.toLocaleString('en-US')} tensors, ${MODEL_LIMITS.nodes.toLocaleString('en-US')} nodes and ${MODEL_LIMITS.entries.toLocaleString('en-US')} entries in all`,
        { [kind]: counts[kind], limit: MODEL_LIMITS[kind] },
      )
    }
  }
}
