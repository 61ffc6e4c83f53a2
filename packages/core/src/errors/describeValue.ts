/** Strings longer than this are cut in a message (the rest is counted, not shown). */
const MAX_STRING = 80
/** An array or object is written out only when it fits in this many characters… */
const MAX_WRITTEN = 80
/** …and has at most this many items. */
const MAX_ITEMS = 16

/**
 * Shows an offending value inside an error message, briefly and exactly: strings quoted (JSON
 * escapes, cut after 80 characters with `…` and their length), numbers as themselves (`NaN`,
 * `Infinity`, `-0`; integers beyond 2^53 in every digit), bigints with their `n`, short arrays and
 * plain objects of such values written out (`[64, -3]`, `{ seed: -1 }`), and everything else by its
 * kind: `an array of length 1000`, `a Float32Array of length 4`, `an ArrayBuffer of 16 bytes`,
 * `a function`, `a Map`, `an object`.
 *
 * @param value - the offending value, anything at all
 * @returns one short line, never longer than about 120 characters
 * @remarks
 * - Never echoes a large value: a 120 KB string shows its first 80 characters and its length; an
 *   array or object is written out only when it holds primitives and fits in 80 characters, and is
 *   otherwise named by its kind (its contents belong in `details`, not in the message).
 * - Integers beyond 2^53 are printed exactly (`2 ** 66` as `73786976294838206464`, not
 *   `73786976294838210000`), so the number in the message is the number that was passed; from
 *   1e21 on, with an exponent (`1e+300`).
 * - Never throws, whatever the value (a revoked proxy, an object whose `toString` throws).
 *
 * @example
 * ```ts
 * import { describeValue } from '@weightinit/core/errors'
 * describeValue('f4') // '"f4"'
 * describeValue(2 ** 66) // '73786976294838206464'
 * describeValue(Number.NaN) // 'NaN'
 * describeValue([64, -3, 'x']) // '[64, -3, "x"]'
 * describeValue(new Float32Array(4)) // 'a Float32Array of length 4'
 * describeValue({ seed: 1, key: { name: 'w' } }) // 'an object'
 * ```
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return describeString(value)
    case 'number':
      return describeNumber(value)
    case 'bigint':
      return `${value}n`
    case 'function':
      return 'a function'
    case 'symbol':
      return value.description === undefined
        ? 'a symbol'
        : `Symbol(${describeString(value.description)})`
    case 'object':
      return value === null ? 'null' : describeObject(value)
    default:
      return String(value)
  }
}

function describeString(text: string): string {
  if (text.length <= MAX_STRING) return JSON.stringify(text)
  return `${JSON.stringify(text.slice(0, MAX_STRING - 1)).slice(0, -1)}…" (${text.length} characters)`
}

function describeNumber(n: number): string {
  if (Object.is(n, -0)) return '-0'
  // From 2^53 to 1e21, String() writes an integer's shortest round trip padded with zeros, which
  // reads as exact but is not (2^66 as 73786976294838210000): write every digit instead. From 1e21
  // on, String() writes an exponent, which does not pretend to be exact.
  const magnitude = Math.abs(n)
  if (magnitude > Number.MAX_SAFE_INTEGER && magnitude < 1e21) return BigInt(n).toString()
  return String(n)
}

function describeObject(value: object): string {
  try {
    if (Array.isArray(value)) {
      const items =
        value.length <= MAX_ITEMS ? Array.from(value, (item) => [undefined, item] as const) : []
      return writtenOut(items, '[', ']') ?? `an array of length ${value.length}`
    }
    const kind = tagOf(value)
    if (ArrayBuffer.isView(value)) {
      return 'length' in value && typeof value.length === 'number'
        ? `${article(kind)} ${kind} of length ${value.length}`
        : `${article(kind)} ${kind} of ${value.byteLength} bytes`
    }
    if (kind === 'ArrayBuffer' || kind === 'SharedArrayBuffer')
      return `${article(kind)} ${kind} of ${(value as ArrayBuffer).byteLength} bytes`
    if (kind !== 'Object') return `${article(kind)} ${kind}`
    const prototype: unknown = Object.getPrototypeOf(value)
    if (prototype !== null && prototype !== Object.prototype) return 'an object'
    const keys = Object.keys(value)
    const entries =
      keys.length <= MAX_ITEMS
        ? keys.map((key) => [keyText(key), (value as Record<string, unknown>)[key]] as const)
        : []
    return writtenOut(entries, '{ ', ' }') ?? 'an object'
  } catch {
    return 'an object'
  }
}

/**
 * `label: value` items between `open` and `close`, when there are some, every value is a primitive
 * and the whole fits in {@link MAX_WRITTEN} characters; otherwise `undefined`.
 */
function writtenOut(
  items: readonly (readonly [label: string | undefined, value: unknown])[],
  open: string,
  close: string,
): string | undefined {
  if (items.length === 0) return undefined
  const parts: string[] = []
  let length = open.length + close.length
  for (const [label, item] of items) {
    if (item !== null && (typeof item === 'object' || typeof item === 'function')) return undefined
    const part = label === undefined ? describeValue(item) : `${label}: ${describeValue(item)}`
    length += part.length + 2
    if (length > MAX_WRITTEN + 2) return undefined
    parts.push(part)
  }
  return `${open}${parts.join(', ')}${close}`
}

function keyText(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) && key.length <= MAX_STRING ? key : describeString(key)
}

/** `Float32Array`, `Map`, `Date`, or the class name of an instance; `Object` for a plain object. */
function tagOf(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1)
  if (tag !== 'Object') return tag
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)
    ?.constructor?.name
  return typeof name === 'string' && /^[A-Za-z_$][\w$]{0,39}$/.test(name) ? name : 'Object'
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a'
}
