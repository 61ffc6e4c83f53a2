import type { OrtModule } from './ortTypes'
import { runtimeUnavailable } from './runtimeUnavailable'

let cached: Promise<OrtModule> | undefined

/**
 * Loads `onnxruntime-node` (an optional peer dependency) on first use, and only then.
 *
 * @throws `RUNTIME_UNAVAILABLE` when it is not installed or cannot load; the message says how to
 *   install it, offline too (`ONNXRUNTIME_NODE_INSTALL=skip`)
 *
 * @example
 * ```ts
 * import { loadOrt } from '@weightinit/onnx/runtime'
 * const ort = await loadOrt()
 * ```
 */
export function loadOrt(): Promise<OrtModule> {
  if (cached === undefined) {
    const specifier = 'onnxruntime-node'
    cached = (import(/* @vite-ignore */ specifier) as Promise<OrtModule>).catch(
      (error: unknown) => {
        cached = undefined
        return runtimeUnavailable(error)
      },
    )
  }
  return cached
}
