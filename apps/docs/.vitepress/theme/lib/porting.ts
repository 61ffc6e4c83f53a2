import {
  definitions,
  type Framework,
  type InitSpec,
  type Plan,
  plan,
  type QualifiedName,
  REQUIRED,
} from '@weightinit/core'
import { formatFact, preferredName } from './playground'

/** The frameworks of the porting tables, in column order, with their display names. */
export const frameworks: readonly { id: Framework; title: string }[] = [
  { id: 'torch', title: 'PyTorch' },
  { id: 'keras', title: 'Keras 3' },
  { id: 'jax', title: 'JAX' },
  { id: 'tfjs', title: 'TensorFlow.js' },
]

/**
 * One idea and the initializer that implements it in each framework (absent where the framework
 * has none). The pairing is the only hand-written part of the tables: names, defaults and numbers
 * are read from core's `definitions` and computed by core's `plan`.
 */
export interface Concept {
  readonly title: string
  readonly names: Partial<Record<Framework, QualifiedName>>
  /** Options a column needs (a required `value`, JAX's required variance-scaling options). */
  readonly options?: Partial<Record<Framework, Readonly<Record<string, unknown>>>>
}

/** The ideas, in the order a reader meets them. */
export const concepts: readonly Concept[] = [
  {
    title: 'Glorot / Xavier uniform',
    names: {
      torch: 'torch.xavier_uniform',
      keras: 'keras.glorot_uniform',
      jax: 'jax.glorot_uniform',
      tfjs: 'tfjs.glorotUniform',
    },
  },
  {
    title: 'Glorot / Xavier normal',
    names: {
      torch: 'torch.xavier_normal',
      keras: 'keras.glorot_normal',
      jax: 'jax.glorot_normal',
      tfjs: 'tfjs.glorotNormal',
    },
  },
  {
    title: 'He / Kaiming uniform',
    names: {
      torch: 'torch.kaiming_uniform',
      keras: 'keras.he_uniform',
      jax: 'jax.he_uniform',
      tfjs: 'tfjs.heUniform',
    },
  },
  {
    title: 'He / Kaiming normal',
    names: {
      torch: 'torch.kaiming_normal',
      keras: 'keras.he_normal',
      jax: 'jax.he_normal',
      tfjs: 'tfjs.heNormal',
    },
  },
  {
    title: 'LeCun uniform',
    names: { keras: 'keras.lecun_uniform', jax: 'jax.lecun_uniform', tfjs: 'tfjs.leCunUniform' },
  },
  {
    title: 'LeCun normal',
    names: { keras: 'keras.lecun_normal', jax: 'jax.lecun_normal', tfjs: 'tfjs.leCunNormal' },
  },
  {
    title: 'Variance scaling (generic)',
    names: {
      keras: 'keras.variance_scaling',
      jax: 'jax.variance_scaling',
      tfjs: 'tfjs.varianceScaling',
    },
    options: { jax: { scale: 1, mode: 'fan_in', distribution: 'truncated_normal' } },
  },
  {
    title: 'Normal',
    names: {
      torch: 'torch.normal',
      keras: 'keras.random_normal',
      jax: 'jax.normal',
      tfjs: 'tfjs.randomNormal',
    },
  },
  {
    title: 'Uniform',
    names: {
      torch: 'torch.uniform',
      keras: 'keras.random_uniform',
      jax: 'jax.uniform',
      tfjs: 'tfjs.randomUniform',
    },
  },
  {
    title: 'Truncated normal',
    names: {
      torch: 'torch.trunc_normal',
      keras: 'keras.truncated_normal',
      jax: 'jax.truncated_normal',
      tfjs: 'tfjs.truncatedNormal',
    },
  },
  {
    title: 'Orthogonal',
    names: {
      torch: 'torch.orthogonal',
      keras: 'keras.orthogonal',
      jax: 'jax.orthogonal',
      tfjs: 'tfjs.orthogonal',
    },
  },
  {
    title: 'Identity',
    names: { torch: 'torch.eye', keras: 'keras.identity', tfjs: 'tfjs.identity' },
  },
  {
    title: 'Dirac / delta kernel',
    names: { torch: 'torch.dirac', jax: 'jax.delta_orthogonal' },
  },
  { title: 'Sparse', names: { torch: 'torch.sparse' }, options: { torch: { sparsity: 0.9 } } },
  {
    title: 'Zeros',
    names: { torch: 'torch.zeros', keras: 'keras.zeros', jax: 'jax.zeros', tfjs: 'tfjs.zeros' },
  },
  {
    title: 'Constant',
    names: {
      torch: 'torch.constant',
      keras: 'keras.constant',
      jax: 'jax.constant',
      tfjs: 'tfjs.constant',
    },
    options: {
      torch: { value: 0.1 },
      keras: { value: 0.1 },
      jax: { value: 0.1 },
      tfjs: { value: 0.1 },
    },
  },
]

