import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { fail } from '@weightinit/core/errors'
import { checkExternalLocation } from './checkExternalLocation'

/**
 * The real path and size of an external data file, after checking that the location is safe and
 * that the file, through any links, lies inside the model's folder.
 *
 * @param dir - the model's folder
 * @param location - the tensor's `location` entry
 * @param label - the tensor, for messages
 * @throws `UNSAFE_PATH` for a location that is absolute, has `..` or resolves outside `dir`;
 *   `EXTERNAL_DATA_MISSING` when the file does not exist or is not a regular file
 *
 * @example
 * ```ts
 * import { resolveExternalFile } from './resolveExternalFile'
 * const { path, size } = resolveExternalFile('/models', 'model.onnx.data', 'fc.weight')
 * ```
 */
export function resolveExternalFile(
  dir: string,
  location: string,
  label: string,
): { path: string; size: number } {
  checkExternalLocation(location, label)
  let realDir: string
  let realFile: string
  try {
    realDir = realpathSync(dir)
  } catch {
    fail('EXTERNAL_DATA_MISSING', `the model folder '${dir}' does not exist`, {
      dir,
      tensor: label,
    })
  }
  try {
    realFile = realpathSync(resolve(realDir, location))
  } catch {
    fail(
      'EXTERNAL_DATA_MISSING',
      `tensor '${label}' has its data in '${location}', which does not exist in '${dir}'`,
      { tensor: label, location, dir },
    )
  }
  const inside = relative(realDir, realFile)
  if (
    inside.length === 0 ||
    inside === '..' ||
    inside.startsWith(`..${'/'}`) ||
    inside.startsWith('..\\') ||
    isAbsolute(inside)
  ) {
    fail(
      'UNSAFE_PATH',
      `tensor '${label}' has external data location '${location}', which resolves to '${realFile}', outside the model's folder '${realDir}'`,
      { tensor: label, location, resolved: realFile },
    )
  }
  const stats = statSync(realFile)
  if (!stats.isFile()) {
    fail(
      'EXTERNAL_DATA_MISSING',
      `tensor '${label}' has its data in '${location}', which is not a file`,
      {
        tensor: label,
        location,
      },
    )
  }
  return { path: realFile, size: stats.size }
}
