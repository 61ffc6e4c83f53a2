import type { ModelInspection, TensorInspection } from '@weightinit/onnx'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { escapeControls } from '../escapeControls'
import { compactSpec, table, toJson } from '../format'
import { write } from '../io'
import { collect, loadModel, readRecipe, short } from '../onnxFlags'
import { parseRecipeOptions } from '../parseRecipeOptions'
import { quoteName } from '../quoteName'
import { modelPart, shownName } from '../shownName'

/** The flags of `weightinit inspect`. */
interface InspectFlags extends CommonFlags {
  readonly recipe?: string
  readonly recipeOption: readonly string[]
  readonly json?: boolean
  readonly all?: boolean
}

/**
 * `weightinit inspect MODEL.onnx`: the dry-run table of a model — each tensor's name, op, role,
 * shape, fans, activation, gain, the spec the recipe would choose, its current mean and std, and
 * flags (all zeros, symmetric rows, std far from the recipe's, non-finite values). `--json` gives
 * the same as data.
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit inspect model.onnx
 * weightinit inspect model.onnx --recipe torch --json
 * ```
 */
export function registerInspect(program: Command, context: CommandContext): Command {
  const command = program
    .command('inspect')
    .summary('what a model’s tensors are, what the recipe would do, and what looks wrong')
    .description(
      'Analyze an ONNX model without changing it: for each tensor its role, op, shape, fans, the activation after it and its gain, the spec the recipe would choose and the std that gives, and the tensor’s current mean and std, with flags for weights that are all zeros, have identical output units (symmetry never broken), have a std more than 2× away from the recipe’s, or hold NaN/∞.',
    )
    .argument('<model>', 'the .onnx file')
    .option(
      '--recipe <recipe>',
      'auto, torch, keras, a model-level scheme (hf, megatron = gpt2, neox, torchtitan, olmo, mup, spectral, deepnet, t_fixup, fixup, timm_vit) or a recipe .json file (default: the defaults of the framework that produced the model — torch for PyTorch exports, keras for tf2onnx and keras2onnx — else auto)',
    )
    .option(
      '--recipe-option <key=value>',
      'override a scheme parameter, e.g. std=0.01 (repeatable)',
      collect,
      [],
    )
    .option('--all', 'also list tensors that are not parameters (constants, shapes, unused)')
    .option('--json', 'print one JSON object instead of the table')
  finishCommand(command, [
    ['weightinit inspect model.onnx', 'the table'],
    ['weightinit inspect model.onnx --recipe torch', 'what PyTorch’s defaults would give'],
    ['weightinit inspect gpt2.onnx --recipe gpt2', 'compared with GPT-2’s scheme'],
    ["weightinit inspect model.onnx --json | jq '.tensors[] | select(.flags != [])'", 'flagged'],
  ])
  command.action(async (path: string, flags: InspectFlags) => {
    const recipe = flags.recipe === undefined ? undefined : await readRecipe(flags.recipe)
    const recipeOptions = parseRecipeOptions(flags.recipeOption ?? [])
    // large weights stay in the file and are read a range at a time: memory holds the structure
    const model = await loadModel(path)
    const { inspect } = await import('@weightinit/onnx')
    const found = inspect(model, {
      ...(recipe === undefined ? {} : { recipe }),
      ...(Object.keys(recipeOptions).length > 0 ? { recipeOptions } : {}),
    })
    if (flags.json === true) {
      await write(context.io.stdout, `${toJson(inspectionJson(path, found))}\n`)
      return
    }
    await write(context.io.stdout, `${renderInspection(path, found, flags.all === true)}\n`)
  })
  return command
}

function inspectionJson(path: string, found: ModelInspection): Record<string, unknown> {
  return {
    model: path,
    recipe: found.recipe,
    recipeSource: found.recipeSource,
    producer: found.producer,
    opsets: found.opsets,
    parameters: found.parameters,
    flagged: found.tensors.filter((t) => t.flags.length > 0).length,
    tensors: found.tensors,
  }
}

