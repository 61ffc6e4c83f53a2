import { CONTROLS, escapeOne } from './escapeControls'

/**
 * A name or path from a file or from the user (a tensor, node or op name, an external-data
 * location, a model path), as the CLI prints it in text: as it is when it holds nothing a terminal
 * would act on, else in double quotes with every control escaped (`\x1b`, `\n`, `\x00`, `\u202e`,
 * see {@link CONTROLS}) and backslashes and double quotes escaped too, so that what is shown is
 * unambiguous: a shown name that starts with `"` is always the quoted form.
 *
 * @param name - the name
 * @returns the name, or its quoted, escaped form
 * @remarks JSON output needs none of this: JSON strings are escaped already.
 *
 * @example
 * ```ts
 * import { quoteName } from './quoteName'
 * quoteName('conv1.weight') // 'conv1.weight'
 * quoteName('conv1\u001b[2J.weight') // '"conv1\\x1b[2J.weight"'
 * quoteName('C:\\models\\a\nb') // '"C:\\\\models\\\\a\\nb"'
 * ```
 */
export function quoteName(name: string): string {
  CONTROLS.lastIndex = 0
  if (!CONTROLS.test(name) && !name.startsWith('"')) return name
  const escaped = name.replace(/[\\"]/g, '\\$&').replace(CONTROLS, escapeOne)
  return `"${escaped}"`
}

/**
 * A stream key as the CLI prints it in a sentence: in single quotes (`'conv1.weight'`), or
 * {@link quoteName}'s double-quoted, escaped form when it holds a control character.
 *
 * @param key - the key
 * @example
 * ```ts
 * import { quotedKey } from './quoteName'
 * quotedKey('conv1.weight') // "'conv1.weight'"
 * quotedKey('a\u001bb') // '"a\\x1bb"'
 * ```
 */
export function quotedKey(key: string): string {
  const shown = quoteName(key)
  return shown === key ? `'${key}'` : shown
}
