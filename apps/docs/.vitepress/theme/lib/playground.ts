import {
  aliases,
  type DType,
  definitions,
  dtypes,
  type Engine,
  type Framework,
  type InitSpec,
  layouts,
  nonlinearities,
  type Plan,
  plan,
  type QualifiedName,
  REQUIRED,
  type SignalNormalization,
  sample,
  signalNormalizations,
  WeightinitError,
} from '@weightinit/core'
import { layoutAliases } from '@weightinit/core/catalogue'
import { decode } from '@weightinit/core/dtype'
import { type SignalActivation, signalActivations } from './signal'

/** Everything the playground's controls hold; all of it travels in the URL. */
export interface PlaygroundState {
  /** An initializer name: a bare alias (`kaiming_normal`) or a qualified name (`jax.he_normal`). */
  readonly init: string
  /** The shape as typed, e.g. `256x128` or `64,3,3,3`. */
  readonly shape: string
  /** A layout name, or `''` for the initializer's home layout. */
  readonly layout: string
  /** Groups of a grouped convolution, or `''` for none. */
  readonly groups: string
  /** Option values as typed, by option name; `''` or absent means the default. */
  readonly options: Readonly<Record<string, string>>
  readonly dtype: DType
  readonly engine: Engine
  /** The seed as typed (a non-negative integer). */
  readonly seed: string
  /** The stream key. */
  readonly key: string
  /** The activation of the signal-propagation plot. */
  readonly activation: SignalActivation
  /** What standardizes each layer's pre-activation in the signal plot. */
  readonly normalization: SignalNormalization
  /** Whether the signal plot's layers are residual blocks, x + f(norm(W x)). */
  readonly residual: boolean
  /** The signal plot's layers as typed, or `''` for 50. */
  readonly depth: string
  /** The signal plot's units per layer as typed, or `''` for the fan_in of the shape. */
  readonly width: string
  /** The signal plot's batch as typed, or `''` for the automatic one (64, fewer for wide layers). */
  readonly batch: string
}

/** The state of a fresh playground. */
export const defaultState: PlaygroundState = {
  init: 'kaiming_normal',
  shape: '256x128',
  layout: '',
  groups: '',
  options: {},
  dtype: 'float32',
  engine: 'auto',
  seed: '42',
  key: 'fc1.weight',
  activation: 'relu',
  normalization: 'none',
  residual: false,
  depth: '',
  width: '',
  batch: '',
}

/** The engines a user can pick. */
export const engines: readonly Engine[] = ['auto', 'wasm', 'js']

/** Every layout name the playground offers (canonical names, then aliases). */
export const layoutChoices: readonly string[] = [
  ...Object.keys(layouts),
  ...Object.keys(layoutAliases),
]

/** One initializer in the picker: the name to type, and what it is. */
export interface InitializerChoice {
  /** The name that goes in a spec and in the URL (the first bare alias, else the qualified name). */
  readonly name: string
  readonly qualified: QualifiedName
  readonly framework: Framework
  readonly summary: string
}

const frameworkTitles: Record<Framework, string> = {
  torch: 'PyTorch names',
  keras: 'Keras names',
  jax: 'JAX names',
  tfjs: 'TensorFlow.js names',
}

/**
 * The name to write for an initializer: its home framework's own name where that bare name stands
 * for it (`kaiming_normal`, `he_normal`, `heNormal`), else the qualified name (`jax.he_normal`).
 */
export function preferredName(qualified: QualifiedName): string {
  const { name } = definitions[qualified]
  return Object.hasOwn(aliases, name) && aliases[name as keyof typeof aliases] === qualified
    ? name
    : qualified
}

/** Every initializer of the catalogue, grouped by framework, in the catalogue's order. */
export function initializerGroups(): { title: string; choices: InitializerChoice[] }[] {
  const groups = new Map<Framework, InitializerChoice[]>()
  for (const [qualified, definition] of Object.entries(definitions) as [
    QualifiedName,
    (typeof definitions)[QualifiedName],
  ][]) {
    const list = groups.get(definition.framework) ?? []
    list.push({
      name: preferredName(qualified),
      qualified,
      framework: definition.framework,
      summary: definition.summary,
    })
    groups.set(definition.framework, list)
  }
  return [...groups].map(([framework, choices]) => ({ title: frameworkTitles[framework], choices }))
}

