import { compareCodePoints } from '../compareCodePoints'

/**
 * JSON text as Python's `json.dumps(value, indent=2, sort_keys=True) + "\n"` writes it — how
 * `save_pretrained` writes `config.json` and `model.safetensors.index.json`: keys sorted at every
 * level, two-space indents, `,` at line ends and `: ` after keys, non-ASCII escaped (`ensure_ascii`),
 * and non-integral floats below 1e-4 or from 1e16 in Python's exponent form (`1e-05`).
 *
 * @param value - plain JSON data
 * @returns the text, ending with a newline
 *
 * @remarks A float that is a whole number (`10000.0` in Python) cannot be told from an integer
 * once parsed in JavaScript; it is written as an integer, which every JSON reader reads back the
 * same.
 *
 * @example
 * ```ts
 * import { pythonJson } from './pythonJson'
 * pythonJson({ b: 1e-5, a: [1, 2] }) // '{\n  "a": [\n    1,\n    2\n  ],\n  "b": 1e-05\n}\n'
 * ```
 */
export function pythonJson(value: unknown): string {
  return `${dump(value, '')}\n`
}

function dump(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null'
  if (typeof value === 'number') return pythonNumber(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'string') return asciiString(value)
  const inner = `${indent}  `
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => inner + dump(v, inner)).join(',\n')}\n${indent}]`
  }
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    compareCodePoints(a, b),
  )
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([k, v]) => `${inner}${asciiString(k)}: ${dump(v, inner)}`).join(',\n')}\n${indent}}`
}

/** A string as Python's ensure_ascii writes it: every character outside space … ~ escaped. */
function asciiString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** A number as Python's float repr writes it (`1e-05`, `1e+16`), integers as integers. */
function pythonNumber(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : value < 0 ? '-Infinity' : 'NaN'
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value)
  const magnitude = Math.abs(value)
  if (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16)) {
    const [mantissa, exponent] = value.toExponential().split('e') as [string, string]
    const sign = exponent.startsWith('-') ? '-' : '+'
    return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`
  }
  return String(value)
}
