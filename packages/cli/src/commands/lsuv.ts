import { describeValue } from '@weightinit/core/errors'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { usageError } from '../errors'
import { escapeControls } from '../escapeControls'
import { table, toJson } from '../format'
import { write } from '../io'
import {
  addFeedFlags,
  checkFeedDims,
  type FeedFlags,
  feedOptions,
  loadModel,
  readRecipe,
  short,
} from '../onnxFlags'
import { withInterrupt } from '../output'
import { parseInteger, parseNumber, parseSeed } from '../parse'
import { formatBytes } from '../progress'
import { quoteName } from '../quoteName'

/** The flags of `weightinit lsuv`. */
interface LsuvFlags extends CommonFlags, FeedFlags {
  readonly output: string
  readonly seed?: string
  readonly recipe?: string
  readonly tol?: string
  readonly maxIter?: string
  readonly externalData?: boolean
  readonly clobber?: boolean
  readonly json?: boolean
}

/**
 * `weightinit lsuv MODEL.onnx -o OUT.onnx`: layer-sequential unit-variance initialization (Mishkin &
 * Matas): orthogonal weights, then each layer in graph order scaled until its output variance is 1
 * on a random batch, run in onnxruntime-node.
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit lsuv model.onnx -o lsuv.onnx --seed 1 --tol 0.05
 * ```
 */
export function registerLsuv(program: Command, context: CommandContext): Command {
  const command = program
    .command('lsuv')
    .summary('LSUV: scale each layer until its output variance is 1 (onnxruntime-node)')
    .description(
      'Layer-sequential unit-variance initialization (Mishkin & Matas 2015): start from orthogonal weights (or a recipe), then for each layer in graph order scale its weight by 1/√Var(output) on a seeded random batch until |Var − 1| < tol, running the model in onnxruntime-node. Writes the result atomically, never over the input.',
    )
    .argument('<model>', 'the .onnx file to read')
    .requiredOption('-o, --output <file>', 'the .onnx file to write')
    .option('--seed <n>', 'the seed of the starting weights and the batch (default 0)')
    .option(
      '--recipe <recipe>',
      'start from auto, torch, keras or a .json recipe (default: orthogonal weights)',
    )
    .option('--tol <t>', 'stop when |Var(output) − 1| < t (default 0.1)')
    .option('--max-iter <k>', 'at most k rescalings per layer (default 10)')
    .option('--external-data', 'write the weights to OUT.onnx.data beside the model')
    .option('--no-clobber', 'refuse to replace an existing output file')
    .option('--json', 'print one JSON object instead of the table')
  addFeedFlags(command)
  finishCommand(command, [
    ['weightinit lsuv model.onnx -o lsuv.onnx', 'orthogonal start, tol 0.1'],
    ['weightinit lsuv model.onnx -o lsuv.onnx --seed 3 --tol 0.02 --max-iter 20', 'tighter'],
    ['weightinit lsuv model.onnx -o lsuv.onnx --dim batch=64', 'a larger batch'],
  ])
  command.action(async (path: string, flags: LsuvFlags) => {
    const { io } = context
    const seed = flags.seed === undefined ? 0 : parseSeed(flags.seed)
    const recipe = flags.recipe === undefined ? undefined : await readRecipe(flags.recipe)
    const tolerance = flags.tol === undefined ? undefined : parseNumber(flags.tol, '--tol')
    if (tolerance !== undefined && !(tolerance > 0 && Number.isFinite(tolerance))) {
      throw usageError(
        'INVALID_ARGUMENT',
        `--tol must be a number > 0, got ${describeValue(flags.tol)}`,
      )
    }
    const maxIterations =
      flags.maxIter === undefined ? undefined : parseInteger(flags.maxIter, '--max-iter', 1, 1000)
    const feeds = feedOptions(flags, seed)
    const model = await loadModel(path)
    checkFeedDims(model, feeds)
    const onnx = await import('@weightinit/onnx')
    if (!flags.quiet && io.stderrIsTTY) await write(io.stderr, 'running LSUV in onnxruntime-node…')
    let result: Awaited<ReturnType<typeof onnx.lsuv>>
    try {
      result = await onnx.lsuv(model, {
        ...feeds,
        seed,
        ...(recipe === undefined ? {} : { recipe }),
        ...(tolerance === undefined ? {} : { tolerance }),
        ...(maxIterations === undefined ? {} : { maxIterations }),
      })
    } finally {
      if (!flags.quiet && io.stderrIsTTY) await write(io.stderr, '\r\x1b[K')
    }
    const saved = await withInterrupt((signal) =>
      onnx.saveModel(result.model, flags.output, {
        overwrite: flags.clobber !== false,
        signal,
        ...(flags.externalData === true ? { externalData: true } : {}),
      }),
    )
    const { report } = result
    if (flags.json === true) {
      await write(
        io.stdout,
        `${toJson({ model: path, output: saved.path, seed, layers: report.layers, skipped: report.skipped, patch: report.patch, written: saved })}\n`,
      )
      return
    }
    const lines = [
      `lsuv ${quoteName(path)} → ${quoteName(flags.output)}: seed ${String(seed)}, tol ${tolerance ?? 0.1}, max ${maxIterations ?? 10} iterations per layer`,
      '',
      table(
        [
          'layer',
          'op',
          'weight',
          'output',
          'iterations',
          'var before',
          'var after',
          'scale',
          'converged',
        ],
        report.layers.map((l) => [
          l.node,
          l.op,
          l.name,
          l.output,
          String(l.iterations),
          short(l.varianceBefore),
          short(l.varianceAfter),
          short(l.scale),
          l.converged ? 'yes' : 'NO',
        ]),
      ),
    ]
    for (const s of report.skipped) {
      lines.push(`skipped ${quoteName(s.name)}: ${escapeControls(s.reason)}`)
    }
    const unconverged = report.layers.filter((l) => !l.converged).length
    lines.push(
      '',
      `${report.layers.length} layers, ${unconverged === 0 ? 'all converged' : `${unconverged} did not converge (raise --max-iter or --tol)`}; wrote ${quoteName(flags.output)} (${formatBytes(saved.bytes)})`,
    )
    await write(io.stdout, `${lines.join('\n')}\n`)
  })
  return command
}