/** The qualified name a spec name stands for, or undefined for an unknown name. */
export function qualify(name: string): QualifiedName | undefined {
  if (Object.hasOwn(definitions, name)) return name as QualifiedName
  if (Object.hasOwn(aliases, name)) return aliases[name as keyof typeof aliases]
  return undefined
}

/** How an option is edited. */
type OptionControl =
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly choices: readonly string[] }

const optionChoices: Record<string, readonly string[]> = {
  mode: ['fan_in', 'fan_out', 'fan_avg', 'fan_geo_avg'],
  distribution: ['truncated_normal', 'untruncated_normal', 'uniform', 'normal', 'truncatedNormal'],
  nonlinearity: nonlinearities,
  units: ['absolute', 'sigma'],
  flatten: ['trailing', 'leading'],
}

/** One option of the chosen initializer: its name, its default (or required) and its control. */
export interface OptionField {
  readonly name: string
  /** The default as text, or `'required'`. */
  readonly fallback: string
  readonly required: boolean
  readonly control: OptionControl
}

/** The options the initializer takes, from its definition. */
export function optionFields(init: string): OptionField[] {
  const qualified = qualify(init)
  if (!qualified) return []
  const options = definitions[qualified].options as Readonly<Record<string, unknown>>
  return Object.entries(options).map(([name, fallback]) => {
    const required = fallback === REQUIRED
    const choices = optionChoices[name]
    const control: OptionControl = choices
      ? { kind: 'choice', choices }
      : typeof fallback === 'boolean'
        ? { kind: 'boolean' }
        : { kind: 'number' }
    return { name, fallback: String(fallback), required, control }
  })
}

/** A problem with what was typed, before core is asked. */
class InputError extends Error {
  override readonly name = 'InputError'
}

/** Parses `256x128`, `256,128`, `[256, 128]` or `256 128` into a shape. */
export function parseShape(text: string): number[] {
  const parts = text
    .replace(/[[\]()]/g, ' ')
    .split(/[\s,x×]+/)
    .filter((part) => part !== '')
  if (parts.length === 0) throw new InputError('shape: give at least one dimension, e.g. 256x128')
  return parts.map((part) => {
    const value = Number(part)
    if (!/^\d+$/.test(part) || !Number.isSafeInteger(value)) {
      throw new InputError(`shape: '${part}' is not a non-negative integer`)
    }
    return value
  })
}

/** The spec the state describes: the name plus every option that was given a value. */
export function buildSpec(state: PlaygroundState): InitSpec {
  const spec: Record<string, unknown> = { init: state.init }
  for (const field of optionFields(state.init)) {
    const text = state.options[field.name]?.trim() ?? ''
    if (text === '') continue
    if (field.control.kind === 'number') {
      const value = Number(text)
      if (!Number.isFinite(value)) throw new InputError(`${field.name}: '${text}' is not a number`)
      spec[field.name] = value
    } else if (field.control.kind === 'boolean') {
      spec[field.name] = text === 'true'
    } else {
      spec[field.name] = text
    }
  }
  return spec as unknown as InitSpec
}

/**
 * Parses the groups as typed: `undefined` for none. A number input hands over a number, a URL a
 * string: both are taken.
 */
export function parseGroups(typed: string | number): number | undefined {
  const text = String(typed).trim()
  if (text === '') return undefined
  const value = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new InputError(`groups: '${text}' is not a positive integer`)
  }
  return value
}

/** Parses the seed: a safe non-negative integer. */
function parseSeed(text: string): number {
  const value = Number(text)
  if (!/^\s*\d+\s*$/.test(text) || !Number.isSafeInteger(value)) {
    throw new InputError(`seed: '${text}' is not an integer from 0 to 2^53 − 1`)
  }
  return value
}

