/**
 * The characters a terminal acts on, or uses to reorder text, instead of showing them: the C0
 * controls (NUL, BEL, BS, TAB, LF, CR, ESC, …), DEL, the C1 controls (U+0080–U+009F: CSI, OSC, …),
 * the bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and marks (U+200E,
 * U+200F, U+061C), the line and paragraph separators (U+2028, U+2029), and unpaired surrogates.
 */
export const CONTROLS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\p{Cs}/gu

/** The short escapes people know; every other control is `\xHH` or `\uHHHH`. */
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * Text from a file or from the user (a tensor name, a path, a library's message that quotes one)
 * made safe to print on a terminal: every control character, bidi control and unpaired surrogate
 * (see {@link CONTROLS}) is written as a visible escape — `\n`, `\r`, `\t`, `\x1b`, `\x00`, `\x9b`,
 * `\u202e` — so that it can neither move the cursor, clear the screen, retitle the window, forge a
 * table row nor reorder what is shown. Everything else, backslashes included, is left as it is.
 *
 * @param text - the text
 * @returns the text with its controls escaped (the same string when it has none)
 * @remarks Where a reader must tell an escape from a literal backslash (a name in a table or a
 * message the CLI writes), use {@link quoteName}, which also quotes the name. This is for text
 * whose parts the CLI cannot tell apart: a library's error message, printed by `formatError`.
 *
 * @example
 * ```ts
 * import { escapeControls } from './escapeControls'
 * escapeControls('fc\u001b[2J.weight') // 'fc\\x1b[2J.weight'
 * escapeControls('a\nb\u202ec') // 'a\\nb\\u202ec'
 * ```
 */
export function escapeControls(text: string): string {
  CONTROLS.lastIndex = 0
  return CONTROLS.test(text) ? text.replace(CONTROLS, escapeOne) : text
}

/** One control as its escape. */
export function escapeOne(character: string): string {
  const short = SHORT[character]
  if (short !== undefined) return short
  const code = character.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}
