import type { DType, InitSpec, Plan } from '@weightinit/core'

/** The languages "copy as code" writes. */
const snippetTargets = ['weightinit', 'pytorch', 'keras', 'jax', 'tfjs'] as const

/** One of {@link snippetTargets}. */
export type SnippetTarget = (typeof snippetTargets)[number]

/** What a snippet reproduces: the playground's spec, shape, options, seed, key and dtype, and its plan. */
export interface SnippetInput {
  readonly spec: InitSpec
  readonly shape: readonly number[]
  /** The layout given to `plan`, if any. */
  readonly layout?: string
  /** The groups given to `plan`, if any. */
  readonly groups?: number
  readonly seed: number
  readonly key: string
  readonly dtype: DType
  /** What `plan(spec, shape, { layout, groups })` returned: the distribution the snippets draw. */
  readonly plan: Plan
}

/** A snippet: its target, the code block's language, the code, and whether it draws the plan exactly. */
export interface CodeSnippet {
  readonly target: SnippetTarget
  readonly title: string
  readonly lang: 'ts' | 'python'
  readonly code: string
  /**
   * True when the code draws the plan's distribution; false when the framework has no built-in
   * for it (the code then says so in a comment, and points to weightinit).
   */
  readonly exact: boolean
}

/** A JavaScript string literal in single quotes. */
function jsString(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`
}

/** A Python string literal in double quotes. */
function pyString(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`
}

/** A number as both languages write it: the shortest text that reads back as the same double. */
function num(value: number): string {
  return Object.is(value, -0) ? '0' : String(value)
}

/** A float for Python keyword arguments: always with a point or an exponent (`0.0`, `2.0`, `1e-07`). */
function pyFloat(value: number): string {
  const text = num(value)
  return /[.e]/.test(text) ? text : `${text}.0`
}

/** A JavaScript object literal of the spec: `{ init: 'kaiming_normal', nonlinearity: 'relu' }`. */
function jsObject(record: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(record).map(([name, value]) => {
    const text =
      typeof value === 'string'
        ? jsString(value)
        : typeof value === 'number'
          ? num(value)
          : String(value)
    return `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : jsString(name)}: ${text}`
  })
  return `{ ${entries.join(', ')} }`
}

/** A Python tuple of the shape: `(256, 128)`, `(100,)`. */
function pyShape(shape: readonly number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`
}

/** A JavaScript array of the shape. */
function jsShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`
}

/** The plan's distribution in words, for the first comment of every snippet. */
function describe(p: Plan): string {
  switch (p.distribution) {
    case 'normal':
      return `N(${num(p.mean)}, ${num(p.std)}²)`
    case 'uniform':
      return `U(${num(p.low)}, ${num(p.high)})`
    case 'truncated_normal':
      return `N(${num(p.mu)}, ${num(p.sigma)}²) truncated to [${num(p.low)}, ${num(p.high)}]`
    case 'constant':
      return `every element ${num(p.value)}`
    case 'orthogonal':
      return `a ${p.rows} × ${p.cols} (semi-)orthogonal matrix times ${num(p.gain)}`
    case 'eye':
      return `${num(p.gain)} times the ${p.rows} × ${p.cols} identity`
    default:
      return p.distribution
  }
}

/** Whether a truncated normal is cut at exactly μ ± 2σ (what Keras's and tfjs's cut is). */
function cutAtTwoSigma(p: Plan & { distribution: 'truncated_normal' }): boolean {
  const lower = (p.low - p.mu) / p.sigma
  const upper = (p.high - p.mu) / p.sigma
  return Math.abs(lower + 2) < 1e-12 && Math.abs(upper - 2) < 1e-12
}

/**
 * How the orthogonal matrix of a plan becomes the tensor: `'leading'` when reshaping the
 * `[rows, cols]` matrix row-major into the shape is what the plan does (all dims but the last are
 * the rows: Keras's, tfjs's and JAX's default rule; any 2-D tensor), `'trailing'` likewise with the
 * first dim as the rows (PyTorch's rule), undefined for a JAX column axis other than the last.
 */
function orthogonalReshape(
  p: Plan & { distribution: 'orthogonal' },
): 'leading' | 'trailing' | undefined {
  const rank = p.shape.length
  if (rank === 2) return 'leading'
  if (p.flatten === 'leading' || p.flatten === 'trailing') return p.flatten
  const axis = p.flatten.columnAxis < 0 ? p.flatten.columnAxis + rank : p.flatten.columnAxis
  return axis === rank - 1 ? 'leading' : undefined
}

