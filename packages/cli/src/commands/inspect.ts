import type { ModelInspection, TensorInspection } from '@weightinit/onnx'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { compactSpec, table, toJson } from '../format'
import { write } from '../io'
import { loadModel, readRecipe, short } from '../onnxFlags'

/** The flags of `weightinit inspect`. */
interface InspectFlags extends CommonFlags {
  readonly recipe?: string
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
    .option('--recipe <recipe>', 'auto, torch, keras or a recipe .json file (default auto)')
    .option('--all', 'also list tensors that are not parameters (constants, shapes, unused)')
    .option('--json', 'print one JSON object instead of the table')
  finishCommand(command, [
    ['weightinit inspect model.onnx', 'the table'],
    ['weightinit inspect model.onnx --recipe torch', 'what PyTorch’s defaults would give'],
    ["weightinit inspect model.onnx --json | jq '.tensors[] | select(.flags != [])'", 'flagged'],
  ])
  command.action(async (path: string, flags: InspectFlags) => {
    const recipe = flags.recipe === undefined ? undefined : await readRecipe(flags.recipe)
    const model = await loadModel(path)
    const { inspect } = await import('@weightinit/onnx')
    const found = inspect(model, recipe === undefined ? {} : { recipe })
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
    opsets: found.opsets,
    parameters: found.parameters,
    flagged: found.tensors.filter((t) => t.flags.length > 0).length,
    tensors: found.tensors,
  }
}

const FLAG_WORDS: Readonly<Record<string, string>> = {
  all_zeros: 'ALL ZEROS',
  symmetric_rows: 'SYMMETRIC',
  non_finite: 'NaN/∞',
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
 *
 * @param path - the model's path, for the title
 * @param found - what `inspect` from `@weightinit/onnx` found
 * @param all - also list tensors that are not parameters
 */
function renderInspection(path: string, found: ModelInspection, all: boolean): string {
  const shown = found.tensors.filter(
    (t) => all || !(t.role === 'constant' || t.role === 'unknown' || t.role === 'quantized'),
  )
  const rows = shown.map((t) => [
    t.name,
    t.op ?? '-',
    t.role,
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
    .map(([domain, version]) => `${domain === '' ? 'ai.onnx' : domain} ${version}`)
    .join(', ')
  const lines = [
    `${path}: ${found.tensors.length} tensors, ${found.parameters} float elements, opset ${opsets}; recipe ${found.recipe}`,
    '',
    table(
      [
        'tensor',
        'op',
        'role',
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
    for (const t of notes) lines.push(`${t.action} ${t.name}: ${t.reason}`)
  }
  const flagged = found.tensors.filter((t) => t.flags.length > 0)
  const hidden = found.tensors.length - shown.length
  lines.push(
    '',
    flagged.length === 0
      ? 'no tensor flagged'
      : `${flagged.length} tensor${flagged.length === 1 ? '' : 's'} flagged: ALL ZEROS (unset weights), SYMMETRIC (identical output units), STD k× (k times the recipe’s std), NaN/∞`,
  )
  if (hidden > 0) lines.push(`${hidden} non-parameter tensors not shown (--all lists them)`)
  return lines.join('\n')
}
