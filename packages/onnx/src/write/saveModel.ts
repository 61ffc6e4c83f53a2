import { realpathSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { type AtomicFile, type AtomicFileWriter, writeFilesAtomic } from '@weightinit/buffers/node'
import { checkOptions, describeValue, fail, type OptionNames } from '@weightinit/core/errors'
import { checkExternalLocation } from '../external/checkExternalLocation'
import { externalDataOf } from '../external/externalDataOf'
import { checkOnnxModel } from '../model/checkOnnxModel'
import { MAX_PROTOBUF_BYTES } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorElementCount } from '../model/tensorElementCount'
import { tensorStorage } from '../model/tensorStorage'
import { unreadBytes } from '../model/unreadBytes'
import { walkModel } from '../model/walkModel'
import { encodeWithPlan } from './encodeWithPlan'
import { type ExternalDataOptions, type OutputPlan, planOutput } from './planOutput'
import { type DrawnRange, writeDrawn } from './writeDrawn'
import { TENSOR_CHUNK_BYTES, writeTensorChunks } from './writeTensorChunks'

/**
 * Options of {@link saveModel}.
 *
 * @example
 * ```ts
 * import type { SaveOptions } from '@weightinit/onnx'
 * const options: SaveOptions = { externalData: { location: 'weights.bin', alignment: 65536 }, overwrite: false }
 * ```
 */
export interface SaveOptions {
  /**
   * Put initializers in one external data file beside the model: `true`, options, or `false`.
   * Default: when the model read had external data, or when the model would pass 2 GiB.
   */
  readonly externalData?: boolean | ExternalDataOptions
  /**
   * Replace existing files (default true, as `onnx.save` and the `weightinit` CLI do); `false` refuses
   * with `FILE_EXISTS`. The input model and its data files are never replaced (`OUTPUT_IS_INPUT`).
   */
  readonly overwrite?: boolean
  /** Cancels the write (`WRITE_ABORTED`); nothing is left behind. */
  readonly signal?: AbortSignal
  /** Called as bytes are written, with the bytes written so far and the total (model and data). */
  readonly onProgress?: (written: number, total: number) => void
}

/**
 * What {@link saveModel} wrote.
 *
 * @example
 * ```ts
 * import { readModel, saveModel, type SaveResult } from '@weightinit/onnx'
 * const result: SaveResult = await saveModel(await readModel('m.onnx'), 'copy.onnx')
 * result.spliced // true: the source bytes were copied
 * ```
 */
export interface SaveResult {
  readonly path: string
  /** The external data file, or `null`. */
  readonly dataPath: string | null
  readonly bytes: number
  readonly dataBytes: number
  /** Whether the source bytes were copied with only changed `raw_data` overwritten. */
  readonly spliced: boolean
  /** Tensors whose bytes were written anew (edited, moved to or from external data). */
  readonly changed: number
}

const SPLICE_CHUNK = 16 << 20

/** The names {@link saveModel} takes in its options. */
const SAVE_OPTIONS = {
  externalData: true,
  overwrite: true,
  signal: true,
  onProgress: true,
} as const satisfies OptionNames<SaveOptions>

/**
 * Writes a model with its edits to a file, atomically (temporary files renamed into place; nothing
 * is left behind on failure). Without external data, changes that overwrite `raw_data` of the same
 * size are spliced into the source bytes, streamed to the file one tensor at a time. With external
 * data, every initializer of at least `threshold` bytes goes to one data file at aligned offsets and
 * the model holds only the graph.
 *
 * @param model - the model
 * @param path - the `.onnx` file to write
 * @param options - external data and overwrite
 * @throws `OUTPUT_IS_INPUT` when a destination is the input model or one of its data files, whatever
 *   `overwrite` says; `FILE_EXISTS` when a destination exists and `overwrite` is false;
 *   `PATH_NOT_FOUND`, `WRITE_FAILED`; `FILE_TOO_LARGE` past 2 GiB without external data
 *
 * @example
 * ```ts
 * import { readModel, saveModel } from '@weightinit/onnx'
 * const model = await readModel('model.onnx')
 * await saveModel(model, 'copy.onnx') // byte-identical copy
 * await saveModel(model, 'split.onnx', { externalData: true }) // split.onnx + split.onnx.data
 * ```
 */
