/**
 * tfjs re-cases every string of a model's JSON: `model.toJSON()` snake-cases keys and string values
 * (`'heNormal'` → `'he_normal'`, and lower-cases the rest), loading camel-cases them back
 * (`'he_normal'` → `'heNormal'`, `'dense_1/kernel'` → `'dense1/kernel'`). That loses information,
 * so the strings of a weightinit initializer config are written in a form both conversions leave
 * alone: no `_` and nothing `toLowerCase` changes. `%`, `_` and every capital letter are
 * percent-encoded as UTF-8 with lowercase hex (`'he_normal'` → `'he%5fnormal'`, `'heNormal'` →
 * `'he%4eormal'`, `'Ä'` → `'%c3%84'`); everything else is kept.
 */
const ESCAPE_RUN = /(?:%[0-9a-f]{2})+/g
const UTF8 = new TextEncoder()

/** Escapes one string (see the file's comment). */
function escapeString(text: string): string {
  let out = ''
  for (const char of text) {
    const kept = char !== '_' && char !== '%' && char.toLowerCase() === char
    if (kept) out += char
    else for (const byte of UTF8.encode(char)) out += `%${byte.toString(16).padStart(2, '0')}`
  }
  return out
}

/** Undoes {@link escapeString}. */
function unescapeString(text: string): string {
  return text.replace(ESCAPE_RUN, (run) => decodeURIComponent(run))
}

/** Maps every object key and string of a JSON value, leaving numbers, booleans and null. */
function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value)
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [map(key), mapStrings(item, map)]),
    )
  }
  return value
}

/**
 * A JSON value with every key and string escaped so tfjs's snake/camel re-casing leaves it intact.
 *
 * @param value - plain JSON data
 */
export function encodeConfigCase(value: unknown): unknown {
  return mapStrings(value, escapeString)
}

/**
 * Undoes {@link encodeConfigCase}.
 *
 * @param value - data written by {@link encodeConfigCase}, after any number of tfjs round trips
 */
export function decodeConfigCase(value: unknown): unknown {
  return mapStrings(value, unescapeString)
}