/** Whether the plan's orthogonal matrix has the shape's rows and columns under `rule`. */
function orthogonalFits(
  p: Plan & { distribution: 'orthogonal' },
  rule: 'leading' | 'trailing',
): boolean {
  const { shape } = p
  const rows = rule === 'leading' ? shape.slice(0, -1).reduce((a, b) => a * b, 1) : shape[0]
  return p.rows === rows && (shape.length === 2 || orthogonalReshape(p) === rule)
}

const seedNote = 'Same distribution, not the same numbers: every framework has its own generator.'

/** The snippet for weightinit itself: `plan` and `sample` with the playground's settings. */
function weightinitSnippet(input: SnippetInput): CodeSnippet {
  const options: Record<string, unknown> = {}
  if (input.layout !== undefined) options['layout'] = input.layout
  if (input.groups !== undefined) options['groups'] = input.groups
  const planArgs = [
    jsObject(input.spec as unknown as Record<string, unknown>),
    jsShape(input.shape),
  ]
  if (Object.keys(options).length > 0) planArgs.push(jsObject(options))
  const code = [
    "import { plan, sample } from '@weightinit/core'",
    '',
    `// ${describe(input.plan)}: the same bits in every browser, Node and engine`,
    `const p = plan(${planArgs.join(', ')})`,
    `const weights = sample(p, ${jsObject({ seed: input.seed, key: input.key, dtype: input.dtype })})`,
    'console.log(p.std, weights.length)',
    '',
  ].join('\n')
  return { target: 'weightinit', title: 'weightinit', lang: 'ts', code, exact: true }
}

const torchDtypes: Record<DType, string> = {
  float32: 'torch.float32',
  float64: 'torch.float64',
  float16: 'torch.float16',
  bfloat16: 'torch.bfloat16',
}

/** PyTorch: `torch.nn.init`, seeded with `torch.manual_seed` (which every version has). */
function pytorchSnippet(input: SnippetInput): CodeSnippet {
  const p = input.plan
  const dtype = torchDtypes[input.dtype]
  const empty = (shape: readonly number[]) => `torch.empty(${pyShape(shape)}, dtype=${dtype})`
  const head = ['import torch', 'from torch import nn', '', `# ${describe(p)}. ${seedNote}`]
  const seeded = [`torch.manual_seed(${input.seed})`]
  let body: string[] | undefined
  switch (p.distribution) {
    case 'normal':
      body = [
        ...seeded,
        `w = ${empty(p.shape)}`,
        `nn.init.normal_(w, mean=${pyFloat(p.mean)}, std=${pyFloat(p.std)})`,
      ]
      break
    case 'uniform':
      body = [
        ...seeded,
        `w = ${empty(p.shape)}`,
        `nn.init.uniform_(w, a=${pyFloat(p.low)}, b=${pyFloat(p.high)})`,
      ]
      break
    case 'truncated_normal':
      body = [
        ...seeded,
        `w = ${empty(p.shape)}`,
        `nn.init.trunc_normal_(w, mean=${pyFloat(p.mu)}, std=${pyFloat(p.sigma)}, a=${pyFloat(p.low)}, b=${pyFloat(p.high)})`,
      ]
      break
    case 'constant':
      body = [`w = ${empty(p.shape)}`, `nn.init.constant_(w, ${pyFloat(p.value)})`]
      break
    case 'orthogonal': {
      const rule = orthogonalReshape(p)
      if (rule === undefined) break
      body = orthogonalFits(p, 'trailing')
        ? [...seeded, `w = ${empty(p.shape)}`, `nn.init.orthogonal_(w, gain=${pyFloat(p.gain)})`]
        : [
            ...seeded,
            `w = nn.init.orthogonal_(${empty([p.rows, p.cols])}, gain=${pyFloat(p.gain)}).reshape(${pyShape(p.shape)})`,
          ]
      break
    }
    case 'eye':
      body = [`w = ${pyFloat(p.gain)} * torch.eye(${p.rows}, ${p.cols}, dtype=${dtype})`]
      break
    default:
      break
  }
  return finish('pytorch', 'PyTorch', 'python', head, body, 'PyTorch', p)
}

