import { extname } from 'node:path'
import type { FileFormat, FilePlan, Shard } from '@weightinit/buffers'
import type { DType, Seed } from '@weightinit/core'
import { parseDType } from '@weightinit/core/dtype'
import { describeValue } from '@weightinit/core/errors'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { usageError } from '../errors'
import { escapeControls } from '../escapeControls'
import { describeDraw, planJson, toJson } from '../format'
import { type CliIo, write } from '../io'
import { checkBinaryStdout, streamSink, withInterrupt } from '../output'
import { parseInteger, parseSeed, parseShard } from '../parse'
import { parseByteSize } from '../parseByteSize'
import { createProgress, formatBytes } from '../progress'
import { quotedKey, quoteName } from '../quoteName'
import { addInitFlags, type InitFlags, type PlanInput, planInput } from '../spec'

/** The flags of `weightinit sample`. */
interface SampleFlags extends InitFlags, CommonFlags {
  readonly seed: string
  readonly key?: string
  readonly dtype?: string
  readonly format?: string
  readonly threads?: string
  readonly maxMemory?: string
  readonly shard?: string
  readonly output: string
  readonly clobber?: boolean
  readonly json?: boolean
}

const FORMATS: readonly FileFormat[] = ['npy', 'safetensors', 'raw']

/** The format a file name implies, if any. */
const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  '.npy': 'npy',
  '.safetensors': 'safetensors',
  '.bin': 'raw',
  '.raw': 'raw',
  '.dat': 'raw',
}

/**
 * `weightinit sample <init> --shape … --seed N -o FILE|-`: draws one tensor into a `.npy`,
 * `.safetensors` or raw little-endian file (or stdout), streamed with bounded memory, across threads.
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit sample kaiming_normal --shape 8192,8192 --seed 1 --format raw -o w.bin
 * weightinit sample he_normal --shape 3,3,64,128 --seed 7 --key conv2.kernel -o conv2.npy
 * ```
 */
export function registerSample(program: Command, context: CommandContext): Command {
  return declareSample(program).action(async (init: string, flags: SampleFlags) => {
    const request = sampleRequest(init, flags)
    const file = await planSampleFile(request)
    await warnAboutSample(request, file, context.io)
    const written = await writeSample(request, file, context.io)
    await renderSample(request, file, written, context.io)
  })
}

/** The `sample` command: its argument, flags and examples. */
function declareSample(program: Command): Command {
  const command = program
    .command('sample')
    .summary('draw a tensor into a .npy, .safetensors or raw file (or stdout)')
    .description(
      'Draw one tensor from an initializer and write it, streamed with bounded memory and across threads. Element i is a pure function of (seed, key, i): the same bits on every machine, thread count and shard. Takes every option of `plan`.',
    )
    .argument(
      '<init>',
      'initializer name: kaiming_normal, he_normal, xavier_uniform, orthogonal, …',
    )
  addInitFlags(command)
    .requiredOption('--seed <n>', 'the seed: an integer from 0 to 2^64 - 1 (0 is a seed)')
    .option('--key <name>', 'the stream key, e.g. the tensor’s name (default: empty)')
    .option('--dtype <dtype>', 'float32, float64, float16 or bfloat16 (default float32)')
    .option('--format <format>', 'npy, safetensors or raw (default: from the file name, else npy)')
    .option(
      '--threads <n>',
      'worker threads (default: the number of cores; at most 4 per core and as many as a fifth of the memory holds at ~40 MB each; same bits for any)',
    )
    .option(
      '--max-memory <size>',
      'the most working memory a structured tensor (orthogonal, eye, …), computed whole, may take: e.g. 8GB, 16GiB, none (default: 80% of this machine’s memory)',
    )
    .option('--shard <i/n>', 'write only shard i of n (concatenated in order they make the file)')
    .requiredOption('-o, --output <file>', 'the file to write, or - for stdout')
    .option('--no-clobber', 'refuse to replace an existing output file')
    .option('--json', 'print what was written as one JSON object on stdout')
  finishCommand(command, [
    ['weightinit sample kaiming_normal --shape 256,784 --seed 1 -o fc1.npy', 'a .npy file'],
    [
      'weightinit sample he_normal --shape 3,3,64,128 --seed 1 --key conv2 -o w.safetensors',
      'a .safetensors file, tensor named conv2',
    ],
    [
      'weightinit sample kaiming_normal --shape 8192,8192 --seed 1 --format raw -o w.bin',
      '256 MiB of raw float32, streamed',
    ],
    ['weightinit sample normal --shape 1000 --std 0.02 --seed 3 -o - | xxd | head', 'to stdout'],
    [
      'weightinit sample xavier_uniform --shape 4096,4096 --seed 1 --shard 0/4 -o w.npy.part0',
      'one of four shards',
    ],
  ])
  return command
}

