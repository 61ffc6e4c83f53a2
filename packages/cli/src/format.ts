import { formatNumber, type InitSpec, type Plan } from '@weightinit/core'
import { quoteName } from './quoteName'

/**
 * Lays out rows as aligned columns (two spaces apart), the last column left ragged.
 *
 * @param header - the column titles, or `undefined` for none
 * @param rows - the cells, as text; raw names from the model (each cell is shown through
 *   {@link quoteName}: a cell holding a control character is quoted with the control escaped, so
 *   a name can neither break its row in two nor act on the terminal)
 * @example
 * ```ts
 * import { table } from './format'
 * table(['quantity', 'value'], [['fanIn', '27']]) // 'quantity  value\nfanIn     27'
 * ```
 */
export function table(
  header: readonly string[] | undefined,
  rows: readonly (readonly string[])[],
): string {
  const all = (header === undefined ? rows : [header, ...rows]).map((row) => row.map(quoteName))
  // Loops, not `Math.max(...cells)`: a model of 10^5 tensors would overflow the call stack.
  const widths: number[] = []
  for (const row of all) {
    row.forEach((cell, c) => {
      widths[c] = Math.max(widths[c] ?? 0, [...cell].length)
    })
  }
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) =>
        c === row.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length),
      )
      .join('  ')
      .trimEnd()
  const lines = all.map(line)
  if (header !== undefined) {
    lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '))
  }
  return lines.join('\n')
}

/**
 * A number as people read it: six significant digits, integers whole, `±inf` for infinities.
 *
 * @param value - the number
 * @example
 * ```ts
 * import { num } from './format'
 * num(Math.SQRT2) // '1.41421'
 * ```
 */
export function num(value: number): string {
  if (value === Infinity) return 'inf'
  if (value === -Infinity) return '-inf'
  return formatNumber(value)
}

const FRAMEWORKS: Record<string, string> = {
  torch: 'PyTorch',
  keras: 'Keras',
  jax: 'JAX',
  tfjs: 'TensorFlow.js',
}

/**
 * The framework whose semantics a plan keeps, as people write it.
 *
 * @param framework - `torch`, `keras`, `jax` or `tfjs`
 * @example
 * ```ts
 * import { frameworkName } from './format'
 * frameworkName('torch') // 'PyTorch'
 * ```
 */
export function frameworkName(framework: string): string {
  return FRAMEWORKS[framework] ?? framework
}

/**
 * What a plan draws, in one line: `normal(mean 0, std 0.272166)`, `uniform[-0.19245, 0.19245)`, …
 *
 * @param plan - a plan from core's `plan()`
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { describeDraw } from './format'
 * describeDraw(plan('kaiming_normal', [64, 27])) // 'normal(mean 0, std 0.272166)'
 * ```
 */
export function describeDraw(plan: Plan): string {
  switch (plan.distribution) {
    case 'constant':
      return `constant ${num(plan.value)}`
    case 'uniform':
      return `uniform[${num(plan.low)}, ${num(plan.high)}) (mean ${num(plan.mean)}, std ${num(plan.std)})`
    case 'normal':
      return `normal(mean ${num(plan.mean)}, std ${num(plan.std)})`
    case 'truncated_normal':
      return `truncated normal(μ ${num(plan.mu)}, σ ${num(plan.sigma)}) on [${num(plan.low)}, ${num(plan.high)}] (mean ${num(plan.mean)}, std ${num(plan.std)})`
    case 'orthogonal':
      return `orthogonal ${plan.rows}×${plan.cols} · gain ${num(plan.gain)} (std ${num(plan.std)})`
    case 'eye':
      return `identity ${plan.rows}×${plan.cols} · gain ${num(plan.gain)}`
    case 'dirac':
      return `dirac delta kernel, ${plan.groups} group${plan.groups === 1 ? '' : 's'}`
    case 'delta_orthogonal':
      return `delta orthogonal · gain ${num(plan.gain)} (std ${num(plan.std)})`
    case 'sparse':
      return `sparse ${plan.rows}×${plan.cols}: normal(0, σ ${num(plan.sigma)}) with ${plan.zerosPerColumn} zeros per column (std ${num(plan.std)})`
  }
}

/**
 * A spec in a few characters, for the `inspect` and `patch` tables: `kaiming_normal(relu)`,
 * `xavier_normal(gain=1.667)`, `zeros`. Numbers keep four significant digits.
 *
 * @param spec - a spec, or `null` for a tensor the recipe does not initialize (gives `-`)
 * @example
 * ```ts
 * import { compactSpec } from './format'
 * compactSpec({ init: 'kaiming_normal', nonlinearity: 'relu' }) // 'kaiming_normal(relu)'
 * ```
 */
export function compactSpec(spec: InitSpec | null): string {
  if (spec === null) return '-'
  const { init, ...options } = spec as { init: string } & Record<string, unknown>
  const parts = Object.entries(options).map(([name, value]) =>
    name === 'nonlinearity'
      ? String(value)
      : `${name}=${typeof value === 'number' ? Number(value.toPrecision(4)) : JSON.stringify(value)}`,
  )
  return parts.length === 0 ? init : `${init}(${parts.join(', ')})`
}

/**
 * JSON text for the CLI's `--json` output, indented by two spaces: infinities become the strings
 * `"Infinity"` and `"-Infinity"`, NaN `"NaN"` (JSON has no literal for them), bigints (seeds above
 * 2^53) decimal strings. Strings are escaped as JSON escapes them (C0 controls, quotes, unpaired
 * surrogates) and, beyond that, DEL, the C1 controls and the bidi and line-separator characters
 * as `\u` escapes too: the same strings for a JSON parser, nothing a terminal acts on.
 *
 * @param value - plain data
 * @example
 * ```ts
 * import { toJson } from './format'
 * toJson({ low: -Infinity }) // '{\n  "low": "-Infinity"\n}'
 * ```
 */
export function toJson(value: unknown): string {
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'bigint') return v.toString()
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v)
      return v
    },
    2,
  )
  // These characters can only stand inside strings in JSON text: escaping them keeps it valid.
  return text.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * The JSON object `plan --json` prints: the contract's fields first — `init`, `distribution`,
 * `fanIn`, `fanOut`, `gain`, `mean`, `std` (null where a field does not apply, e.g. the fans of an
 * orthogonal matrix), and `sigma`, `bound`, `low`, `high` where they apply — then the rest of the
 * plan (`initializer`, `framework`, `options`, `explanation`, `warnings`, …). Print it with
 * {@link toJson} (infinite bounds become the strings `"Infinity"` and `"-Infinity"`).
 *
 * @param plan - a plan from core's `plan()`
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { planJson } from './format'
 * planJson(plan('he_normal', [3, 3, 3, 64])).sigma // 0.3094106266248576
 * ```
 */
export function planJson(plan: Plan): Record<string, unknown> {
  const fields = plan as unknown as Record<string, unknown>
  const first: Record<string, unknown> = {
    init: plan.init,
    initializer: plan.initializer,
    framework: plan.framework,
    distribution: plan.distribution,
    shape: plan.shape,
    size: plan.size,
    layout: fields['layout'] ?? null,
    fanIn: fields['fanIn'] ?? null,
    fanOut: fields['fanOut'] ?? null,
    gain: fields['gain'] ?? null,
    mean: plan.mean,
    std: plan.std,
  }
  for (const key of ['sigma', 'bound', 'low', 'high'] as const) {
    if (key in fields) first[key] = fields[key]
  }
  return { ...first, ...fields, ...first }
}
