import { fail } from '@weightinit/core/errors'

/**
 * Refuses an external data location that could point outside the model's folder: empty, absolute
 * (`/x`, `C:\x`, `\\server\x`), containing a `..` segment, or a NUL byte. The file-system check
 * through links is {@link resolveExternalFile}'s.
 *
 * @param location - the `location` entry
 * @param label - the tensor, for the message
 * @throws `UNSAFE_PATH`
 *
 * @example
 * ```ts
 * import { checkExternalLocation } from './checkExternalLocation'
 * checkExternalLocation('weights.data', 'w') // fine
 * checkExternalLocation('../secret', 'w') // throws UNSAFE_PATH
 * ```
 */
export function checkExternalLocation(location: string, label: string): void {
  const reason =
    location.length === 0
      ? 'is empty'
      : location.includes('\0')
        ? 'contains a NUL byte'
        : /^([/\\]|[A-Za-z]:)/.test(location)
          ? 'is absolute'
          : location.split(/[/\\]/).includes('..')
            ? "contains '..'"
            : null
  if (reason !== null) {
    fail(
      'UNSAFE_PATH',
      `tensor '${label}' has external data location '${location}', which ${reason}; a location must be a path inside the model's folder`,
      { tensor: label, location },
    )
  }
}