export async function saveModel(
  model: OnnxModel,
  path: string,
  options: SaveOptions = {},
): Promise<SaveResult> {
  checkOnnxModel(model)
  if (typeof path !== 'string' || path.length === 0) {
    fail('INVALID_ARGUMENT', `path must be a non-empty string, got ${describeValue(path)}`, {})
  }
  checkOptions(options, 'save options', undefined, SAVE_OPTIONS)
  const target = resolve(path)
  const external = externalOptions(model, target, options.externalData)
  const dataPath = external === null ? null : resolve(dirname(target), external.location)
  refuseInputs(model, [target, ...(dataPath === null ? [] : [dataPath])])
  const plan = planOutput(model, { external, inlineExternal: true })
  const files: AtomicFile[] = []
  let spliced = false
  let bytes: number
  if (external !== null) {
    files.push({ path: dataPath!, produce: (file) => writeData(file, plan, options.signal) })
    const encoded = encodeWithPlan(model, plan, external.location)
    bytes = encoded.length
    files.push({ path: target, produce: (file) => file.append(encoded) })
  } else if (model.bytes !== null && plan.splice) {
    spliced = true
    bytes = model.bytes.length
    const source = model.bytes
    files.push({
      path: target,
      produce: (file) => writeSpliced(file, model, source, plan, options.signal),
    })
  } else {
    const encoded = encodeWithPlan(model, plan, '')
    bytes = encoded.length
    files.push({ path: target, produce: (file) => file.append(encoded) })
  }
  const { onProgress } = options
  const total = bytes + (external === null ? 0 : plan.dataBytes)
  let written = 0
  const advance = (count: number) => {
    written += count
    onProgress?.(written, total)
  }
  // Each file's bytes as they are written; padding counts when the length is set.
  const counted = (file: AtomicFileWriter): AtomicFileWriter => {
    let mine = 0
    const add = (count: number) => {
      mine += count
      advance(count)
    }
    return {
      append: async (chunk) => {
        await file.append(chunk)
        add(chunk.length)
      },
      writeAt: async (chunk, position) => {
        await file.writeAt(chunk, position)
        add(chunk.length)
      },
      setLength: async (length) => {
        await file.setLength(length)
        if (length > mine) add(length - mine)
      },
    }
  }
  await writeFilesAtomic(
    files.map((file) => ({ path: file.path, produce: (out) => file.produce(counted(out)) })),
    {
      overwrite: options.overwrite !== false,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    },
  )
  return {
    path: target,
    dataPath,
    bytes,
    dataBytes: plan.dataBytes,
    spliced,
    changed: plan.changed,
  }
}

/** Resolves the external data options: explicit, or automatic (source had external data, or > 2 GiB). */
function externalOptions(
  model: OnnxModel,
  target: string,
  option: boolean | ExternalDataOptions | undefined,
): { location: string; threshold: number; alignment: number } | null {
  const wanted = option ?? (hasExternalData(model) || inlineSize(model) > MAX_PROTOBUF_BYTES)
  if (wanted === false) return null
  const settings: ExternalDataOptions = wanted === true ? {} : wanted
  const location = settings.location ?? `${basename(target)}.data`
  checkExternalLocation(location, '(external data file)')
  if (location.includes('/') || location.includes('\\')) {
    fail(
      'UNSAFE_PATH',
      `the external data file must be a file name beside the model, got '${location}'`,
      {
        location,
      },
    )
  }
  const threshold = settings.threshold ?? 1024
  const alignment = settings.alignment ?? 4096
  if (!Number.isSafeInteger(threshold) || threshold < 0) {
    fail(
      'INVALID_ARGUMENT',
      `externalData.threshold must be a non-negative integer, got ${describeValue(threshold)}`,
      {
        threshold,
      },
    )
  }
  if (!Number.isSafeInteger(alignment) || alignment < 1) {
    fail(
      'INVALID_ARGUMENT',
      `externalData.alignment must be a positive integer, got ${describeValue(alignment)}`,
      {
        alignment,
      },
    )
  }
  return { location, threshold, alignment }
}

function hasExternalData(model: OnnxModel): boolean {
  return walkModel(model.proto).tensors.some(
    ({ tensor, name }) =>
      tensorStorage(tensor, tensorElementCount(tensor.dims, name)) === 'external',
  )
}

