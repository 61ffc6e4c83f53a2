import { constants as bufferConstants } from 'node:buffer'
import { type Seed, WeightinitError } from '@weightinit/core'
import { allocationFailure, describeValue, MAX_ELEMENTS } from '@weightinit/core/errors'
import type {
  FeedOptions,
  OnnxModel,
  PatchOptions,
  PatchReport,
  SaveResult,
  VerifyReport,
} from '@weightinit/onnx'
import type { Command } from 'commander'
import { fewCopied } from '../cliMessage'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { EXIT, usageError } from '../errors'
import { escapeControls } from '../escapeControls'
import { table, toJson } from '../format'
import { type CliIo, write } from '../io'
import {
  addFeedFlags,
  checkFeedDims,
  collect,
  type FeedFlags,
  feedOptions,
  loadModel,
  readRecipe,
  renderVerify,
} from '../onnxFlags'
import { withInterrupt } from '../output'
import { parseSeed, parseShape } from '../parse'
import { parseByteSize } from '../parseByteSize'
import { parseRecipeOptions } from '../parseRecipeOptions'
import { formatBytes } from '../progress'
import { quoteName } from '../quoteName'
import { drawCells, renderScheme, sharedWarning } from '../renderScheme'
import { modelPart, shownName } from '../shownName'