/** A cell of the names table: the home framework's name, ours, its defaults and its summary. */
export interface NameCell {
  readonly qualified: QualifiedName
  /** The name in its home framework. */
  readonly home: string
  /** The name to give weightinit (a bare alias where one exists, else the qualified name). */
  readonly ours: string
  /**
   * The home framework's options: `option = default`, or `option (required)` where there is no
   * default; `—` for none.
   */
  readonly defaults: string
  /** Options only weightinit has (`correct`, `units`) with their defaults; `''` for none. */
  readonly extras: string
  readonly summary: string
}

/**
 * Options weightinit adds to a framework's name, which the framework itself does not have: the
 * variance correction of a truncated normal, and the units of `trunc_normal`'s bounds.
 */
export const weightinitOnlyOptions: readonly string[] = ['correct', 'units']

/** Formats some of a definition's options with their defaults. */
function formatOptions(entries: readonly [string, unknown][]): string {
  return entries
    .map(([name, value]) =>
      value === REQUIRED ? `${name} (required)` : `${name} = ${JSON.stringify(value)}`,
    )
    .join(', ')
}

/** A definition's options, split into the home framework's and weightinit's own. */
function optionSets(qualified: QualifiedName): { defaults: string; extras: string } {
  const options = definitions[qualified].options as Readonly<Record<string, unknown>>
  const entries = Object.entries(options)
  const home = entries.filter(([name]) => !weightinitOnlyOptions.includes(name))
  const extras = entries.filter(([name]) => weightinitOnlyOptions.includes(name))
  return { defaults: home.length === 0 ? '—' : formatOptions(home), extras: formatOptions(extras) }
}

/** The names table: one row per concept, one cell per framework. */
export function nameRows(): { title: string; cells: (NameCell | undefined)[] }[] {
  return concepts.map((concept) => ({
    title: concept.title,
    cells: frameworks.map(({ id }) => {
      const qualified = concept.names[id]
      if (!qualified) return undefined
      const definition = definitions[qualified]
      return {
        qualified,
        home: definition.name,
        ours: preferredName(qualified),
        ...optionSets(qualified),
        summary: definition.summary,
      }
    }),
  }))
}

/** A dense layer with 256 inputs and 128 outputs, as each framework stores it. */
export const referenceDense = { fanIn: 256, fanOut: 128 } as const

/** The dense weight's shape in a framework's home layout: `[out, in]` for PyTorch, `[in, out]` otherwise. */
function denseShape(framework: Framework): number[] {
  return framework === 'torch'
    ? [referenceDense.fanOut, referenceDense.fanIn]
    : [referenceDense.fanIn, referenceDense.fanOut]
}

/** What a framework's initializer draws for the reference dense weight, according to core's plan. */
export interface DrawnCell {
  readonly qualified: QualifiedName
  readonly name: string
  /** The options given beyond the defaults (`{ correct: false }` for tfjs's presets). */
  readonly options: Readonly<Record<string, unknown>>
  /** What is drawn: `normal`, `truncated normal (±2σ)`, `uniform`, … */
  readonly distribution: string
  /** The standard deviation of the values drawn. */
  readonly std: number
  readonly stdText: string
  /** True when this std differs (by more than 0.1 %) from the row's most common std. */
  readonly differs: boolean
}

function describeDistribution(p: Plan): string {
  switch (p.distribution) {
    case 'truncated_normal': {
      const lo = (p.low - p.mu) / p.sigma
      const hi = (p.high - p.mu) / p.sigma
      return `truncated normal [${formatFact(lo)}σ, ${formatFact(hi)}σ]`
    }
    case 'uniform':
      // The interval itself: PyTorch's U(0, 1) and JAX's U[0, 0.01) are not symmetric.
      return `uniform U(${formatFact(p.low)}, ${formatFact(p.high)})`
    default:
      return p.distribution
  }
}

/** Plans the spec for the reference dense weight in the framework's layout; undefined if it refuses. */
function drawnCell(
  framework: Framework,
  qualified: QualifiedName,
  options: Readonly<Record<string, unknown>> = {},
): DrawnCell | undefined {
  try {
    const p = plan({ init: qualified, ...options } as InitSpec, denseShape(framework))
    return {
      qualified,
      name: definitions[qualified].name,
      options,
      distribution: describeDistribution(p),
      std: p.std,
      stdText: formatFact(Number(p.std.toPrecision(6))),
      differs: false,
    }
  } catch {
    return undefined
  }
}