/** Keras 3: `keras.initializers`, seeded per initializer. */
function kerasSnippet(input: SnippetInput): CodeSnippet {
  const p = input.plan
  const shape = pyShape(p.shape)
  const dtype = pyString(input.dtype)
  const seed = input.seed
  const head = ['import keras', '', `# ${describe(p)}. ${seedNote}`]
  const call = (init: string, target = shape) => [
    `init = keras.initializers.${init}`,
    `w = init(shape=${target}, dtype=${dtype})`,
  ]
  let body: string[] | undefined
  switch (p.distribution) {
    case 'normal':
      body = call(`RandomNormal(mean=${pyFloat(p.mean)}, stddev=${pyFloat(p.std)}, seed=${seed})`)
      break
    case 'uniform':
      body = call(
        `RandomUniform(minval=${pyFloat(p.low)}, maxval=${pyFloat(p.high)}, seed=${seed})`,
      )
      break
    case 'truncated_normal':
      // Keras's TruncatedNormal always cuts at mean ± 2·stddev.
      if (cutAtTwoSigma(p))
        body = call(
          `TruncatedNormal(mean=${pyFloat(p.mu)}, stddev=${pyFloat(p.sigma)}, seed=${seed})`,
        )
      break
    case 'constant':
      body = call(`Constant(value=${pyFloat(p.value)})`)
      break
    case 'orthogonal': {
      if (orthogonalReshape(p) === undefined) break
      body = orthogonalFits(p, 'leading')
        ? call(`Orthogonal(gain=${pyFloat(p.gain)}, seed=${seed})`)
        : [
            ...call(`Orthogonal(gain=${pyFloat(p.gain)}, seed=${seed})`, pyShape([p.rows, p.cols])),
            `w = keras.ops.reshape(w, ${shape})`,
          ]
      break
    }
    case 'eye':
      body = call(`Identity(gain=${pyFloat(p.gain)})`)
      break
    default:
      break
  }
  return finish('keras', 'Keras 3', 'python', head, body, 'Keras', p)
}

const jaxDtypes: Record<DType, string> = {
  float32: 'jnp.float32',
  float64: 'jnp.float64',
  float16: 'jnp.float16',
  bfloat16: 'jnp.bfloat16',
}

/** JAX: `jax.random` and `jax.nn.initializers`, from an explicit key. */
function jaxSnippet(input: SnippetInput): CodeSnippet {
  const p = input.plan
  const shape = pyShape(p.shape)
  const dtype = jaxDtypes[input.dtype]
  const head = [
    'import jax',
    'import jax.numpy as jnp',
    ...(input.dtype === 'float64' ? ['', 'jax.config.update("jax_enable_x64", True)'] : []),
    '',
    `# ${describe(p)}. ${seedNote}`,
  ]
  const key = [`key = jax.random.key(${input.seed})`]
  const affine = (mean: number, std: number, draw: string) =>
    `w = ${mean === 0 ? '' : `${pyFloat(mean)} + `}${pyFloat(std)} * ${draw}`
  let body: string[] | undefined
  switch (p.distribution) {
    case 'normal':
      body = [...key, affine(p.mean, p.std, `jax.random.normal(key, ${shape}, ${dtype})`)]
      break
    case 'uniform':
      body = [
        ...key,
        `w = jax.random.uniform(key, ${shape}, ${dtype}, minval=${pyFloat(p.low)}, maxval=${pyFloat(p.high)})`,
      ]
      break
    case 'truncated_normal': {
      const lower = (p.low - p.mu) / p.sigma
      const upper = (p.high - p.mu) / p.sigma
      body = [
        ...key,
        affine(
          p.mu,
          p.sigma,
          `jax.random.truncated_normal(key, ${pyFloat(lower)}, ${pyFloat(upper)}, ${shape}, ${dtype})`,
        ),
      ]
      break
    }
    case 'constant':
      body = [`w = jnp.full(${shape}, ${pyFloat(p.value)}, ${dtype})`]
      break
    case 'orthogonal': {
      if (orthogonalReshape(p) === undefined) break
      const init = `jax.nn.initializers.orthogonal(scale=${pyFloat(p.gain)})`
      body = orthogonalFits(p, 'leading')
        ? [...key, `w = ${init}(key, ${shape}, ${dtype})`]
        : [...key, `w = ${init}(key, ${pyShape([p.rows, p.cols])}, ${dtype}).reshape(${shape})`]
      break
    }
    case 'eye':
      body = [`w = ${pyFloat(p.gain)} * jnp.eye(${p.rows}, ${p.cols}, dtype=${dtype})`]
      break
    case 'delta_orthogonal':
      body = [
        ...key,
        `w = jax.nn.initializers.delta_orthogonal(scale=${pyFloat(p.gain)}, column_axis=${p.columnAxis})(key, ${shape}, ${dtype})`,
      ]
      break
    default:
      break
  }
  return finish('jax', 'JAX', 'python', head, body, 'JAX', p)
}

