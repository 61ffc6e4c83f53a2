import { fail } from '@weightinit/core/errors'
import type { OrtSession, OrtTensor } from './ortTypes'

/**
 * Runs a session, turning onnxruntime's failures into a typed error.
 *
 * @throws `RUNTIME_FAILED`
 *
 * @example
 * ```ts
 * import { runSession } from './runSession'
 * declare const session: import('@weightinit/onnx/runtime').OrtSession
 * declare const feeds: Record<string, import('@weightinit/onnx/runtime').OrtTensor>
 * const outputs = await runSession(session, feeds)
 * ```
 */
export async function runSession(
  session: OrtSession,
  feeds: Record<string, OrtTensor>,
): Promise<Record<string, OrtTensor>> {
  try {
    return await session.run(feeds)
  } catch (error) {
    fail(
      'RUNTIME_FAILED',
      `onnxruntime-node failed to run the model: ${error instanceof Error ? error.message : String(error)}`,
      {},
    )
  }
}