/** An upper estimate of the model's size with everything inline. */
function inlineSize(model: OnnxModel): number {
  let size = model.bytes?.length ?? 0
  for (const { tensor } of walkModel(model.proto).tensors) {
    const edit = model.edits.get(tensor)
    if (edit !== undefined) size += edit.byteLength
    else if (tensor.externalData.length > 0) {
      for (const entry of tensor.externalData) {
        const length = Number(entry.value)
        if (entry.key === 'length' && Number.isSafeInteger(length)) size += length
      }
    }
  }
  return size
}

/** Refuses to write over the input model or any file its external data comes from. */
function refuseInputs(model: OnnxModel, destinations: readonly string[]): void {
  const inputs = new Set<string>()
  if (model.path !== null) inputs.add(real(model.path))
  if (model.dir !== null) {
    for (const { tensor, name } of walkModel(model.proto).tensors) {
      if (tensor.dataLocation === 1)
        inputs.add(real(resolve(model.dir, externalDataOf(tensor, name).location)))
    }
  }
  for (const destination of destinations) {
    if (inputs.has(real(destination))) {
      fail(
        'OUTPUT_IS_INPUT',
        `'${destination}' is the input model or one of its data files; write to another path`,
        { path: destination },
      )
    }
  }
}

function real(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    try {
      return resolve(realpathSync(dirname(path)), basename(path))
    } catch {
      return resolve(path)
    }
  }
}

/** Streams the source bytes with changed `raw_data` ranges overwritten. */
async function writeSpliced(
  file: AtomicFileWriter,
  model: OnnxModel,
  source: Uint8Array,
  plan: OutputPlan,
  signal: AbortSignal | undefined,
): Promise<void> {
  const ranges = plan.entries
    .flatMap(({ site, action }) =>
      action.kind === 'inline' && action.splice !== null ? [{ ...action, name: site.name }] : [],
    )
    .sort((a, b) => a.splice! - b.splice!)
  let position = 0
  // Bytes left in the file (a model from readModelLean) are read through one reused buffer
  let scratch: Uint8Array | undefined
  const copyTo = async (end: number) => {
    while (position < end) {
      const next = Math.min(end, position + SPLICE_CHUNK)
      if (model.unread !== undefined) scratch ??= new Uint8Array(SPLICE_CHUNK)
      await file.writeAt(unreadBytes(model, source.subarray(position, next), scratch), position)
      position = next
    }
  }
  // Drawn tensors are generated by worker threads once the rest is in place
  const drawn: DrawnRange[] = []
  for (const range of ranges) {
    await copyTo(range.splice!)
    if (range.draw !== undefined) {
      drawn.push({ name: range.name, position, byteLength: range.byteLength, draw: range.draw })
      position += range.byteLength
      continue
    }
    const bytes = range.bytes()
    if (bytes.length !== range.byteLength) {
      fail(
        'INVALID_TENSOR',
        `an edit produced ${bytes.length} bytes, expected ${range.byteLength}`,
        {},
      )
    }
    await file.writeAt(bytes, position)
    position += bytes.length
  }
  await copyTo(source.length)
  await writeDrawn(file, drawn, signal)
}

/**
 * Writes each external tensor at its offset, zero padding between: a tensor larger than a chunk
 * that can be produced by range (generated element-wise, or read from a file) chunk by chunk (see
 * {@link writeTensorChunks}), any other whole.
 */
async function writeData(
  file: AtomicFileWriter,
  plan: OutputPlan,
  signal: AbortSignal | undefined,
): Promise<void> {
  const drawn: DrawnRange[] = []
  for (const { site, action } of plan.entries) {
    if (action.kind !== 'external') continue
    if (action.draw !== undefined) {
      const { byteLength, draw, offset } = action
      drawn.push({ name: site.name, position: offset, byteLength, draw })
      continue
    }
    if (action.slice !== undefined && action.byteLength > TENSOR_CHUNK_BYTES) {
      await writeTensorChunks(file, action.offset, action.byteLength, action.slice, site.name)
      continue
    }
    const bytes = action.bytes()
    if (bytes.length !== action.byteLength) {
      fail(
        'INVALID_TENSOR',
        `tensor '${site.name}' produced ${bytes.length} bytes, expected ${action.byteLength}`,
        {
          tensor: site.name,
        },
      )
    }
    await file.writeAt(bytes, action.offset)
  }
  await writeDrawn(file, drawn, signal)
  await file.setLength(plan.dataBytes)
}
