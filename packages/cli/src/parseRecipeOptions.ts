import { describeValue } from '@weightinit/core/errors'
import { usageError } from './errors'

/**
 * `--recipe-option KEY=VALUE` (repeatable) as a scheme's options: values kept as typed (the scheme
 * reads each by its parameter's type: `std=0.01`, `depth_init=false`, `readout=zero`); a key given
 * twice keeps the last value.
 *
 * @param entries - the flag's values
 * @throws `INVALID_ARGUMENT` (exit 2) for an entry that is not KEY=VALUE
 * @example
 * ```ts
 * import { parseRecipeOptions } from './parseRecipeOptions'
 * parseRecipeOptions(['std=0.01', 'base_width=256']) // { std: '0.01', base_width: '256' }
 * ```
 */
export function parseRecipeOptions(entries: readonly string[]): Record<string, string> {
  const options: Record<string, string> = {}
  for (const entry of entries) {
    const at = entry.indexOf('=')
    const key = at < 0 ? '' : entry.slice(0, at).trim()
    if (key === '' || at === entry.length - 1) {
      throw usageError(
        'INVALID_ARGUMENT',
        `--recipe-option must be KEY=VALUE, like std=0.01 or depth_init=false; got ${describeValue(entry)}`,
        { option: entry },
      )
    }
    // defineProperty: a key such as `__proto__` is an own key, never the prototype.
    Object.defineProperty(options, key, {
      value: entry.slice(at + 1).trim(),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return options
}