/** The flags of `weightinit patch`. */
interface PatchFlags extends CommonFlags, FeedFlags {
  readonly output?: string
  readonly seed?: string
  readonly recipe?: string
  readonly recipeOption: readonly string[]
  /** `--untie` alone: `true`; with globs: the globs. */
  readonly untie?: true | readonly string[]
  readonly from?: string
  readonly reinitialize?: readonly string[]
  readonly map?: readonly string[]
  readonly head?: readonly string[]
  readonly verify?: boolean
  readonly externalData?: boolean
  readonly clobber?: boolean
  readonly dryRun?: boolean
  readonly json?: boolean
  readonly strict?: boolean
  readonly minCopyFraction?: string
  readonly maxMemory?: string
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
    await printWarnings(result.report, context.io)
    const verified =
      flags.verify === true ? await verifyWritten(request, result, status) : undefined
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
    .option(
      '--recipe <recipe>',
      'auto, torch, keras, a model-level scheme (hf, megatron = gpt2, neox, torchtitan, olmo, mup, spectral, deepnet, t_fixup, fixup, timm_vit) or a recipe .json file (default auto: on a transformer, timm_vit for a vision transformer, else megatron)',
    )
    .option(
      '--recipe-option <key=value>',
      'override a scheme parameter, e.g. std=0.01, layers=24, base_width=256 (repeatable; what the graph implies is used otherwise)',
      collect,
      [],
    )
    .option(
      '--untie [glob]',
      'give each use of a shared tensor its own tensor and draw, named after its parameter: alone, every tensor the exporter de-duplicated; with a glob (repeatable), the tensors named, a head tied on purpose included',
      collectUntie,
    )
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
      '--strict',
      'with --from: refuse (exit 2, nothing written) a transfer that copies nothing, or less than --min-copy-fraction of the tensors it could fill; without it, a warning',
    )
    .option(
      '--min-copy-fraction <f>',
      'with --from: the least share (0 to 1) of the target’s float tensors a transfer must copy not to be warned about, not counting --head and --reinitialize ones (default 0.5)',
    )
    .option(
      '--head <name=dims>',
      'resize a head tensor and re-initialize it, e.g. fc.weight=10,512 (repeatable)',
      collect,
      [],
    )
    .option(
      '--verify',
      'run the model before and after in onnxruntime-node; print each layer’s std (it runs after the write: if it fails or an output is NaN/∞, the written output is kept and the exit code is 1)',
    )
    .option(
      '--external-data',
      'write the weights to OUT.onnx.data beside the model (large tensors are generated and written a chunk at a time, in bounded memory)',
    )
    .option(
      '--max-memory <size>',
      'the most working memory a tensor computed whole (orthogonal, eye, …) may take, e.g. 8GB (default 80% of this machine’s memory)',
    )
    .option('--no-clobber', 'refuse to replace an existing output file')
    .option('--dry-run', 'print what would be done; write nothing')
    .option('--json', 'print one JSON object instead of the tables')
  addFeedFlags(command)
  finishCommand(command, [
    ['weightinit patch model.onnx -o patched.onnx --verify', 'recipe auto, seed 0, verified'],
    ['weightinit patch model.onnx -o patched.onnx --recipe torch --seed 42', 'PyTorch defaults'],
    ['weightinit patch model.onnx -o out.onnx --recipe rules.json', 'your rules first'],
    [
      'weightinit patch gpt2.onnx -o out.onnx --recipe gpt2 --recipe-option std=0.01',
      'GPT-2’s scheme, σ overridden',
    ],
    [
      'weightinit patch llama.onnx -o out.onnx --recipe mup --recipe-option base_width=256',
      'μP relative to a base width',
    ],
    ['weightinit patch encoder.onnx -o out.onnx --untie', 'layers the exporter merged, untied'],
    [
      "weightinit patch new.onnx -o ft.onnx --from pretrained.onnx --reinitialize 'classifier.*'",
      'transfer from a pre-trained model whose classifier has another size',
    ],
    [
      'weightinit patch new.onnx -o ft.onnx --from old.onnx --map enc.weight=encoder.weight',
      'copy only the mapped tensors, names differing',
    ],
    [
      'weightinit patch new.onnx -o ft.onnx --from old.onnx --strict',
      'fail (exit 2) if fewer than half of the tensors are copied',
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
  const recipeOptions = parseRecipeOptions(flags.recipeOption ?? [])
  const heads = parseHeads(flags.head ?? [])
  const feeds = feedOptions(flags, seed)
  const onnx = await import('@weightinit/onnx')
  const model = await loadModel(path)
  checkFeedDims(model, feeds)
  checkHeadBytes(model, heads)
  const from = flags.from === undefined ? undefined : await loadModel(flags.from)
  const maxBytes =
    flags.maxMemory === undefined ? undefined : parseByteSize(flags.maxMemory, '--max-memory')
  const options: PatchOptions = {
    seed,
    ...(recipe === undefined ? {} : { recipe }),
    ...(Object.keys(recipeOptions).length > 0 ? { recipeOptions } : {}),
    ...(flags.untie === undefined ? {} : { untie: flags.untie }),
    ...transferOptions(flags, from),
    ...(Object.keys(heads).length > 0 ? { heads } : {}),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  }
  return { path, flags, seed, feeds, onnx, model, options }
}

/**
 * `--from`, `--reinitialize`, `--map`, `--strict` and `--min-copy-fraction` as patch options; the
 * others need the first.
 */
function transferOptions(
  flags: PatchFlags,
  from: OnnxModel | undefined,
): Pick<PatchOptions, 'from' | 'reinitialize' | 'mapping' | 'strict' | 'minCopyFraction'> {
  for (const [given, flag] of [
    [flags.strict === true, '--strict'],
    [flags.minCopyFraction !== undefined, '--min-copy-fraction'],
  ] as const) {
    if (given && from === undefined) {
      throw usageError('INVALID_ARGUMENT', `${flag} goes with --from (it judges the transfer)`)
    }
  }
  const minCopyFraction =
    flags.minCopyFraction === undefined ? undefined : parseFraction(flags.minCopyFraction)
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
    ...(flags.strict === true ? { strict: true } : {}),
    ...(minCopyFraction === undefined ? {} : { minCopyFraction }),
  }
}

/** `--min-copy-fraction`: a number from 0 to 1. */
function parseFraction(text: string): number {
  const value = /^\s*[0-9.eE+-]+\s*$/.test(text) ? Number(text) : Number.NaN
  if (!(value >= 0 && value <= 1)) {
    throw usageError(
      'INVALID_ARGUMENT',
      `--min-copy-fraction must be a number from 0 to 1, like 0.5; got ${describeValue(text)}`,
      { option: 'min-copy-fraction', value: text },
    )
  }
  return value
}

/**
 * The report's warnings on stderr, in the CLI's words: a transfer that copied little or nothing,
 * and once, tensors that stay shared between parameters.
 */
async function printWarnings(report: PatchReport, io: CliIo): Promise<void> {
  const shared = sharedWarning(report)
  if (shared !== null) await write(io.stderr, `warning: ${shared}\n`)
  if (report.warnings.length === 0) return
  const { transfer } = report
  for (const warning of report.warnings) {
    const text =
      transfer === null
        ? escapeControls(warning)
        : `${escapeControls(
            fewCopied({
              ...transfer,
              unmatched: transfer.unmatched.slice(0, 3),
              unmatchedCount: transfer.unmatched.length,
            }),
          )}; pair the names with --map TARGET=SOURCE, or pass --strict to make this an error`
    await write(io.stderr, `warning: ${text}\n`)
  }
}

/**
 * `--untie [glob]`: bare, every de-duplicated tensor (`true`); with globs, the globs. Both at once
 * is refused: bare already means every one of them.
 */
function collectUntie(value: string | boolean, previous: true | readonly string[] | undefined) {
  const bare = typeof value !== 'string'
  if ((bare && Array.isArray(previous)) || (!bare && previous === true)) {
    throw usageError(
      'INVALID_ARGUMENT',
      '--untie alone unties every tensor the exporter de-duplicated; give it alone, or only with globs',
    )
  }
  return bare ? true : [...((previous as readonly string[] | undefined) ?? []), value]
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
  await printWarnings(report, io)
  await write(
    io.stdout,
    flags.json === true
      ? `${toJson({ model: path, output: null, ...reportJson(report) })}\n`
      : `${renderPatch(path, null, report)}\n`,
  )
}

/** What {@link patchAndSave} did: its report and what was written. */
interface Patched {
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
  await status(`writing ${quoteName(flags.output!)}…`)
  try {
    const saved = await withInterrupt((signal) =>
      onnx.saveModel(patched, flags.output!, {
        overwrite: flags.clobber !== false,
        signal,
        ...(flags.externalData === true ? { externalData: true } : {}),
      }),
    )
    return { report, saved }
  } finally {
    await status('')
  }
}

/**
 * `--verify`, after the write: both models run in onnxruntime-node. The output is complete and
 * stays where it was written whatever the verify finds; a verify that fails says so in its error
 * (`… was written and is kept, but --verify failed: …`), with the code of the failure (exit 1 for
 * onnxruntime's `RUNTIME_FAILED`).
 */
async function verifyWritten(
  request: PatchRequest,
  patched: Patched,
  status: (text: string) => Promise<void>,
): Promise<{ before: VerifyReport; after: VerifyReport }> {
  try {
    return await verifyBoth(request, patched, status)
  } catch (error) {
    // Escaped where every error is printed (formatError).
    const kept = `'${request.flags.output}' was written and is kept, but --verify failed`
    const typed = allocationFailure(error) ?? error
    if (typed instanceof WeightinitError) {
      throw new WeightinitError(typed.code, `${kept}: ${typed.message}`, {
        ...typed.details,
        output: patched.saved.path,
        kept: true,
      })
    }
    throw new Error(`${kept}: ${typed instanceof Error ? typed.message : String(typed)}`, {
      cause: typed,
    })
  }
}

/**
 * Both models run in onnxruntime-node on the same random feeds: each layer's output before and
 * after. The patched one is the file as written: read back, it costs less than drawing its tensors
 * again on this thread (the write drew them in worker threads), and what runs is what is on disk.
 */
async function verifyBoth(
  { onnx, model, feeds }: PatchRequest,
  { saved }: Patched,
  status: (text: string) => Promise<void>,
): Promise<{ before: VerifyReport; after: VerifyReport }> {
  await status('verifying in onnxruntime-node…')
  try {
    const before = await onnx.verify(model, feeds)
    const after = await onnx.verify(await onnx.readModelLean(saved.path), feeds)
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
    text += `\n\nwrote ${quoteName(flags.output!)} (${formatBytes(saved.bytes)}${saved.dataPath === null ? '' : ` + ${formatBytes(saved.dataBytes)} in ${quoteName(saved.dataPath)}`})`
    if (verified !== undefined) {
      const { before, after } = verified
      text += `\n\nverify: onnxruntime-node, random N(0, ${feeds.std ?? 1}) inputs (seed ${String(seed)}, symbolic dims ${describeDims(feeds)}); each layer’s output before and after the patch\n\n${renderVerify(after, before)}\n\n${after.finite ? 'every output is finite' : 'NOT FINITE: some outputs hold NaN or ∞'}`
    }
    await write(io.stdout, `${text}\n`)
  }
  if (verified?.after.finite === false) {
    await write(
      io.stderr,
      `weightinit patch: the patched model's outputs are not all finite (see the table above); ${quoteName(flags.output!)} was written and is kept\n`,
    )
  }
}

function describeDims(feeds: {
  dims?: Readonly<Record<string, number>>
  defaultDim?: number
}): string {
  const named = Object.entries(feeds.dims ?? {}).map(([name, size]) => `${quoteName(name)}=${size}`)
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
        `--head must be NAME=DIMS, like fc.weight=10,512; got ${describeValue(entry)}`,
        {
          head: entry,
        },
      )
    }
    const name = entry.slice(0, at)
    const dims = parseShape(entry.slice(at + 1), `--head ${describeValue(name)}`, '10,512')
    const elements = dims.reduce((product, d) => product * BigInt(d), 1n)
    if (elements > BigInt(MAX_ELEMENTS)) {
      throw usageError(
        'SHAPE_TOO_LARGE',
        `--head ${describeValue(name)} [${dims.join(', ')}] has ${elements} elements; one tensor holds at most ${MAX_ELEMENTS} (2^32 - 1)`,
        { head: name, dims, elements: elements.toString(), maxElements: MAX_ELEMENTS },
      )
    }
    heads[name] = dims
  }
  return heads
}