/** What one `sample` run does, read from its flags. */
interface SampleRequest {
  readonly flags: SampleFlags
  readonly input: PlanInput
  readonly seed: Seed
  readonly dtype: DType
  readonly toStdout: boolean
  readonly format: FileFormat
  readonly threads: number | undefined
  readonly maxBytes: number | undefined
  readonly shard: Shard | undefined
  readonly quiet: boolean
}

/** Reads and checks the flags (exit 2 on bad input), before anything is planned or written. */
function sampleRequest(init: string, flags: SampleFlags): SampleRequest {
  const input = planInput(init, flags)
  const seed = parseSeed(flags.seed)
  const dtype = parseDType(flags.dtype ?? 'float32')
  const toStdout = flags.output === '-'
  const format = resolveFormat(flags.format, toStdout ? undefined : flags.output)
  const threads =
    flags.threads === undefined ? undefined : parseInteger(flags.threads, '--threads', 1)
  const maxBytes =
    flags.maxMemory === undefined ? undefined : parseByteSize(flags.maxMemory, '--max-memory')
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard)
  if (toStdout && flags.json === true) {
    throw usageError(
      'INVALID_ARGUMENT',
      '--json prints to stdout, which -o - uses for the data; give -o FILE',
    )
  }
  return {
    flags,
    input,
    seed,
    dtype,
    toStdout,
    format,
    threads,
    maxBytes,
    shard,
    quiet: flags.quiet === true,
  }
}

/** Plans the file: the tensor's plan, its stream and the format's layout. */
async function planSampleFile(request: SampleRequest): Promise<FilePlan> {
  const { input, dtype, seed, format, flags } = request
  const { planTensorFile } = await import('@weightinit/buffers')
  return planTensorFile(
    {
      spec: input.spec,
      shape: input.shape,
      dtype,
      ...(input.options.layout === undefined ? {} : { layout: input.options.layout }),
      ...(input.options.groups === undefined ? {} : { groups: input.options.groups }),
    },
    { seed, ...(flags.key === undefined ? {} : { key: flags.key }), format },
  )
}

/**
 * Warns on stderr (unless quiet): the plan's warnings, a format the file name does not imply, a
 * .safetensors tensor without a name.
 */
async function warnAboutSample(request: SampleRequest, file: FilePlan, io: CliIo): Promise<void> {
  const { flags, format, quiet, toStdout } = request
  if (!quiet)
    for (const warning of file.segments[0]!.plan.warnings)
      await write(io.stderr, `warning: ${escapeControls(warning)}\n`)
  if (!toStdout) {
    const extension = extname(flags.output).toLowerCase()
    const implied = BY_EXTENSION[extension]
    if (!quiet && implied !== undefined && implied !== format) {
      await write(
        io.stderr,
        `warning: writing ${format} to a file named *${quoteName(extension)}\n`,
      )
    }
  }
  if (!quiet && format === 'safetensors' && (flags.key ?? '') === '') {
    await write(
      io.stderr,
      "warning: the tensor is named '' in the .safetensors file (its name is the stream key); give --key NAME to name it\n",
    )
  }
}

