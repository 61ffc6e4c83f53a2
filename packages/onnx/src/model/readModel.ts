import { stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { readRegularFile } from '@weightinit/buffers/node'
import { checkOptions, fail } from '@weightinit/core/errors'
import { DECODE_OPTIONS, type DecodeOptions, decodeModel, MAX_PROTOBUF_BYTES } from './decodeModel'
import type { OnnxModel } from './OnnxModel'

/**
 * Reads and checks an ONNX model from a file (its folder is where external data is looked up) or
 * from bytes (see {@link decodeModel}; pass `dir` for external data).
 *
 * @param source - a path to a `.onnx` file, or its bytes
 * @param options - for bytes: the folder of external data and the path they came from
 * @throws `PATH_NOT_FOUND`, `NOT_A_FILE` (a folder, FIFO or device), `FILE_TOO_LARGE`, `READ_FAILED`
 *   for the file; everything {@link decodeModel} throws
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * const model = await readModel('model.onnx')
 * console.log(model.proto.graph?.node.length)
 * ```
 */
export async function readModel(
  source: string | Uint8Array,
  options: DecodeOptions = {},
): Promise<OnnxModel> {
  if (typeof source !== 'string') return decodeModel(source, options)
  checkOptions(options, 'decode options', undefined, DECODE_OPTIONS)
  const path = resolve(source)
  const size = await stat(path).then(
    (stats) => stats.size,
    (error: unknown) => {
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
        fail('PATH_NOT_FOUND', `the model '${source}' does not exist`, { path })
      }
      return undefined
    },
  )
  if (size !== undefined && size > MAX_PROTOBUF_BYTES) {
    fail(
      'FILE_TOO_LARGE',
      `'${source}' is ${size} bytes; protobuf caps a model at 2 GiB − 1, so larger models keep their weights in external data`,
      { path, bytes: size },
    )
  }
  // Refuses a folder, FIFO or device (NOT_A_FILE) without blocking, and a file that grew past the cap.
  const bytes = await readRegularFile(path, { maxBytes: MAX_PROTOBUF_BYTES, what: 'the model' })
  return decodeModel(bytes, { ...options, path, dir: options.dir ?? dirname(path) })
}