/** Marks the cells whose std is not the row's most common one. */
function markDifferences(cells: (DrawnCell | undefined)[]): (DrawnCell | undefined)[] {
  const present = cells.filter((cell): cell is DrawnCell => cell !== undefined)
  const counts = new Map<string, number>()
  for (const cell of present)
    counts.set(cell.std.toPrecision(3), (counts.get(cell.std.toPrecision(3)) ?? 0) + 1)
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  if (common === undefined || counts.size < 2) return cells
  const reference = Number(common)
  return cells.map((cell) =>
    cell === undefined
      ? undefined
      : { ...cell, differs: Math.abs(cell.std / reference - 1) > 1e-3 },
  )
}

/** Concepts left out of the numbers table: structured (no common dense case) or constant. */
const noDrawnRow = new Set(['Identity', 'Dirac / delta kernel', 'Sparse', 'Zeros', 'Constant'])

/**
 * The options that make a name draw what its home framework draws, read from core's catalogue: a
 * tfjs name whose definition has the option `correct` (on by default) is one of tfjs's truncated
 * normals, which tfjs draws without the variance correction; weightinit reproduces tfjs with
 * `correct: false`. Every other name draws what its framework draws with its defaults.
 *
 * @example
 * ```ts
 * import { homeBehaviour } from './porting'
 * homeBehaviour('tfjs', 'tfjs.glorotNormal') // { correct: false }
 * homeBehaviour('keras', 'keras.glorot_normal') // {}: Keras corrects, as weightinit does
 * ```
 */
export function homeBehaviour(
  framework: Framework,
  qualified: QualifiedName,
): Record<string, unknown> {
  const options = definitions[qualified].options as Readonly<Record<string, unknown>>
  return framework === 'tfjs' && options['correct'] === true ? { correct: false } : {}
}

/**
 * The numbers table: what each framework itself draws, with its default options, for the reference
 * dense weight (tfjs's uncorrected truncation included).
 */
export function drawnRows(): { title: string; cells: (DrawnCell | undefined)[] }[] {
  return concepts
    .filter((concept) => !noDrawnRow.has(concept.title))
    .map((concept) => ({
      title: concept.title,
      cells: markDifferences(
        frameworks.map(({ id }) => {
          const qualified = concept.names[id]
          if (!qualified) return undefined
          const options = { ...concept.options?.[id], ...homeBehaviour(id, qualified) }
          return drawnCell(id, qualified, options)
        }),
      ),
    }))
}

/** What an untouched dense layer gets in each framework, with the preset names core gives them. */
const layerDefaults: readonly {
  framework: string
  alias: string
  qualified: QualifiedName
  layout: Framework
}[] = [
  {
    framework: 'PyTorch nn.Linear / nn.Conv*',
    alias: 'torch_default',
    qualified: 'torch.default',
    layout: 'torch',
  },
  {
    framework: 'Keras Dense / Conv',
    alias: 'keras_default',
    qualified: 'keras.glorot_uniform',
    layout: 'keras',
  },
  {
    framework: 'Flax nnx.Linear / linen.Dense',
    alias: 'flax_default',
    qualified: 'jax.lecun_normal',
    layout: 'jax',
  },
  {
    framework: 'tfjs tf.layers.dense',
    alias: 'tfjs_default',
    qualified: 'tfjs.glorotNormal',
    layout: 'tfjs',
  },
]

/**
 * The default-layer table: what each framework's default draws (by {@link homeBehaviour}: tfjs's
 * `glorotNormal` without the variance correction), planned for the reference dense weight.
 */
export function layerDefaultRows(): {
  framework: string
  alias: string
  cell: DrawnCell | undefined
}[] {
  return layerDefaults.map((row) => ({
    framework: row.framework,
    alias: row.alias,
    cell: drawnCell(row.layout, row.qualified, homeBehaviour(row.layout, row.qualified)),
  }))
}

/**
 * tfjs's truncated normals as tfjs really draws them (no variance correction): `correct: false`.
 * Core's tfjs names correct by default; these rows show the factor a port from tfjs must expect.
 */
export function tfjsUncorrectedRows(): { name: string; corrected: DrawnCell; tfjs: DrawnCell }[] {
  const names: QualifiedName[] = ['tfjs.glorotNormal', 'tfjs.heNormal', 'tfjs.leCunNormal']
  return names.flatMap((qualified) => {
    const corrected = drawnCell('tfjs', qualified)
    const tfjs = drawnCell('tfjs', qualified, { correct: false })
    return corrected && tfjs ? [{ name: definitions[qualified].name, corrected, tfjs }] : []
  })
}
