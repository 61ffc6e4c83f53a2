import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  CheckpointDType,
  CheckpointOptions,
  CheckpointPlan,
  CheckpointTensor,
  HfConfig,
  Shard,
} from '@weightinit/buffers'
import type { WrittenCheckpoint } from '@weightinit/buffers/node'
import type { SchemeName } from '@weightinit/core'
import type { Command } from 'commander'
import { type CommandContext, type CommonFlags, finishCommand } from '../context'
import { usageError } from '../errors'
import { compactSpec, describeDraw, num, table, toJson } from '../format'
import { type CliIo, write } from '../io'
import { collect } from '../onnxFlags'
import { withInterrupt } from '../output'
import { parseInteger, parseSeed } from '../parse'
import { parseByteSize } from '../parseByteSize'
import { parseRecipeOptions } from '../parseRecipeOptions'
import { createProgress, formatBytes } from '../progress'

/** The flags of `weightinit checkpoint`. */
interface CheckpointFlags extends CommonFlags {
  readonly output?: string
  readonly recipe?: string
  readonly recipeOption: readonly string[]
  readonly seed?: string
  readonly dtype?: string
  readonly maxShardSize: string
  readonly shardFiles?: string
  readonly architecture?: string
  readonly threads?: string
  readonly dryRun?: boolean
  readonly json?: boolean
}

/** A config.json larger than this is not a config. */
const MAX_CONFIG_BYTES = 16 << 20

/** The environment variables a job runner gives each process its index in (`--shard-files N`). */
const INDEX_VARIABLES = ['JOB_COMPLETION_INDEX', 'SLURM_ARRAY_TASK_ID'] as const

/**
 * `weightinit checkpoint CONFIG.json -o DIR`: a from-scratch checkpoint in the Hugging Face layout
 * — every tensor of the model the config describes, drawn by a named scheme, streamed into
 * `model.safetensors` (or shards and an index) beside `config.json`, on one machine or a job array.
 *
 * @param program - the root command
 * @param context - streams and exit code
 * @example
 * ```sh
 * weightinit checkpoint config.json -o out --dtype bfloat16
 * weightinit checkpoint config.json -o out --recipe torchtitan --recipe-option depth_init=false
 * weightinit checkpoint config.json -o out --shard-files 3/8
 * ```
 */
export function registerCheckpoint(program: Command, context: CommandContext): Command {
  return declareCheckpoint(program).action(async (path: string, flags: CheckpointFlags) => {
    const request = await checkpointRequest(path, flags)
    if (flags.dryRun === true) {
      const { planCheckpoint } = await import('@weightinit/buffers')
      return printPlan(planCheckpoint(request.config, request.options), flags, context.io)
    }
    const written = await writeFiles(request, context.io)
    await renderWritten(request, written, context.io)
  })
}

