import { readRegularFile } from '@weightinit/buffers/node'
import { type Seed, schemeNames, WeightinitError } from '@weightinit/core'
import { checkJsonTextDepth, describeValue, suggestion } from '@weightinit/core/errors'
import type {
  FeedOptions,
  OnnxModel,
  RecipeByName,
  RecipeConfig,
  RecipeName,
  VerifyReport,
} from '@weightinit/onnx'
import type { Command } from 'commander'
import { usageError } from './errors'
import { num, table } from './format'
import { parseInteger } from './parse'

const RECIPES: readonly RecipeName[] = ['auto', 'torch', 'keras']

/** A recipe is a few rules: a file over 16 MiB is refused before it is read. */
const MAX_RECIPE_BYTES = 16 << 20

/**
 * Reads `--recipe`: a built-in recipe (`auto`, `torch`, `keras`), a model-level scheme by name
 * (`hf`, `megatron`, `gpt2`, …), or a JSON file of a recipe config (`{ "recipe": "torch", "rules":
 * [...] }`), checked by the ONNX package.
 *
 * @param value - the flag's value
 * @example
 * ```ts
 * import { readRecipe } from './onnxFlags'
 * await readRecipe('torch') // 'torch'
 * await readRecipe('gpt2') // 'gpt2': Megatron's scheme
 * await readRecipe('recipe.json') // { recipe: 'auto', rules: [...] }
 * ```
 */
export async function readRecipe(value: string): Promise<RecipeByName | RecipeConfig> {
  const names: readonly string[] = [...RECIPES, ...schemeNames()]
  if (names.includes(value)) return value as RecipeByName
  if (!value.toLowerCase().endsWith('.json')) {
    throw usageError(
      'INVALID_RECIPE',
      `--recipe must be auto, torch, keras, a scheme (${schemeNames().join(', ')}) or a .json recipe file, got ${describeValue(value)}${suggestion(value, names)}`,
      { recipe: value, recipes: names },
    )
  }
  let text: string
  try {
    // A folder, FIFO or device is refused at once (NOT_A_FILE), never waited on.
    const bytes = await readRegularFile(value, {
      maxBytes: MAX_RECIPE_BYTES,
      what: 'the recipe file',
    })
    text = new TextDecoder().decode(bytes)
  } catch (error) {
    if (error instanceof WeightinitError && error.code === 'PATH_NOT_FOUND') {
      throw usageError('PATH_NOT_FOUND', `the recipe file '${value}' does not exist`, {
        path: value,
      })
    }
    throw error
  }
  // Nested at most 64 levels, checked on the text before anything walks it.
  checkJsonTextDepth(text, 'INVALID_RECIPE', `the recipe file '${value}'`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw usageError(
      'INVALID_RECIPE',
      `the recipe file '${value}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      { path: value },
    )
  }
  const { parseRecipeConfig } = await import('@weightinit/onnx')
  return parseRecipeConfig(json)
}

/** Collects a repeatable flag's values. */
export function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value]
}

/** The flags of the commands that run a model (`verify`, `lsuv`, `patch --verify`). */
export interface FeedFlags {
  readonly dim?: readonly string[]
  readonly defaultDim?: string
  readonly inputStd?: string
}

/** The size symbolic dims get when neither `--dim` nor `--default-dim` names one. */
const DEFAULT_DIM = 8

/**
 * Adds `--dim NAME=SIZE` (repeatable), `--default-dim N` and `--input-std S`: how the random inputs
 * of a verify or LSUV run are shaped.
 *
 * @param command - the commander command
 * @example
 * ```ts
 * import { Command } from 'commander'
 * import { addFeedFlags } from './onnxFlags'
 * addFeedFlags(new Command('verify'))
 * ```
 */
export function addFeedFlags(command: Command): Command {
  return command
    .option(
      '--dim <name=size>',
      'the size of a symbolic input dim, e.g. batch=16 (repeatable)',
      collect,
      [],
    )
    .option('--default-dim <n>', `the size of every other symbolic dim (default ${DEFAULT_DIM})`)
    .option('--input-std <s>', 'the std of the random float inputs (default 1)')
}

/**
 * The feed options of `verify`/`lsuv` from the flags: seeded random inputs, symbolic dims sized.
 *
 * @param flags - the feed flags
 * @param seed - the seed of the random inputs
 * @example
 * ```ts
 * import { feedOptions } from './onnxFlags'
 * feedOptions({ dim: ['batch=4'] }, 0) // { seed: 0, dims: { batch: 4 }, defaultDim: 8 }
 * ```
 */
export function feedOptions(flags: FeedFlags, seed: Seed): FeedOptions {
  const dims: Record<string, number> = {}
  for (const entry of flags.dim ?? []) {
    const match = /^\s*([^=]+?)\s*=\s*(\S+)\s*$/.exec(entry)
    if (match === null) {
      throw usageError(
        'INVALID_ARGUMENT',
        `--dim must be NAME=SIZE, like batch=16; got ${describeValue(entry)}`,
        {
          dim: entry,
        },
      )
    }
    dims[match[1]!] = parseInteger(match[2]!, `--dim ${match[1]}`, 1)
  }
  const defaultDim =
    flags.defaultDim === undefined
      ? DEFAULT_DIM
      : parseInteger(flags.defaultDim, '--default-dim', 1)
  const std = flags.inputStd === undefined ? undefined : Number(flags.inputStd)
  if (std !== undefined && !(Number.isFinite(std) && std > 0)) {
    throw usageError(
      'INVALID_ARGUMENT',
      `--input-std must be a number > 0, got ${describeValue(flags.inputStd)}`,
    )
  }
  return { seed, dims, defaultDim, ...(std === undefined ? {} : { std }) }
}

/** The most symbolic dim names a `--dim` message lists. */
const LISTED_DIMS = 20

/**
 * Refuses a `--dim NAME=SIZE` whose name is no symbolic dim of the model's inputs (a typo would
 * otherwise be ignored, the dim taking `--default-dim`), with the names it has and the closest.
 *
 * @param model - the model the feeds are for
 * @param feeds - the feed options read by {@link feedOptions}
 * @throws `INVALID_ARGUMENT` (exit 2) naming the unknown dim
 * @example
 * ```ts
 * import { checkFeedDims, feedOptions, loadModel } from './onnxFlags'
 * checkFeedDims(await loadModel('model.onnx'), feedOptions({ dim: ['bach=4'] }, 0)) // throws: did you mean 'batch'?
 * ```
 */
export function checkFeedDims(model: OnnxModel, feeds: FeedOptions): void {
  const given = Object.keys(feeds.dims ?? {})
  if (given.length === 0) return
  const names = symbolicDims(model)
  for (const name of given) {
    if (names.includes(name)) continue
    const listed = names.slice(0, LISTED_DIMS).map(describeValue).join(', ')
    const more = names.length > LISTED_DIMS ? ` and ${names.length - LISTED_DIMS} more` : ''
    throw usageError(
      'INVALID_ARGUMENT',
      names.length === 0
        ? `--dim ${describeValue(name)} names no symbolic dim: the model's inputs have none (their sizes are fixed)`
        : `--dim ${describeValue(name)} names no symbolic dim of the model's inputs; they have ${listed}${more}${suggestion(name, names)}`,
      { dim: name, dims: names },
    )
  }
}