/** Bytes per element of the ONNX data types a head may have (TensorProto.DataType). */
const ELEMENT_BYTES: Readonly<Record<number, number>> = {
  1: 4, // FLOAT
  2: 1, // UINT8
  3: 1, // INT8
  4: 2, // UINT16
  5: 2, // INT16
  6: 4, // INT32
  7: 8, // INT64
  9: 1, // BOOL
  10: 2, // FLOAT16
  11: 8, // DOUBLE
  12: 4, // UINT32
  13: 8, // UINT64
  16: 2, // BFLOAT16
}

/**
 * Refuses a `--head` whose new tensor cannot be allocated — its bytes, in the tensor's data type,
 * more than one buffer of this JavaScript engine holds (`buffer.constants.MAX_LENGTH`, 4 GiB in
 * Node 20) — before anything is allocated. Names the model does not have are left to the patch,
 * which says so.
 */
function checkHeadBytes(
  model: OnnxModel,
  heads: Readonly<Record<string, readonly number[]>>,
): void {
  const initializers = model.proto.graph?.initializer ?? []
  for (const [name, dims] of Object.entries(heads)) {
    const tensor = initializers.find((t) => t.name === name)
    const size = tensor === undefined ? undefined : ELEMENT_BYTES[tensor.dataType]
    if (size === undefined) continue
    const bytes = dims.reduce((product, d) => product * d, size)
    if (bytes > bufferConstants.MAX_LENGTH) {
      throw usageError(
        'SHAPE_TOO_LARGE',
        `--head ${describeValue(name)} [${dims.join(', ')}] needs ${bytes} bytes (${formatBytes(bytes)}: ${dims.reduce((a, d) => a * d, 1)} elements of ${size} bytes, its data type); one tensor can hold at most ${bufferConstants.MAX_LENGTH} bytes (${formatBytes(bufferConstants.MAX_LENGTH)}) here`,
        { head: name, dims, bytes, maxBytes: bufferConstants.MAX_LENGTH },
      )
    }
  }
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
        `--map must be TARGET=SOURCE, like fc.weight=classifier.weight; got ${describeValue(entry)}`,
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
    scheme: report.scheme,
    changed: report.changed,
    transfer: report.transfer,
    warnings: report.warnings,
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
  const parts = report.tensors.some((t) => t.place !== null)
  const shared = report.tensors.some((t) => t.sharing !== null)
  const rows = report.tensors
    .filter((t) => t.action !== 'skip' || t.dtype !== null)
    .map((t) => [
      shownName(t),
      t.op ?? '-',
      t.role,
      ...(parts ? [modelPart(t)] : []),
      ...(shared
        ? [t.sharing === null ? '-' : `${t.sharing.kind} ×${t.sharing.names.length}`]
        : []),
      `[${t.shape.join(', ')}]`,
      t.fanIn === null ? '-' : `${t.fanIn}/${t.fanOut ?? '-'}`,
      t.activation === null ? '-' : t.activation.nonlinearity,
      ...drawCells(t),
      t.reason,
    ])
  const counts = { init: 0, copy: 0, keep: 0, skip: 0 }
  for (const t of report.tensors) counts[t.action]++
  return [
    `${output === null ? 'plan for' : 'patch'} ${quoteName(input)}${output === null ? '' : ` → ${quoteName(output)}`}: recipe ${report.recipe}${report.scheme === null || report.scheme.name === report.recipe ? '' : ` (scheme ${report.scheme.name})`}, seed ${String(report.seed)}`,
    '',
    table(
      [
        'tensor',
        'op',
        'role',
        ...(parts ? ['part'] : []),
        ...(shared ? ['shared'] : []),
        'shape',
        'fan in/out',
        'activation',
        'init',
        'std',
        'why',
      ],
      rows,
    ),
    '',
    `${report.tensors.length} tensors: ${counts.init} initialized, ${counts.copy} copied, ${counts.keep} kept, ${counts.skip} skipped`,
    ...renderScheme(report),
  ].join('\n')
}
