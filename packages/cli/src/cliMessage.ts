import type { ErrorCode, WeightinitError } from '@weightinit/core'
import type { InstallPlace } from './installPlace'
import { onnxruntimeInstallCommand } from './onnxruntimeInstallCommand'

type Details = Readonly<Record<string, unknown>>
type Render = (details: Details, place: InstallPlace) => string | undefined

/**
 * The CLI's own words for the errors whose fix the library words for API callers (an option to
 * pass, a package to install): by code, from the error's details, never from its message.
 */
const renderers: { readonly [C in ErrorCode]?: Render } = {
  // writeFilesAtomic: { path, option: 'overwrite' } when overwrite: false refused a file
  FILE_EXISTS: ({ path, option }) =>
    option === 'overwrite'
      ? `'${String(path)}' exists; leave out --no-clobber to replace it`
      : undefined,
  // planTransfer: { tensor, source, target, from, targetType, sourceType, option: 'reinitialize' };
  // summarizeTransfer: { copied, candidates, minFraction, unmatched, unmatchedCount, option: 'strict' }
  TRANSFER_MISMATCH: (d) =>
    d['option'] === 'reinitialize'
      ? `tensor '${String(d['tensor'])}' is ${String(d['targetType'])} [${dims(d['target'])}] in the target but ${String(d['sourceType'])} [${dims(d['from'])}] as '${String(d['source'])}' in the pre-trained model; name it with --reinitialize to re-initialize it instead`
      : d['option'] === 'strict'
        ? `${fewCopied(d)}; --strict refuses it: pair the names with --map TARGET=SOURCE, or lower --min-copy-fraction`
        : undefined,
  // checkResizedShapes: { heads, other, dims, reason }; dims null when `other` is no tensor to resize
  RESIZE_MISMATCH: ({ heads, other, dims: fixed, reason }) =>
    Array.isArray(fixed) && heads !== null && typeof heads === 'object'
      ? `${headFlags(heads)} breaks the graph: ${String(reason)}; add --head ${String(other)}=${fixed.join(',')}`
      : undefined,
  // checkStructuredMemory (core), checkFileMemory (buffers): { tensor, dtype, copies, needed, maxBytes, limitFrom }
  MEMORY_LIMIT: ({ tensor, dtype, copies, needed, maxBytes, limitFrom }) =>
    typeof needed === 'number' && typeof maxBytes === 'number'
      ? `${String(tensor)} needs ${gib(needed)} of working memory in ${String(dtype)}${typeof copies === 'number' && copies > 1 ? ` (${copies} threads each compute it; fewer --threads need less)` : ''}, more than the limit of ${gib(maxBytes)} (${limitFrom === 'machine' ? "80% of this machine's memory" : '--max-memory'}): it is computed whole; give --max-memory ${Math.ceil(needed / 1e9)}GB or more to allow it, if the machine has the memory`
      : undefined,
  // planScheme (core): { scheme, role, option, meaning }; the graph (or a config) did not give it
  MISSING_SCHEME_OPTION: ({ scheme, role, option, meaning }) =>
    typeof option === 'string' && typeof scheme === 'string'
      ? `${scheme} needs ${option} (${String(meaning)})${typeof role === 'string' ? ` for ${role}` : ''}, which the model does not give: pass --recipe-option ${option}=VALUE`
      : undefined,
  // resolveThreads (buffers): { option: 'threads', threads, max, cores, bytesPerThread }
  // untieSelection (onnx): { option: 'untie', glob, shared }
  INVALID_ARGUMENT: (d) =>
    d['option'] === 'threads'
      ? `--threads must be an integer from 1 to ${String(d['max'])} on this machine (at most 4 per core for its ${String(d['cores'])} cores, and as many as fit a fifth of its memory at about ${Number(d['bytesPerThread']) / 1e6} MB per thread), got ${String(d['threads'])}`
      : d['option'] === 'untie' && Array.isArray(d['shared'])
        ? `--untie '${String(d['glob'])}' names no shared tensor${d['shared'].length === 0 ? ' (the model has none)' : `; the shared ones are ${d['shared'].slice(0, 8).join(', ')}${d['shared'].length > 8 ? ', …' : ''}`}`
        : undefined,
  // loadOrt: { package: 'onnxruntime-node', reason }
  RUNTIME_UNAVAILABLE: ({ reason }, place) =>
    typeof reason === 'string'
      ? `onnxruntime-node could not be loaded (${reason}); verify, lsuv and patch --verify need it: ${onnxruntimeInstallCommand(place)}${place.platform === 'win32' ? '' : ' (the variable skips its install script, which downloads GPU binaries and fails offline)'}`
      : undefined,
}

/**
 * The message the CLI prints for a library error: its own wording where the library's fix names an
 * API option or an install command (see `renderers`), the library's message otherwise.
 *
 * @param error - the library's error
 * @param place - where the CLI runs from (for the install command of onnxruntime-node)
 * @returns the message, without the command prefix or the code
 *
 * @example
 * ```ts
 * import { WeightinitError } from '@weightinit/core'
 * import { cliMessage } from './cliMessage'
 * import { currentInstallPlace } from './installPlace'
 * const error = new WeightinitError('FILE_EXISTS', "'w.npy' exists and overwrite is false", { path: 'w.npy', option: 'overwrite' })
 * cliMessage(error, currentInstallPlace()) // "'w.npy' exists; leave out --no-clobber to replace it"
 * ```
 */
export function cliMessage(error: WeightinitError, place: InstallPlace): string {
  return renderers[error.code]?.(error.details, place) ?? error.message
}

/**
 * A transfer that copied little or nothing, in the CLI's words (from `summarizeTransfer`'s details,
 * or a patch report's `transfer`): how many, the share expected, and names that found no match.
 *
 * @param d - `copied`, `candidates`, `minFraction`, and `unmatched` (some names) with
 *   `unmatchedCount` (how many)
 * @example
 * ```ts
 * import { fewCopied } from './cliMessage'
 * fewCopied({ copied: 0, candidates: 102, minFraction: 0.5, unmatched: ['conv1.weight'], unmatchedCount: 102 })
 * // "--from copied 0 of the 102 tensors it could fill (0%), less than the 50% expected …"
 * ```
 */
export function fewCopied(d: Details): string {
  const copied = Number(d['copied'])
  const candidates = Number(d['candidates'])
  const names = Array.isArray(d['unmatched']) ? d['unmatched'].map((n) => `'${String(n)}'`) : []
  const count = typeof d['unmatchedCount'] === 'number' ? d['unmatchedCount'] : names.length
  const unmatched =
    count === 0
      ? ''
      : `: ${count} have no tensor of that name in the pre-trained model (${names.join(', ')}${count > names.length ? ', …' : ''})`
  return `--from copied ${copied} of the ${candidates} tensors it could fill (${percent(candidates === 0 ? 1 : copied / candidates)}), less than the ${percent(Number(d['minFraction']))} expected (--min-copy-fraction)${unmatched}`
}

/** `--head fc.weight=10,512 --head fc.bias=10`: the flags that asked for these resizes. */
function headFlags(heads: object): string {
  return Object.entries(heads)
    .map(([name, to]) => `--head ${name}=${Array.isArray(to) ? to.join(',') : String(to)}`)
    .join(' ')
}

/** "50%", "1.2%". */
function percent(fraction: number): string {
  return `${Number((fraction * 100).toPrecision(3))}%`
}

/** "7.47 GiB". */
function gib(bytes: number): string {
  return `${(bytes / 1073741824).toFixed(2)} GiB`
}

function dims(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value)
}