/** TensorFlow.js: its random ops, which take a 0 bound as 0 (its initializer classes do not). */
function tfjsSnippet(input: SnippetInput): CodeSnippet {
  const p = input.plan
  const shape = jsShape(p.shape)
  const seed = input.seed
  const head = [
    "import * as tf from '@tensorflow/tfjs'",
    '',
    `// ${describe(p)}. ${seedNote}`,
    ...(input.dtype === 'float32' ? [] : [`// tfjs has no ${input.dtype}: this draws float32.`]),
  ]
  const zeroSeed =
    seed === 0
      ? ['// tfjs takes a seed of 0 for no seed in its normals (seed ? seed : Math.random()).']
      : []
  let body: string[] | undefined
  switch (p.distribution) {
    case 'normal':
      body = [
        ...zeroSeed,
        `const w = tf.randomNormal(${shape}, ${num(p.mean)}, ${num(p.std)}, 'float32', ${seed})`,
      ]
      break
    case 'uniform':
      body = [
        `const w = tf.randomUniform(${shape}, ${num(p.low)}, ${num(p.high)}, 'float32', ${seed})`,
      ]
      break
    case 'truncated_normal':
      // tfjs's truncatedNormal always cuts at mean ± 2·stdDev.
      if (cutAtTwoSigma(p)) {
        body = [
          ...zeroSeed,
          `const w = tf.truncatedNormal(${shape}, ${num(p.mu)}, ${num(p.sigma)}, 'float32', ${seed})`,
        ]
      }
      break
    case 'constant':
      body = [`const w = tf.fill(${shape}, ${num(p.value)})`]
      break
    case 'orthogonal': {
      if (orthogonalReshape(p) === undefined) break
      const init = `tf.initializers.orthogonal({ gain: ${num(p.gain)}, seed: ${seed} })`
      body = orthogonalFits(p, 'leading')
        ? [`const w = ${init}.apply(${shape})`]
        : [`const w = ${init}.apply(${jsShape([p.rows, p.cols])}).reshape(${shape})`]
      break
    }
    case 'eye':
      body = [`const w = tf.eye(${p.rows}, ${p.cols}).mul(${num(p.gain)})`]
      break
    default:
      break
  }
  const tail = body ? ['w.print()'] : []
  return finish('tfjs', 'TensorFlow.js', 'ts', head, body && [...body, ...tail], 'TensorFlow.js', p)
}

/** Joins a snippet, or, where the framework has no built-in for the plan, says so. */
function finish(
  target: SnippetTarget,
  title: string,
  lang: 'ts' | 'python',
  head: readonly string[],
  body: readonly string[] | undefined,
  framework: string,
  p: Plan,
): CodeSnippet {
  const comment = lang === 'python' ? '#' : '//'
  if (body) return { target, title, lang, code: `${[...head, ...body].join('\n')}\n`, exact: true }
  const code = [
    `${comment} ${framework} has no built-in initializer that draws ${describe(p)}`,
    `${comment} for this shape. weightinit draws it (see the weightinit tab), and its`,
    `${comment} numbers can be loaded into ${framework} from a .npy or .safetensors file.`,
    '',
  ].join('\n')
  return { target, title, lang, code, exact: false }
}

/**
 * The playground's settings as code for weightinit, PyTorch, Keras 3, JAX and TensorFlow.js. The
 * weightinit snippet repeats the call (the same bits everywhere); the others draw the distribution
 * of the plan, with its parameters as numbers, using the framework's own samplers: `torch.nn.init`,
 * `keras.initializers`, `jax.random` and `jax.nn.initializers`, tfjs's random ops. Where a framework
 * has no built-in for the distribution (Keras's and tfjs's truncated normals cut only at ±2σ; Dirac,
 * sparse and delta-orthogonal kernels), its snippet says so instead.
 *
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { codeSnippets } from './codeSnippets'
 * const spec = { init: 'kaiming_normal' } as const
 * const p = plan(spec, [256, 128])
 * const [, torch] = codeSnippets({ spec, shape: [256, 128], seed: 42, key: 'w', dtype: 'float32', plan: p })
 * torch?.code.includes('nn.init.normal_(w, mean=0.0, std=0.125)') // true
 * ```
 */
export function codeSnippets(input: SnippetInput): CodeSnippet[] {
  return [
    weightinitSnippet(input),
    pytorchSnippet(input),
    kerasSnippet(input),
    jaxSnippet(input),
    tfjsSnippet(input),
  ]
}