/** What {@link writeSample} wrote: bytes, where, and how long it took. */
interface Written {
  readonly bytes: number
  readonly path: string
  readonly seconds: number
}

/**
 * Generates and writes the tensor, to stdout or atomically to the file (nothing half-written on
 * Ctrl-C), across threads, with progress on a terminal.
 */
async function writeSample(request: SampleRequest, file: FilePlan, io: CliIo): Promise<Written> {
  const { flags, threads, maxBytes, shard } = request
  const progress = createProgress(io, 'sample', 'bytes', request.quiet)
  const started = performance.now()
  const threading = {
    ...(threads === undefined ? {} : { threads }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
    ...(shard === undefined ? {} : { shard }),
    onProgress: (done: number, total: number) => progress.update(done, total),
  }
  let bytes: number
  let path: string
  try {
    if (request.toStdout) {
      checkBinaryStdout(io, 'the tensor')
      const { writePlannedStream } = await import('@weightinit/buffers/node')
      const streamed = await writePlannedStream(file, streamSink(io.stdout), threading)
      bytes = streamed.bytes
      path = '-'
    } else {
      const { writePlannedFile } = await import('@weightinit/buffers/node')
      const written = await withInterrupt((signal) =>
        writePlannedFile(flags.output, file, {
          overwrite: flags.clobber !== false,
          signal,
          ...threading,
        }),
      )
      bytes = written.bytes
      path = written.path
    }
  } finally {
    progress.end()
  }
  return { bytes, path, seconds: (performance.now() - started) / 1000 }
}

/** Prints what was written: one JSON object on stdout with --json, else a line on stderr. */
async function renderSample(
  request: SampleRequest,
  file: FilePlan,
  written: Written,
  io: CliIo,
): Promise<void> {
  const { flags, format, dtype, shard, input, seed } = request
  const { bytes, path, seconds } = written
  if (flags.json === true) {
    await write(io.stdout, `${toJson(sampleJson(file, path, bytes, dtype, shard, seconds))}\n`)
  } else if (!request.quiet && !request.toStdout) {
    const planned = file.segments[0]!.plan
    await write(
      io.stderr,
      `wrote ${quoteName(flags.output)}: ${formatBytes(bytes)}, ${format} ${dtype} [${input.shape.join(', ')}]${shard === undefined ? '' : ` shard ${shard.index}/${shard.count}`}, ${planned.init}: ${describeDraw(planned)}, seed ${String(seed)}${flags.key === undefined ? '' : ` key ${quotedKey(flags.key)}`}, in ${seconds.toFixed(2)} s\n`,
    )
  }
}

/**
 * The file format: `--format` when given, else the one the file name implies (`.npy`,
 * `.safetensors`, `.bin`/`.raw`/`.dat` for raw), else `npy`.
 *
 * @param flag - the `--format` value
 * @param output - the output path (`undefined` for stdout)
 */
function resolveFormat(flag: string | undefined, output: string | undefined): FileFormat {
  if (flag !== undefined) {
    const format = flag.trim().toLowerCase()
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw usageError(
        'INVALID_ARGUMENT',
        `--format must be one of ${FORMATS.join(', ')}, got ${describeValue(flag)}`,
        { format: flag },
      )
    }
    return format as FileFormat
  }
  return (output === undefined ? undefined : BY_EXTENSION[extname(output).toLowerCase()]) ?? 'npy'
}

function sampleJson(
  file: FilePlan,
  path: string,
  bytes: number,
  dtype: string,
  shard: Shard | undefined,
  seconds: number,
): Record<string, unknown> {
  const segment = file.segments[0]!
  return {
    path,
    bytes,
    format: file.format,
    dtype,
    shape: segment.plan.shape,
    seed: file.seed,
    key: segment.key,
    ...(shard === undefined ? {} : { shard }),
    seconds,
    plan: planJson(segment.plan),
  }
}
