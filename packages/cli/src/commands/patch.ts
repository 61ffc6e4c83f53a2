import type { Seed } from '@weightinit/core'
import type {
  FeedOptions,
  OnnxModel,
  PatchOptions,
  PatchReport,
  SaveResult,
  VerifyReport,
} from '@weightinit/onnx'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { EXIT, usageError } from '../errors'
import { compactSpec, table, toJson } from '../format'
import { type CliIo, write } from '../io'
import {
  addFeedFlags,
  collect,
  type FeedFlags,
  feedOptions,
  loadModel,
  readRecipe,
  renderVerify,
  short,
} from '../onnxFlags'
import { withInterrupt } from '../output'
import { parseSeed, parseShape } from '../parse'
import { formatBytes } from '../progress'

/** The flags of `weightinit patch`. */
interface PatchFlags extends CommonFlags, FeedFlags {
  readonly output?: string
  readonly seed?: string
  readonly recipe?: string
  readonly from?: string
  readonly reinitialize?: readonly string[]
  readonly map?: readonly string[]
  readonly head?: readonly string[]
  readonly verify?: boolean
  readonly externalData?: boolean
  readonly clobber?: boolean
  readonly dryRun?: boolean
  readonly json?: boolean
}

/**
 * `weightinit patch MODEL.onnx -o OUT.onnx`: re-initializes a model's weights by a recipe (or copies
 * them from a pre-trained model), writes the result atomically (never over its input), and with
 * `--verify` runs both models in onnxruntime-node and prints each layer's output std before and
 * after.
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit patch model.onnx -o patched.onnx --seed 1 --verify
 * weightinit patch model.onnx -o ft.onnx --from pretrained.onnx --reinitialize 'head.*'
 * ```
 */
export function registerPatch(program: Command, context: CommandContext): Command {
  return declarePatch(program).action(async (path: string, flags: PatchFlags) => {
    const request = await patchRequest(path, flags)
    if (flags.dryRun === true) return printPlan(request, context.io)
    const status = statusLine(context.io, flags.quiet === true)
    const result = await patchAndSave(request, status)
    const verified = flags.verify === true ? await verifyBoth(request, result, status) : undefined
    if (verified !== undefined && !verified.after.finite) context.exitCode = EXIT.failure
    await renderPatched(request, result, verified, context.io)
  })
}

/** The `patch` command: its argument, flags and examples. */
function declarePatch(program: Command): Command {
  const command = program
    .command('patch')
    .summary('re-initialize an ONNX model’s weights (recipe, rules, or a pre-trained model)')
    .description(
      'Re-initialize the weights of an ONNX model: each tensor gets the spec its role, op and following activation call for (recipe auto, or PyTorch’s or Keras’s layer defaults, or your rules), drawn from a stream keyed by (seed, tensor name) — the same seed gives the same bytes. Only float weights change; dims, dtypes and the graph are kept. The output is written atomically and never over the input.',
    )
    .argument('<model>', 'the .onnx file to read')
    .option('-o, --output <file>', 'the .onnx file to write (required unless --dry-run)')
    .option('--seed <n>', 'the seed (default 0)')
    .option('--recipe <recipe>', 'auto, torch, keras or a recipe .json file (default auto)')
    .option('--from <pretrained>', 'copy every tensor that exists in this pre-trained .onnx model')
    .option(
      '--reinitialize <glob>',
      'with --from: tensors not to copy but to re-initialize, whatever their shape — a new head of another size, or a layer to train afresh (a glob, repeatable)',
      collect,
      [],
    )
    .option(
      '--map <target=source>',
      'with --from: copy the pre-trained tensor SOURCE into TARGET; once given, only the mapped tensors are copied (repeatable)',
      collect,
      [],
    )
    .option(
      '--head <name=dims>',
      'resize a head tensor and re-initialize it, e.g. fc.weight=10,512 (repeatable)',
      collect,
      [],
    )
    .option(
      '--verify',
      'run the model before and after in onnxruntime-node; print each layer’s std',
    )
    .option('--external-data', 'write the weights to OUT.onnx.data beside the model')
    .option('--no-clobber', 'refuse to replace an existing output file')
    .option('--dry-run', 'print what would be done; write nothing')
    .option('--json', 'print one JSON object instead of the tables')
  addFeedFlags(command)
  finishCommand(command, [
    ['weightinit patch model.onnx -o patched.onnx --verify', 'recipe auto, seed 0, verified'],
    ['weightinit patch model.onnx -o patched.onnx --recipe torch --seed 42', 'PyTorch defaults'],
    ['weightinit patch model.onnx -o out.onnx --recipe rules.json', 'your rules first'],
    [
      "weightinit patch new.onnx -o ft.onnx --from pretrained.onnx --reinitialize 'classifier.*'",
      'transfer from a pre-trained model whose classifier has another size',
    ],
    [
      'weightinit patch new.onnx -o ft.onnx --from old.onnx --map enc.weight=encoder.weight',
      'copy only the mapped tensors, names differing',
    ],
    [
      'weightinit patch model.onnx -o ft.onnx --head fc.weight=10,512 --head fc.bias=10',
      'a new 10-class head',
    ],
    ['weightinit patch big.onnx -o out.onnx --external-data', 'weights in out.onnx.data'],
    ['weightinit patch model.onnx --dry-run', 'the plan only'],
  ])
  return command
}