/** The most elements drawn for the histogram: larger element-wise tensors show their first ones. */
const MAX_DRAWN = 1 << 18

/** The largest structured tensor (orthogonal, eye, …) the playground computes: they are drawn whole. */
const MAX_STRUCTURED = 1 << 22

const structured = new Set(['orthogonal', 'eye', 'dirac', 'delta_orthogonal', 'sparse'])

/** What the playground shows for one state. */
export type PlaygroundResult =
  | {
      readonly ok: true
      readonly spec: InitSpec
      readonly plan: Plan
      /** The drawn values as numbers (float16/bfloat16 decoded). */
      readonly values: Float32Array | Float64Array
      /** The first values exactly as generated: numbers, or bit patterns for float16/bfloat16. */
      readonly first: readonly number[]
      /** The first values' bit patterns, as {@link hexBits} writes them. */
      readonly firstBits: readonly string[]
      /** How many elements were drawn (the first `drawn` of `plan.size`). */
      readonly drawn: number
      /** The engine that `auto` stands for here. */
      readonly engine: 'wasm' | 'js'
      readonly milliseconds: number
    }
  | { readonly ok: false; readonly error: string; readonly code?: string }

let wasmAvailable: boolean | undefined

/** Whether the WebAssembly kernels run here (checked once, by asking core for one sample). */
function wasmRuns(): boolean {
  if (wasmAvailable === undefined) {
    try {
      sample(plan({ init: 'uniform' }, [1]), { seed: 0, engine: 'wasm' })
      wasmAvailable = true
    } catch {
      wasmAvailable = false
    }
  }
  return wasmAvailable
}

/** How many first values the playground lists (and the browser test compares). */
const FIRST_COUNT = 8

/**
 * The bit patterns of typed-array elements as hex: 8 digits for float32, 16 for float64, 4 for the
 * float16/bfloat16 bits. Exact where decimal printing loses −0 and NaN payloads.
 */
export function hexBits(values: Float32Array | Float64Array | Uint16Array): string[] {
  if (values instanceof Uint16Array)
    return Array.from(values, (b) => b.toString(16).padStart(4, '0'))
  const width = values.BYTES_PER_ELEMENT
  const view = new DataView(values.buffer, values.byteOffset, values.byteLength)
  return Array.from({ length: values.length }, (_, i) =>
    width === 4
      ? view
          .getUint32(i * 4, true)
          .toString(16)
          .padStart(8, '0')
      : view
          .getBigUint64(i * 8, true)
          .toString(16)
          .padStart(16, '0'),
  )
}