/** Which recipe the flags are relative to, and why that one. */
function recipeWhy({ recipe, recipeSource, producer }: ModelInspection): string {
  const by = quoteName(`${producer.name}${producer.version === '' ? '' : ` ${producer.version}`}`)
  switch (recipeSource) {
    case 'producer':
      return `flags compare with recipe ${recipe}: the defaults of ${by}, which produced the model (--recipe compares with another)`
    case 'option':
      return `flags compare with recipe ${recipe} (--recipe)`
    case 'default':
      return `flags compare with recipe ${recipe}: ${producer.name === '' ? 'the model names no producer' : `the model's producer, ${by}, has no recipe of its own`} (--recipe torch or keras compares with a framework's defaults)`
  }
}

const FLAG_WORDS: Readonly<Record<string, string>> = {
  all_zeros: 'ALL ZEROS',
  symmetric_rows: 'SYMMETRIC',
  non_finite: 'NaN/∞',
  identical_to: 'IDENTICAL',
  conflicting_roles: 'ROLES',
}

function flagText(row: TensorInspection): string {
  return row.flags
    .map((flag) =>
      flag === 'std_far_from_recipe' ? `STD ${short(row.stdRatio)}×` : (FLAG_WORDS[flag] ?? flag),
    )
    .join(' ')
}

/**
 * The human-readable inspection: one row per tensor, then notes on skipped tensors and a summary.
 * Names and paths from the model or the user are shown through `quoteName` (the table does it
 * for its cells), reasons through `escapeControls`: a hostile name cannot act on the terminal or
 * forge a row.
 *
 * @param path - the model's path, for the title
 * @param found - what `inspect` from `@weightinit/onnx` found
 * @param all - also list tensors that are not parameters
 */
function renderInspection(path: string, found: ModelInspection, all: boolean): string {
  const shown = found.tensors.filter(
    (t) => all || !(t.role === 'constant' || t.role === 'unknown' || t.role === 'quantized'),
  )
  // A transformer's tensors get a column with their part (role in the model, block).
  const parts = shown.some((t) => t.place !== null)
  const rows = shown.map((t) => [
    shownName(t),
    t.op ?? '-',
    t.role,
    ...(parts ? [modelPart(t)] : []),
    `[${t.shape.join(', ')}]`,
    t.fanIn === null ? '-' : `${t.fanIn}/${t.fanOut ?? '-'}`,
    t.activation === null
      ? '-'
      : t.activation.param === null
        ? t.activation.nonlinearity
        : `${t.activation.nonlinearity}(${short(t.activation.param)})`,
    short(t.gain),
    t.action === 'init' ? compactSpec(t.spec) : t.action,
    short(t.recipeStd),
    short(t.current?.mean),
    short(t.current?.std),
    flagText(t),
  ])
  const opsets = Object.entries(found.opsets)
    .map(([domain, version]) => `${domain === '' ? 'ai.onnx' : quoteName(domain)} ${version}`)
    .join(', ')
  const lines = [
    `${quoteName(path)}: ${found.tensors.length} tensors, ${found.parameters} float elements, opset ${opsets}; recipe ${found.recipe}`,
    recipeWhy(found),
    '',
    table(
      [
        'tensor',
        'op',
        'role',
        ...(parts ? ['part'] : []),
        'shape',
        'fan in/out',
        'activation',
        'gain',
        `${found.recipe} would use`,
        'its std',
        'mean',
        'std',
        'flags',
      ],
      rows,
    ),
  ]
  const notes = shown.filter((t) => t.action === 'skip' || t.action === 'keep')
  if (notes.length > 0) {
    lines.push('')
    for (const t of notes) {
      lines.push(`${t.action} ${quoteName(shownName(t))}: ${escapeControls(t.reason)}`)
    }
  }
  const identical = shown.filter((t) => t.identicalTo.length > 0)
  if (identical.length > 0) {
    lines.push('')
    for (const t of identical) {
      const merged = t.sharing?.kind === 'deduplicated'
      lines.push(
        `${quoteName(shownName(t))} ${merged ? 'also stands for' : 'equals'} ${t.identicalTo.map(quoteName).join(', ')}${merged ? ' (one tensor: a patch keeps them tied)' : ''}`,
      )
    }
  }
  const flagged = found.tensors.filter((t) => t.flags.length > 0)
  const hidden = found.tensors.length - shown.length
  lines.push(
    '',
    flagged.length === 0
      ? 'no tensor flagged'
      : `${flagged.length} tensor${flagged.length === 1 ? '' : 's'} flagged: ALL ZEROS (unset weights), SYMMETRIC (identical output units), STD k× (k times the recipe’s std), NaN/∞, IDENTICAL (equal to or merged with other layers’ weights), ROLES (one tensor in parts of different roles)`,
  )
  if (hidden > 0) lines.push(`${hidden} non-parameter tensors not shown (--all lists them)`)
  return lines.join('\n')
}