/** What one `patch` run does: the flags read and checked, the models loaded, the patch options. */
interface PatchRequest {
  readonly path: string
  readonly flags: PatchFlags
  readonly seed: Seed
  readonly feeds: FeedOptions
  readonly onnx: typeof import('@weightinit/onnx')
  readonly model: OnnxModel
  readonly options: PatchOptions
}

/** Reads and checks the flags (exit 2 on bad input) and loads the models, before anything is written. */
async function patchRequest(path: string, flags: PatchFlags): Promise<PatchRequest> {
  if (flags.output === undefined && flags.dryRun !== true) {
    throw usageError(
      'INVALID_ARGUMENT',
      'patch needs -o OUT.onnx (or --dry-run to only see the plan)',
    )
  }
  const seed = flags.seed === undefined ? 0 : parseSeed(flags.seed)
  const recipe = flags.recipe === undefined ? undefined : await readRecipe(flags.recipe)
  const heads = parseHeads(flags.head ?? [])
  const feeds = feedOptions(flags, seed)
  const onnx = await import('@weightinit/onnx')
  const model = await loadModel(path)
  const from = flags.from === undefined ? undefined : await loadModel(flags.from)
  const options: PatchOptions = {
    seed,
    ...(recipe === undefined ? {} : { recipe }),
    ...transferOptions(flags, from),
    ...(Object.keys(heads).length > 0 ? { heads } : {}),
  }
  return { path, flags, seed, feeds, onnx, model, options }
}

/** `--from`, `--reinitialize` and `--map` as patch options; the last two need the first. */
function transferOptions(
  flags: PatchFlags,
  from: OnnxModel | undefined,
): Pick<PatchOptions, 'from' | 'reinitialize' | 'mapping'> {
  if ((flags.reinitialize?.length ?? 0) > 0 && from === undefined) {
    throw usageError(
      'INVALID_ARGUMENT',
      '--reinitialize goes with --from (the tensors not to copy)',
    )
  }
  const mapping = parseMapping(flags.map ?? [])
  if (mapping !== undefined && from === undefined) {
    throw usageError('INVALID_ARGUMENT', '--map goes with --from (the tensors to copy)')
  }
  return {
    ...(from === undefined ? {} : { from }),
    ...((flags.reinitialize?.length ?? 0) > 0 ? { reinitialize: flags.reinitialize } : {}),
    ...(mapping === undefined ? {} : { mapping }),
  }
}

/** A status line on a terminal's stderr (nothing when quiet or piped); `''` clears it. */
function statusLine(io: CliIo, quiet: boolean): (text: string) => Promise<void> {
  return (text) =>
    !quiet && io.stderrIsTTY ? write(io.stderr, `\r\x1b[K${text}`) : Promise.resolve()
}

/** `--dry-run`: prints the plan (a table, or one JSON object); writes nothing. */
async function printPlan(
  { path, flags, onnx, model, options }: PatchRequest,
  io: CliIo,
): Promise<void> {
  const report = onnx.planPatch(model, options)
  await write(
    io.stdout,
    flags.json === true
      ? `${toJson({ model: path, output: null, ...reportJson(report) })}\n`
      : `${renderPatch(path, null, report)}\n`,
  )
}

/** What {@link patchAndSave} did: the patched model, its report, and what was written. */
interface Patched {
  readonly patched: OnnxModel
  readonly report: PatchReport
  readonly saved: SaveResult
}

/**
 * Patches the model and writes it atomically (Ctrl-C while writing leaves nothing behind). With
 * --verify, a missing onnxruntime-node fails first, before anything is written.
 */
async function patchAndSave(
  { flags, onnx, model, options }: PatchRequest,
  status: (text: string) => Promise<void>,
): Promise<Patched> {
  if (flags.verify === true) {
    const { loadOrt } = await import('@weightinit/onnx/runtime')
    await loadOrt()
  }
  await status('patching…')
  const { model: patched, report } = onnx.patch(model, options)
  await status(`writing ${flags.output}…`)
  try {
    const saved = await withInterrupt((signal) =>
      onnx.saveModel(patched, flags.output!, {
        overwrite: flags.clobber !== false,
        signal,
        ...(flags.externalData === true ? { externalData: true } : {}),
      }),
    )
    return { patched, report, saved }
  } finally {
    await status('')
  }
}

/** Both models run in onnxruntime-node on the same random feeds: each layer's output before and after. */
async function verifyBoth(
  { onnx, model, feeds }: PatchRequest,
  { patched }: Patched,
  status: (text: string) => Promise<void>,
): Promise<{ before: VerifyReport; after: VerifyReport }> {
  await status('verifying in onnxruntime-node…')
  try {
    const before = await onnx.verify(model, feeds)
    const after = await onnx.verify(patched, feeds)
    return { before, after }
  } finally {
    await status('')
  }
}

