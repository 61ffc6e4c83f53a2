import { fail } from '@weightinit/core/errors'
import type { OrtModule, OrtSession } from './ortTypes'

/**
 * Creates an onnxruntime session from model bytes, single-threaded (so that runs, and LSUV, are
 * deterministic) and quiet; external data, if any, is looked up in `dir`.
 *
 * @throws `RUNTIME_FAILED` when onnxruntime refuses the model
 *
 * @example
 * ```ts
 * import { encodeModel, readModel } from '@weightinit/onnx'
 * import { loadOrt } from '@weightinit/onnx/runtime'
 * import { createSession } from './createSession'
 * const session = await createSession(await loadOrt(), encodeModel(await readModel('m.onnx')), null)
 * ```
 */
export async function createSession(
  ort: OrtModule,
  bytes: Uint8Array,
  dir: string | null,
): Promise<OrtSession> {
  try {
    return await ort.InferenceSession.create(bytes, {
      logSeverityLevel: 3,
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      ...(dir === null
        ? {}
        : { extra: { session: { model_external_initializers_file_folder_path: dir } } }),
    })
  } catch (error) {
    fail(
      'RUNTIME_FAILED',
      `onnxruntime-node could not load the model: ${error instanceof Error ? error.message : String(error)}`,
      {},
    )
  }
}
