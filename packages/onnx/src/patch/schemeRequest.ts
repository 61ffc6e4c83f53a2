import type {
  Layout,
  ModelContext,
  Role as ModelRole,
  ParameterValue,
  SchemeKey,
  SchemeRequest,
} from '@weightinit/core'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'

/**
 * What every tensor of one patch is planned with: the scheme, the model context the analysis
 * recovered, the options that override it, and the tensors untied from a tied head (whose
 * `tied_embedding` role becomes `token_embedding` or `readout`).
 *
 * @example
 * ```ts
 * import type { SchemeInputs } from './schemeRequest'
 * const inputs: SchemeInputs = { scheme: 'megatron', context: { layers: 2 }, options: {}, untiedHeads: new Set() }
 * ```
 */
export interface SchemeInputs {
  readonly scheme: SchemeKey
  readonly context: ModelContext
  readonly options: Readonly<Record<string, ParameterValue>>
  readonly untiedHeads: ReadonlySet<string>
}

/**
 * The `planScheme` request for one use of a tensor, or `null` when the tensor's stored layout cannot
 * be told to the scheme (a packed tensor of rank 3 or more whose blocks lie along an inner axis).
 * The shape and layout are those of the stored tensor for a packed Q/K/V tensor (its blocks along
 * the packing's axis: `io` for a `[in, q + k + v]` weight, `oi` for `[q + k + v, in]`), else the op's
 * view (fans as the op sees them), else the stored shape.
 *
 * @param inputs - the scheme, context and options
 * @param tensor - the tensor
 * @param use - a use of it that has a place in the transformer
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { schemeRequest } from './schemeRequest'
 * const { tensors, transformer } = analyze(await readModel('gpt2.onnx'))
 * const t = tensors.find((x) => x.name === 'transformer.h.0.attn.c_attn.weight')!
 * schemeRequest({ scheme: 'megatron', context: transformer!.context, options: {}, untiedHeads: new Set() }, t, t.uses[0]!)
 * // { scheme: 'megatron', role: 'attention_qkv', shape: [32, 96], layout: 'io', block: 0, … }
 * ```
 */
export function schemeRequest(
  inputs: SchemeInputs,
  tensor: TensorAnalysis,
  use: UseAnalysis,
): SchemeRequest | null {
  const place = use.place!
  const geometry = requestGeometry(tensor, use)
  if (geometry === null) return null
  const request: Record<string, unknown> = {
    scheme: inputs.scheme,
    role: roleOf(inputs, tensor, use, place.role),
    shape: geometry.shape,
    context: inputs.context,
    options: inputs.options,
  }
  if (geometry.layout !== undefined) request['layout'] = geometry.layout
  if (place.block !== null) request['block'] = place.block
  if (place.stack !== null) request['stack'] = place.stack
  const fanIn = use.owner?.fanIn
  if (typeof fanIn === 'number') request['fanIn'] = fanIn
  return request as unknown as SchemeRequest
}

/** A tied head untied on purpose: the embedding's use is the token embedding, the head's the readout. */
function roleOf(
  inputs: SchemeInputs,
  tensor: TensorAnalysis,
  use: UseAnalysis,
  role: ModelRole,
): ModelRole {
  if (role !== 'tied_embedding' || !inputs.untiedHeads.has(tensor.name)) return role
  return use.role === 'embedding' ? 'token_embedding' : 'readout'
}

function requestGeometry(
  tensor: TensorAnalysis,
  use: UseAnalysis,
): { readonly shape: readonly number[]; readonly layout?: Layout } | null {
  const packing = use.place?.packing ?? null
  const shape = tensor.shape
  if (packing !== null) {
    if (shape.length === 1) return { shape }
    if (shape.length === 2) return { shape, layout: packing.axis === 0 ? 'oi' : 'io' }
    if (packing.axis === 0) return { shape, layout: 'oihw' }
    if (packing.axis === shape.length - 1) return { shape, layout: 'hwio' }
    return null
  }
  const view = use.fanView
  if (view !== null && view.groups === 1) return { shape: view.shape, layout: view.layout }
  return { shape }
}