/**
 * Prints what was done (one JSON object, or the table, what was written and the verify table), and
 * says on stderr when the patched model's outputs are not all finite.
 */
async function renderPatched(
  { path, flags, seed, feeds }: PatchRequest,
  { report, saved }: Patched,
  verified: { before: VerifyReport; after: VerifyReport } | undefined,
  io: CliIo,
): Promise<void> {
  if (flags.json === true) {
    await write(
      io.stdout,
      `${toJson({
        model: path,
        output: saved.path,
        ...reportJson(report),
        written: saved,
        ...(verified === undefined ? {} : { verify: verified }),
      })}\n`,
    )
  } else {
    let text = renderPatch(path, flags.output!, report)
    text += `\n\nwrote ${flags.output} (${formatBytes(saved.bytes)}${saved.dataPath === null ? '' : ` + ${formatBytes(saved.dataBytes)} in ${saved.dataPath}`})`
    if (verified !== undefined) {
      const { before, after } = verified
      text += `\n\nverify: onnxruntime-node, random N(0, ${feeds.std ?? 1}) inputs (seed ${String(seed)}, symbolic dims ${describeDims(feeds)}); each layer’s output before and after the patch\n\n${renderVerify(after, before)}\n\n${after.finite ? 'every output is finite' : 'NOT FINITE: some outputs hold NaN or ∞'}`
    }
    await write(io.stdout, `${text}\n`)
  }
  if (verified?.after.finite === false) {
    await write(
      io.stderr,
      `weightinit patch: the patched model's outputs are not all finite; see the table above\n`,
    )
  }
}

function describeDims(feeds: {
  dims?: Readonly<Record<string, number>>
  defaultDim?: number
}): string {
  const named = Object.entries(feeds.dims ?? {}).map(([name, size]) => `${name}=${size}`)
  const rest = String(feeds.defaultDim ?? 1)
  return named.length === 0 ? rest : `${named.join(', ')}, others ${rest}`
}

function parseHeads(entries: readonly string[]): Record<string, number[]> {
  const heads: Record<string, number[]> = {}
  for (const entry of entries) {
    const at = entry.lastIndexOf('=')
    if (at <= 0) {
      throw usageError(
        'INVALID_ARGUMENT',
        `--head must be NAME=DIMS, like fc.weight=10,512; got '${entry}'`,
        {
          head: entry,
        },
      )
    }
    heads[entry.slice(0, at)] = parseShape(entry.slice(at + 1))
  }
  return heads
}

/** `--map TARGET=SOURCE` entries as a mapping (undefined when there are none). */
function parseMapping(entries: readonly string[]): Record<string, string> | undefined {
  if (entries.length === 0) return undefined
  const mapping: Record<string, string> = {}
  for (const entry of entries) {
    const at = entry.indexOf('=')
    if (at <= 0 || at === entry.length - 1) {
      throw usageError(
        'INVALID_ARGUMENT',
        `--map must be TARGET=SOURCE, like fc.weight=classifier.weight; got '${entry}'`,
        { map: entry },
      )
    }
    mapping[entry.slice(0, at)] = entry.slice(at + 1)
  }
  return mapping
}

/** The report as data (every field of the ONNX package's report). */
function reportJson(report: PatchReport): Record<string, unknown> {
  return {
    seed: report.seed,
    recipe: report.recipe,
    changed: report.changed,
    tensors: report.tensors,
  }
}

/**
 * The human-readable patch plan: one row per tensor with what is done and why, then a count.
 *
 * @param input - the input model's path
 * @param output - the output path, or `null` for a dry run
 * @param report - the ONNX package's patch report
 */
function renderPatch(input: string, output: string | null, report: PatchReport): string {
  const rows = report.tensors
    .filter((t) => t.action !== 'skip' || t.dtype !== null)
    .map((t) => [
      t.name,
      t.op ?? '-',
      t.role,
      `[${t.shape.join(', ')}]`,
      t.fanIn === null ? '-' : `${t.fanIn}/${t.fanOut ?? '-'}`,
      t.activation === null ? '-' : t.activation.nonlinearity,
      t.action === 'init' ? compactSpec(t.spec) : t.action,
      short(t.std),
      t.reason,
    ])
  const counts = { init: 0, copy: 0, keep: 0, skip: 0 }
  for (const t of report.tensors) counts[t.action]++
  return [
    `${output === null ? 'plan for' : 'patch'} ${input}${output === null ? '' : ` → ${output}`}: recipe ${report.recipe}, seed ${String(report.seed)}`,
    '',
    table(
      ['tensor', 'op', 'role', 'shape', 'fan in/out', 'activation', 'init', 'std', 'why'],
      rows,
    ),
    '',
    `${report.tensors.length} tensors: ${counts.init} initialized, ${counts.copy} copied, ${counts.keep} kept, ${counts.skip} skipped`,
  ].join('\n')
}
