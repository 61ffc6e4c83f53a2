import { readFile, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fail } from '@weightinit/core'
import { type DecodeOptions, decodeModel, MAX_PROTOBUF_BYTES } from './decodeModel'
import type { OnnxModel } from './OnnxModel'

/**
 * Reads and checks an ONNX model from a file (its folder is where external data is looked up) or
 * from bytes (see {@link decodeModel}; pass `dir` for external data).
 *
 * @param source - a path to a `.onnx` file, or its bytes
 * @param options - for bytes: the folder of external data and the path they came from
 * @throws `PATH_NOT_FOUND`, `READ_FAILED` for the file; everything {@link decodeModel} throws
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
  const path = resolve(source)
  let size: number
  try {
    const stats = await stat(path)
    if (!stats.isFile()) fail('READ_FAILED', `'${source}' is not a file`, { path })
    size = stats.size
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      fail('PATH_NOT_FOUND', `the model '${source}' does not exist`, { path })
    }
    throw error
  }
  if (size > MAX_PROTOBUF_BYTES) {
    fail(
      'FILE_TOO_LARGE',
      `'${source}' is ${size} bytes; protobuf caps a model at 2 GiB − 1, so larger models keep their weights in external data`,
      { path, bytes: size },
    )
  }
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (error) {
    fail(
      'READ_FAILED',
      `could not read '${source}': ${error instanceof Error ? error.message : String(error)}`,
      {
        path,
      },
    )
  }
  return decodeModel(bytes, { ...options, path, dir: options.dir ?? dirname(path) })
}