/** The `checkpoint` command: its argument, flags and examples. */
function declareCheckpoint(program: Command): Command {
  const command = program
    .command('checkpoint')
    .summary('write a from-scratch checkpoint in the Hugging Face layout from a config.json')
    .description(
      "Write every tensor of the model a Hugging Face config.json describes (llama, mistral, qwen2, gpt2, bert, gpt_neox), drawn by a named scheme, into DIR as save_pretrained lays it out: config.json, model.safetensors or model-0000k-of-0000N.safetensors shards and model.safetensors.index.json — what from_pretrained loads. Element i of each tensor is a pure function of (seed, name, i): a job array's processes write exactly the bytes one would. Streamed with bounded memory, across threads, atomically.",
    )
    .argument('<config>', 'the config.json to read (or a folder holding one)')
    .option(
      '-o, --output <dir>',
      'the folder to write (created if missing; required unless --dry-run)',
    )
    .option(
      '--recipe <scheme>',
      'hf (the family’s own _init_weights), megatron, gpt2, neox, torchtitan, olmo, mup, spectral, deepnet, t_fixup (default hf)',
    )
    .option(
      '--recipe-option <key=value>',
      'override a scheme parameter, e.g. std=0.01 (repeatable)',
      collect,
      [],
    )
    .option('--seed <n>', 'the seed: an integer from 0 to 2^64 - 1 (default 0)')
    .option(
      '--dtype <dtype>',
      'float32, float16 or bfloat16 (default: the config’s dtype, else float32)',
    )
    .option(
      '--max-shard-size <size>',
      'the most tensor bytes per file: 5GB, 500MB, 2GiB, none',
      '5GB',
    )
    .option(
      '--shard-files <K/N>',
      'write only process K’s share of the N processes’ files (K from 0); with N alone, K comes from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID',
    )
    .option(
      '--architecture <class>',
      'the model class instead of the config’s architectures[0], e.g. LlamaModel',
    )
    .option('--threads <n>', 'worker threads (default: the number of cores; same bytes for any)')
    .option('--dry-run', 'print every tensor and file that would be written; write nothing')
    .option('--json', 'print one JSON object instead of the table or summary')
  finishCommand(command, [
    ['weightinit checkpoint config.json -o tinyllama --dtype bfloat16', 'the family’s own init'],
    [
      'weightinit checkpoint config.json -o out --recipe torchtitan --recipe-option depth_init=false',
      'another scheme, one parameter overridden',
    ],
    ['weightinit checkpoint config.json --dry-run --json', 'every tensor, file and total'],
    ['weightinit checkpoint config.json -o out --shard-files 3/8', 'process 3 of 8 of a job array'],
    [
      'JOB_COMPLETION_INDEX=3 weightinit checkpoint config.json -o out --shard-files 8',
      'the same, K from a Kubernetes Indexed Job',
    ],
  ])
  return command
}

/** What one `checkpoint` run does, read from its flags and files. */
interface CheckpointRequest {
  readonly flags: CheckpointFlags
  readonly config: HfConfig
  readonly configPath: string
  readonly options: CheckpointOptions
  readonly shardFiles: Shard | undefined
  readonly threads: number | undefined
  readonly quiet: boolean
}

/** Reads and checks the flags (exit 2 on bad input) and the config, before anything is written. */
async function checkpointRequest(path: string, flags: CheckpointFlags): Promise<CheckpointRequest> {
  if (flags.output === undefined && flags.dryRun !== true) {
    throw usageError(
      'INVALID_ARGUMENT',
      'checkpoint needs -o DIR (or --dry-run to only see the plan)',
    )
  }
  const seed = flags.seed === undefined ? 0 : parseSeed(flags.seed)
  const maxShardSize = parseByteSize(flags.maxShardSize, '--max-shard-size')
  const threads =
    flags.threads === undefined ? undefined : parseInteger(flags.threads, '--threads', 1)
  const shardFiles = flags.shardFiles === undefined ? undefined : parseShardFiles(flags.shardFiles)
  const options = parseRecipeOptions(flags.recipeOption)
  const { configPath, config } = await readConfig(path)
  return {
    flags,
    config,
    configPath,
    options: {
      seed,
      ...(flags.recipe === undefined ? {} : { recipe: flags.recipe.trim() as SchemeName }),
      options,
      ...(flags.dtype === undefined
        ? {}
        : { dtype: flags.dtype.trim().toLowerCase() as CheckpointDType }),
      maxShardSize,
      ...(flags.architecture === undefined ? {} : { architecture: flags.architecture }),
    },
    shardFiles,
    threads,
    quiet: flags.quiet === true,
  }
}

/**
 * `--shard-files K/N`, or `--shard-files N` with K from `JOB_COMPLETION_INDEX` (a Kubernetes
 * Indexed Job) or `SLURM_ARRAY_TASK_ID` (a Slurm array).
 */