/** Plans and samples what the state describes; every failure becomes a message, never a throw. */
export function runPlayground(state: PlaygroundState): PlaygroundResult {
  try {
    const spec = buildSpec(state)
    const shape = parseShape(state.shape)
    const groups = parseGroups(state.groups)
    const options = {
      ...(state.layout === '' ? {} : { layout: state.layout as never }),
      ...(groups === undefined ? {} : { groups }),
    }
    const p = plan(spec, shape, options)
    if (structured.has(p.distribution) && p.size > MAX_STRUCTURED) {
      throw new InputError(
        `the playground computes ${p.distribution} tensors of at most ${MAX_STRUCTURED} elements (this one has ${p.size})`,
      )
    }
    const seed = parseSeed(state.seed)
    const drawn = Math.min(p.size, MAX_DRAWN)
    const started = performance.now()
    const raw = sample(p, {
      seed,
      key: state.key,
      dtype: state.dtype,
      engine: state.engine,
      count: drawn,
    })
    const milliseconds = performance.now() - started
    const values =
      raw instanceof Uint16Array ? decode(raw, state.dtype as 'float16' | 'bfloat16') : raw
    const head = raw.subarray(0, FIRST_COUNT) as Float32Array | Float64Array | Uint16Array
    const first = Array.from(head as ArrayLike<number>)
    const firstBits = hexBits(head)
    const engine = state.engine === 'js' ? 'js' : wasmRuns() ? 'wasm' : 'js'
    return { ok: true, spec, plan: p, values, first, firstBits, drawn, engine, milliseconds }
  } catch (error) {
    if (error instanceof WeightinitError) {
      return { ok: false, error: error.message, code: error.code }
    }
    if (error instanceof InputError) return { ok: false, error: error.message }
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}

/** Reads a state from a query string; anything missing or malformed takes the default. */
export function stateFromQuery(search: string): PlaygroundState {
  const params = new URLSearchParams(search)
  const get = (name: string, fallback: string) => params.get(name) ?? fallback
  const options: Record<string, string> = {}
  for (const [name, value] of params) if (name.startsWith('o.')) options[name.slice(2)] = value
  const dtype = get('dtype', defaultState.dtype)
  const engine = get('engine', defaultState.engine)
  const activation = get('act', defaultState.activation)
  const normalization = get('norm', defaultState.normalization)
  return {
    init: get('init', defaultState.init),
    shape: get('shape', defaultState.shape),
    layout: get('layout', defaultState.layout),
    groups: get('groups', defaultState.groups),
    options,
    dtype: (dtypes as readonly string[]).includes(dtype) ? (dtype as DType) : defaultState.dtype,
    engine: (engines as readonly string[]).includes(engine)
      ? (engine as Engine)
      : defaultState.engine,
    seed: get('seed', defaultState.seed),
    key: get('key', defaultState.key),
    activation: (signalActivations as readonly string[]).includes(activation)
      ? (activation as SignalActivation)
      : defaultState.activation,
    normalization: (signalNormalizations as readonly string[]).includes(normalization)
      ? (normalization as SignalNormalization)
      : defaultState.normalization,
    residual: params.get('res') === '1',
    depth: get('depth', defaultState.depth),
    width: get('width', defaultState.width),
    batch: get('batch', defaultState.batch),
  }
}

/** Writes a state as a query string (without `?`), leaving out what equals the default. */
export function queryFromState(state: PlaygroundState): string {
  const params = new URLSearchParams()
  const put = (name: string, value: string, fallback: string) => {
    if (value !== fallback) params.set(name, value)
  }
  put('init', state.init, defaultState.init)
  put('shape', state.shape, defaultState.shape)
  put('layout', state.layout, defaultState.layout)
  put('groups', String(state.groups), defaultState.groups)
  for (const field of optionFields(state.init)) {
    const value = state.options[field.name]
    if (value !== undefined && value !== '') params.set(`o.${field.name}`, value)
  }
  put('dtype', state.dtype, defaultState.dtype)
  put('engine', state.engine, defaultState.engine)
  put('seed', state.seed, defaultState.seed)
  put('key', state.key, defaultState.key)
  put('act', state.activation, defaultState.activation)
  put('norm', state.normalization, defaultState.normalization)
  if (state.residual) params.set('res', '1')
  put('depth', String(state.depth), defaultState.depth)
  put('width', String(state.width), defaultState.width)
  put('batch', String(state.batch), defaultState.batch)
  return params.toString()
}

/** The plan's headline numbers, in the order the playground lists them. */
export function planFacts(p: Plan): { name: string; value: string }[] {
  const record = p as unknown as Record<string, unknown>
  const names = [
    'distribution',
    'initializer',
    'layout',
    'fanIn',
    'fanOut',
    'receptiveField',
    'groups',
    'mode',
    'fan',
    'gain',
    'scale',
    'mean',
    'std',
    'mu',
    'sigma',
    'bound',
    'low',
    'high',
    'rows',
    'cols',
    'zerosPerColumn',
    'size',
  ]
  const facts: { name: string; value: string }[] = []
  for (const name of names) {
    const value = record[name]
    if (value === undefined) continue
    facts.push({ name, value: typeof value === 'number' ? formatFact(value) : String(value) })
  }
  return facts
}

/** A number with enough digits to check against other tools (9 significant). */
export function formatFact(value: number): string {
  if (Number.isInteger(value)) return String(value)
  return String(Number(value.toPrecision(9)))
}
