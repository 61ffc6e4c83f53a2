import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { EXIT } from '../errors'
import { toJson } from '../format'
import { write } from '../io'
import {
  addFeedFlags,
  checkFeedDims,
  type FeedFlags,
  feedOptions,
  loadModel,
  renderVerify,
} from '../onnxFlags'
import { parseSeed } from '../parse'
import { quoteName } from '../quoteName'

/** The flags of `weightinit verify`. */
interface VerifyFlags extends CommonFlags, FeedFlags {
  readonly seed?: string
  readonly json?: boolean
}

/**
 * `weightinit verify MODEL.onnx`: runs the model in onnxruntime-node on random inputs and prints
 * every layer's output statistics — the signal-propagation picture of the model as initialized.
 * Exits with 1 when an output holds NaN or ∞.
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit verify patched.onnx --dim N=32
 * ```
 */
export function registerVerify(program: Command, context: CommandContext): Command {
  const command = program
    .command('verify')
    .summary('run a model in onnxruntime-node and print each layer’s output std')
    .description(
      'Run an ONNX model in onnxruntime-node (an optional peer dependency) on seeded random inputs, check that every output is finite, and print the mean, std, min and max of every layer’s output in graph order. Exit code 1 when any output holds NaN or ∞.',
    )
    .argument('<model>', 'the .onnx file')
    .option('--seed <n>', 'the seed of the random inputs (default 0)')
    .option('--json', 'print one JSON object instead of the table')
  addFeedFlags(command)
  finishCommand(command, [
    ['weightinit verify patched.onnx', 'symbolic dims 8'],
    ['weightinit verify model.onnx --dim batch=32 --dim seq=128', 'sized dims'],
    ['weightinit verify model.onnx --json', 'as data'],
  ])
  command.action(async (path: string, flags: VerifyFlags) => {
    const seed = flags.seed === undefined ? 0 : parseSeed(flags.seed)
    const feeds = feedOptions(flags, seed)
    const model = await loadModel(path)
    checkFeedDims(model, feeds)
    const { verify } = await import('@weightinit/onnx')
    const report = await verify(model, feeds)
    if (flags.json === true) {
      await write(context.io.stdout, `${toJson({ model: path, ...report })}\n`)
    } else {
      await write(
        context.io.stdout,
        `${quoteName(path)}: ${plural(report.layers.length, 'layer')}, ${plural(report.outputs.length, 'output')}, random inputs (seed ${String(seed)})\n\n${renderVerify(report)}\n\n${report.finite ? 'every output is finite' : 'NOT FINITE: some outputs hold NaN or ∞'}\n`,
      )
    }
    if (!report.finite) {
      context.exitCode = EXIT.failure
      await write(context.io.stderr, 'weightinit verify: some outputs are not finite (NaN or ∞)\n')
    }
  })
  return command
}

/** `1 layer`, `8 layers`. */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