function parseShardFiles(text: string): Shard {
  const both = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  const alone = /^\s*(\d+)\s*$/.exec(text)
  const count = Number(both?.[2] ?? alone?.[1] ?? Number.NaN)
  if (!(Number.isSafeInteger(count) && count >= 1)) {
    throw usageError(
      'INVALID_SHARD',
      `--shard-files must be K/N with 0 ≤ K < N, like 3/8, or N with K from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID; got '${text}'`,
      { shard: text },
    )
  }
  if (both !== null) {
    const index = Number(both[1])
    if (!(Number.isSafeInteger(index) && index < count)) {
      throw usageError('INVALID_SHARD', `--shard-files K/N needs 0 ≤ K < N; got '${text}'`, {
        shard: text,
      })
    }
    return { index, count }
  }
  const variable = INDEX_VARIABLES.find((name) => (process.env[name] ?? '') !== '')
  if (variable === undefined) {
    throw usageError(
      'INVALID_SHARD',
      `--shard-files ${count} needs this process's index: give K/${count}, or run it as a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) or a Slurm array (SLURM_ARRAY_TASK_ID)`,
      { shard: text },
    )
  }
  const value = (process.env[variable] as string).trim()
  const index = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(Number.isSafeInteger(index) && index < count)) {
    throw usageError(
      'INVALID_SHARD',
      `${variable}=${JSON.stringify(value)} is not an index from 0 to ${count - 1} for --shard-files ${count}${variable === 'SLURM_ARRAY_TASK_ID' ? ` (run the array as --array=0-${count - 1})` : ''}`,
      { shard: text, variable },
    )
  }
  return { index, count }
}

