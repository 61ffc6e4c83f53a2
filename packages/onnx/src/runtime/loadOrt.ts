import { fail } from '@weightinit/core'
import type { OrtModule } from './ortTypes'

let cached: Promise<OrtModule> | undefined

/**
 * Loads `onnxruntime-node` (an optional peer dependency) on first use, and only then.
 *
 * @throws `RUNTIME_UNAVAILABLE` when it is not installed or cannot load
 *
 * @example
 * ```ts
 * import { loadOrt } from '@weightinit/onnx'
 * const ort = await loadOrt()
 * ```
 */
export function loadOrt(): Promise<OrtModule> {
  if (cached === undefined) {
    const specifier = 'onnxruntime-node'
    cached = (import(/* @vite-ignore */ specifier) as Promise<OrtModule>).catch(
      (error: unknown) => {
        cached = undefined
        return fail(
          'RUNTIME_UNAVAILABLE',
          `onnxruntime-node could not be loaded (${error instanceof Error ? error.message : String(error)}); install it to verify or LSUV-initialize models: npm install onnxruntime-node`,
          {},
        )
      },
    )
  }
  return cached
}
