import { checkOptions, type OptionNames } from '@weightinit/core/errors'
import { checkOnnxModel } from '../model/checkOnnxModel'
import type { OnnxModel } from '../model/OnnxModel'
import { fillUnread } from '../model/unreadBytes'
import { encodeWithPlan } from './encodeWithPlan'
import { planOutput } from './planOutput'

/**
 * Options of {@link encodeModel}.
 *
 * @example
 * ```ts
 * import type { EncodeOptions } from '@weightinit/onnx'
 * const options: EncodeOptions = { inlineExternal: true }
 * ```
 */
export interface EncodeOptions {
  /** Bring tensors now in external files into the model (default false: keep their references). */
  readonly inlineExternal?: boolean
}

/** The names {@link encodeModel} takes in its options. */
const ENCODE_OPTIONS = {
  inlineExternal: true,
} as const satisfies OptionNames<EncodeOptions>

/**
 * The bytes of a model with its edits applied. An unchanged model read from bytes gives back those
 * very bytes; edits that overwrite `raw_data` of the same size are spliced into a copy of them, so
 * every other byte stays as it was; other changes re-encode the model by protobuf (unknown fields,
 * metadata, training info and functions kept).
 *
 * @param model - the model
 * @param options - whether to inline external data
 *
 * @example
 * ```ts
 * import { encodeModel, readModel } from '@weightinit/onnx'
 * const model = await readModel('model.onnx')
 * encodeModel(model) // the file's bytes, unchanged
 * ```
 */
export function encodeModel(model: OnnxModel, options: EncodeOptions = {}): Uint8Array {
  checkOnnxModel(model)
  checkOptions(options, 'encode options', undefined, ENCODE_OPTIONS)
  fillUnread(model)
  const plan = planOutput(model, {
    external: null,
    inlineExternal: options.inlineExternal === true,
  })
  if (model.bytes !== null && plan.changed === 0) return model.bytes
  if (model.bytes !== null && plan.splice) {
    // a copy (a Node Buffer's `slice` is a view: splicing into it would change the model read)
    const out = new Uint8Array(model.bytes)
    for (const { action } of plan.entries) {
      if (action.kind === 'inline' && action.splice !== null) out.set(action.bytes(), action.splice)
    }
    return out
  }
  return encodeWithPlan(model, plan, '')
}