/** Reads the config: a JSON object, from the file or from `config.json` in the folder given. */
async function readConfig(path: string): Promise<{ configPath: string; config: HfConfig }> {
  const isFolder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  )
  const configPath = isFolder ? join(path, 'config.json') : path
  const { readRegularFile } = await import('@weightinit/buffers/node')
  const bytes = await readRegularFile(configPath, {
    maxBytes: MAX_CONFIG_BYTES,
    what: 'the config',
  })
  let config: unknown
  try {
    config = JSON.parse(new TextDecoder().decode(bytes))
  } catch (error) {
    throw usageError(
      'INVALID_MODEL_CONFIG',
      `'${configPath}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      { path: configPath },
    )
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw usageError('INVALID_MODEL_CONFIG', `'${configPath}' holds JSON but not an object`, {
      path: configPath,
    })
  }
  return { configPath, config: config as HfConfig }
}

/** Prints the plan: every tensor and file, as a table or one JSON object. */
async function printPlan(plan: CheckpointPlan, flags: CheckpointFlags, io: CliIo): Promise<void> {
  if (flags.json === true) {
    await write(io.stdout, `${toJson(planJson(plan))}\n`)
    return
  }
  const { manifest } = plan
  const rows = plan.tensors.map((t) => [
    t.name,
    `[${t.shape.join(', ')}]`,
    t.dtype,
    t.file,
    drawText(t),
  ])
  const head = `${manifest.architecture} (${manifest.modelType}), ${plan.scheme}, seed ${String(plan.seed)}, ${plan.dtype}: ${manifest.tensors.length} tensors, ${manifest.parameters.toLocaleString('en-US')} parameters, ${formatBytes(plan.dataBytes)} in ${plan.files.length} file${plan.files.length === 1 ? '' : 's'}`
  const files = plan.files.map(
    (f) => `  ${f.name}: ${f.tensors.length} tensors, ${formatBytes(f.size)}`,
  )
  await write(
    io.stdout,
    `${head}\n${files.join('\n')}\n\n${table(['tensor', 'shape', 'dtype', 'file', 'draw'], rows)}\n`,
  )
}

/** How a tensor is drawn, in words: the spec and std, or each Q/K/V block's. */
function drawText(t: CheckpointTensor): string {
  if (!t.plan.packed) return `${compactSpec(t.plan.spec)}: ${describeDraw(t.plan.plan)}`
  return t.plan.parts.map((p) => `${p.role} ${compactSpec(p.spec)}`).join('; ')
}

/** The dry run as JSON: every tensor (name, shape, dtype, file, role, block, spec, std) and the totals. */
function planJson(plan: CheckpointPlan): Record<string, unknown> {
  const { manifest } = plan
  return {
    modelType: manifest.modelType,
    architecture: manifest.architecture,
    scheme: plan.scheme,
    seed: plan.seed,
    dtype: plan.dtype,
    maxShardSize: plan.maxShardSize,
    tied: manifest.tied,
    totals: { parameters: manifest.parameters, bytes: plan.dataBytes, files: plan.files.length },
    files: plan.files.map((f) => ({ name: f.name, bytes: f.size, tensors: f.tensors.length })),
    tensors: plan.tensors.map((t) => ({
      name: t.name,
      shape: t.shape,
      dtype: t.dtype,
      file: t.file,
      role: t.role,
      ...(t.block === undefined ? {} : { block: t.block }),
      ...(t.plan.packed
        ? {
            parts: t.plan.parts.map((p) => ({
              role: p.role,
              start: p.start,
              size: p.size,
              spec: p.spec,
              std: p.plan.std,
            })),
          }
        : { spec: t.plan.spec, std: t.plan.plan.std }),
    })),
  }
}

/** Writes this process's files with progress on a terminal; Ctrl-C leaves no partial file. */
async function writeFiles(
  request: CheckpointRequest,
  io: CliIo,
): Promise<WrittenCheckpoint & { seconds: number }> {
  const { flags, threads, shardFiles, options, config } = request
  const progress = createProgress(io, 'checkpoint', 'bytes', request.quiet)
  const started = performance.now()
  const { writeCheckpoint } = await import('@weightinit/buffers/node')
  try {
    const written = await withInterrupt((signal) =>
      writeCheckpoint(config, flags.output as string, {
        ...options,
        ...(threads === undefined ? {} : { threads }),
        ...(shardFiles === undefined ? {} : { shardFiles }),
        signal,
        onProgress: (done, total) => progress.update(done, total),
      }),
    )
    return { ...written, seconds: (performance.now() - started) / 1000 }
  } finally {
    progress.end()
  }
}

/** Prints what was written: one JSON object on stdout with --json, else a line on stderr. */
async function renderWritten(
  request: CheckpointRequest,
  written: WrittenCheckpoint & { seconds: number },
  io: CliIo,
): Promise<void> {
  const { plan, seconds } = written
  const bytes = written.written.reduce((sum, f) => sum + f.bytes, 0)
  if (request.flags.json === true) {
    const json = {
      directory: written.directory,
      modelType: plan.manifest.modelType,
      architecture: plan.manifest.architecture,
      scheme: plan.scheme,
      seed: plan.seed,
      dtype: plan.dtype,
      ...(request.shardFiles === undefined ? {} : { shardFiles: request.shardFiles }),
      written: written.written,
      totals: {
        parameters: plan.manifest.parameters,
        bytes: plan.dataBytes,
        files: plan.files.length,
      },
      seconds,
    }
    await write(io.stdout, `${toJson(json)}\n`)
    return
  }
  if (request.quiet) return
  const weights = written.written.filter((f) => f.path.endsWith('.safetensors')).length
  const share =
    request.shardFiles === undefined
      ? `${plan.files.length} file${plan.files.length === 1 ? '' : 's'}`
      : `${weights} of ${plan.files.length} files (process ${request.shardFiles.index} of ${request.shardFiles.count})`
  await write(
    io.stderr,
    `wrote ${request.flags.output}: ${share}, ${formatBytes(bytes)}, ${plan.manifest.architecture} ${plan.manifest.parameters.toLocaleString('en-US')} parameters, ${plan.scheme} seed ${String(plan.seed)} ${plan.dtype}, in ${num(Number(seconds.toFixed(2)))} s (${formatBytes(seconds > 0 ? bytes / seconds : 0)}/s)\n`,
  )
}
