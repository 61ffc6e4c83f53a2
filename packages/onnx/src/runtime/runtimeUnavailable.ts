import { fail } from '@weightinit/core/errors'

/**
 * Fails with `RUNTIME_UNAVAILABLE`: onnxruntime-node could not be loaded. The message says how to
 * install it, including the way that works offline.
 *
 * @param error - why the import failed
 * @remarks `details` carry `package: 'onnxruntime-node'`, the `reason` and `skipInstallScript`, the
 * environment variable onnxruntime-node's own install script reads: set to `skip`, the script does
 * not download the CUDA binaries it fetches on Linux x64 (and fails without network access); the CPU
 * runtime ships in the npm package either way. The CLI words its own hint from these details.
 *
 * @example
 * ```ts
 * import { runtimeUnavailable } from './runtimeUnavailable'
 * import('onnxruntime-node').catch(runtimeUnavailable)
 * ```
 */
export function runtimeUnavailable(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error)
  return fail(
    'RUNTIME_UNAVAILABLE',
    `onnxruntime-node could not be loaded (${reason}); install it to verify or LSUV-initialize models: npm install onnxruntime-node (offline, or where its install script cannot download GPU binaries: ONNXRUNTIME_NODE_INSTALL=skip npm install onnxruntime-node)`,
    {
      package: 'onnxruntime-node',
      reason,
      skipInstallScript: 'ONNXRUNTIME_NODE_INSTALL=skip',
    },
  )
}