/** The names of the symbolic dims (`dim_param`) of a model's graph inputs, each once, in order. */
function symbolicDims(model: OnnxModel): string[] {
  const names = new Set<string>()
  for (const input of model.proto.graph?.input ?? []) {
    const type = input.type?.value
    if (type?.case !== 'tensorType') continue
    for (const dim of type.value.shape?.dim ?? []) {
      if (dim.value.case === 'dimParam' && dim.value.value !== '') names.add(dim.value.value)
    }
  }
  return [...names]
}

/**
 * Reads a model for a command, with the ONNX package's checks (missing file, not ONNX, truncated,
 * unsafe external data paths…), lean (`readModelLean`): large `raw_data` stays in the file until
 * something needs it (a write, a run, a copy), so memory holds the model's structure and each
 * weight at most once.
 *
 * @param path - the `.onnx` file
 * @example
 * ```ts
 * import { loadModel } from './onnxFlags'
 * const model = await loadModel('model.onnx')
 * ```
 */
export async function loadModel(path: string): Promise<OnnxModel> {
  const { readModelLean } = await import('@weightinit/onnx')
  return readModelLean(path)
}

/**
 * The per-layer table of a verify run: each layer's output std (and mean, min, max, non-finite
 * count), and with `before`, the same model's std before the change, side by side.
 *
 * @param report - the verify report of the model
 * @param before - the verify report of the model before it was patched, if any
 * @example
 * ```ts
 * import { renderVerify } from './onnxFlags'
 * declare const report: import('@weightinit/onnx').VerifyReport
 * console.log(renderVerify(report))
 * ```
 */
export function renderVerify(report: VerifyReport, before?: VerifyReport): string {
  const stdBefore = new Map(before?.layers.map((l) => [l.name, l.std]) ?? [])
  const outBefore = new Map(before?.outputs.map((l) => [l.name, l.std]) ?? [])
  const header = [
    'layer',
    'op',
    'output',
    'shape',
    ...(before === undefined ? [] : ['std before']),
    'std',
    'mean',
    'min',
    'max',
    'non-finite',
  ]
  const row = (
    r: VerifyReport['layers'][number],
    previous: ReadonlyMap<string, number>,
  ): string[] => [
    r.node ?? '(output)',
    r.op ?? '-',
    r.name,
    `[${r.dims.join(', ')}]`,
    ...(before === undefined ? [] : [short(previous.get(r.name))]),
    short(r.std),
    short(r.mean),
    short(r.min),
    short(r.max),
    String(r.nonFinite),
  ]
  return table(header, [
    ...report.layers.map((r) => row(r, stdBefore)),
    ...report.outputs.map((r) => row(r, outBefore)),
  ])
}

/**
 * A number in four significant digits, `-` when missing, `nan` for NaN.
 *
 * @param value - the number
 * @example
 * ```ts
 * import { short } from './onnxFlags'
 * short(0.2721655) // '0.2722'
 * ```
 */
export function short(value: number | null | undefined): string {
  if (value === null || value === undefined) return '-'
  if (Number.isNaN(value)) return 'nan'
  if (!Number.isFinite(value) || Number.isInteger(value)) return num(value)
  return String(Number(value.toPrecision(4)))
}
