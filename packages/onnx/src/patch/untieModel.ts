import { clone } from '@bufbuild/protobuf'
import type { TensorAnalysis } from '../analyze/analysisTypes'
import { analyze } from '../analyze/analyze'
import { PASS_THROUGH } from '../analyze/followUses'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { type GraphProto, type NodeProto, TensorProtoSchema } from '../schema/generated/onnx_pb'
import { encodeForRuntime } from '../verify/encodeForRuntime'
import { untieSelection } from './untieSelection'

/**
 * A model with shared tensors split: the model (the input itself when nothing was split), each new
 * tensor with the one it was split from, the tensors that stopped being a tied head, and the globs
 * that named nothing.
 *
 * @example
 * ```ts
 * import type { UntiedModel } from './untieModel'
 * declare const untied: UntiedModel
 * untied.untied.get('encoder.layers.1.self_attn.out_proj.bias') // 'encoder.layers.0.self_attn.out_proj.bias'
 * ```
 */
export interface UntiedModel {
  readonly model: OnnxModel
  /** New tensor name → the tensor it was split from. */
  readonly untied: ReadonlyMap<string, string>
  /** Tensors whose `tied_embedding` use is now a token embedding or a readout. */
  readonly untiedHeads: ReadonlySet<string>
  readonly unmatched: readonly string[]
}

/**
 * Gives each use of a shared tensor its own tensor (see {@link untieSelection} for which): in a
 * private copy of the model, every node of the main graph that reads the tensor directly starts a
 * branch; the branch of the parameter the tensor is named after keeps it, and each other branch
 * gets a copy named after the parameter behind its uses (`encoder.layers.1.linear1.bias`). Where
 * the branch is the exporter's `Identity` whose output already carries that name, the `Identity`
 * is replaced by the new initializer; else the node reads the new tensor. The graph stays valid
 * (every name defined once); the copy has no source bytes, so it is re-encoded when written.
 *
 * @param model - the model
 * @param untie - `true`, or globs (see `PatchOptions.untie`)
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { untieModel } from './untieModel'
 * const { model, untied } = untieModel(await readModel('encoder.onnx'), true)
 * untied.size // one tensor per de-duplicated parameter
 * ```
 */
export function untieModel(model: OnnxModel, untie: boolean | readonly string[]): UntiedModel {
  const selection = untieSelection(analyze(model), untie)
  const untiedHeads = new Set<string>(selection.heads)
  const untied = new Map<string, string>()
  if (selection.tensors.length === 0) {
    return { model, untied, untiedHeads, unmatched: selection.unmatched }
  }
  // A fresh, private copy (edits applied, every tensor inline), which can be changed freely; a new
  // top-level object, so no walk of the model is remembered from before the change.
  const copy = decodeModel(encodeForRuntime(model, []), { skipExternalCheck: true })
  const proto = { ...copy.proto }
  const graph = proto.graph!
  const names = valueNames(graph)
  const dropped = new Set<NodeProto>()
  for (const tensor of selection.tensors) {
    const original = graph.initializer.find((t) => t.name === tensor.name)
    if (original === undefined) continue
    const branches = branchesOf(graph, tensor)
    const keeper = Math.max(
      0,
      branches.findIndex(
        (b) => b.names.includes(tensor.displayName) || b.names.includes(tensor.name),
      ),
    )
    branches.forEach((branch, b) => {
      if (b === keeper) return
      const wanted = branch.names.length === 1 ? branch.names[0]! : tensor.displayName
      const { node, input } = branch
      const alias = node.opType === 'Identity' && node.domain === '' ? node.output[0] : undefined
      let name: string
      if (alias === wanted && !graph.output.some((o) => o.name === alias)) {
        name = wanted
        dropped.add(node)
      } else {
        name = unique(wanted, names)
        node.input[input] = name
      }
      names.add(name)
      const split = clone(TensorProtoSchema, original)
      split.name = name
      graph.initializer.push(split)
      untied.set(name, tensor.name)
      if (tensor.sharing?.kind === 'tied') untiedHeads.add(tensor.name).add(name)
    })
  }
  graph.node = graph.node.filter((n) => !dropped.has(n))
  return {
    model: { proto, bytes: null, path: model.path, dir: model.dir, edits: new Map() },
    untied,
    untiedHeads,
    unmatched: selection.unmatched,
  }
}

/** A node that reads the tensor directly, and the parameter names of the uses it leads to. */
interface Branch {
  readonly node: NodeProto
  readonly input: number
  readonly names: readonly string[]
}

/**
 * Each direct reader of the tensor in the main graph, with the parameter names of the analysis'
 * uses reached from it through pass-through ops (matched by node name and input).
 */
function branchesOf(graph: GraphProto, tensor: TensorAnalysis): Branch[] {
  const readers = new Map<string, { node: NodeProto; input: number }[]>()
  for (const node of graph.node) {
    node.input.forEach((value, input) => {
      if (value.length === 0) return
      const list = readers.get(value)
      if (list === undefined) readers.set(value, [{ node, input }])
      else list.push({ node, input })
    })
  }
  const terminals = (node: NodeProto, input: number, depth: number): string[] => {
    const passes = PASS_THROUGH.has(node.opType) && node.domain === '' && input === 0
    const next = node.output[0]
    if (!passes || depth >= 16 || next === undefined || next.length === 0) {
      return [`${node.name}\u0000${input}`]
    }
    return (readers.get(next) ?? []).flatMap((r) => terminals(r.node, r.input, depth + 1))
  }
  return (readers.get(tensor.name) ?? []).map(({ node, input }) => {
    const reached = new Set(terminals(node, input, 0))
    const names: string[] = []
    for (const use of tensor.uses) {
      const name = use.parameterName
      if (use.graphPath !== 'main' || name === null || names.includes(name)) continue
      if (reached.has(`${use.node}\u0000${use.input}`)) names.push(name)
    }
    return { node, input, names }
  })
}

/** Every value name the main graph defines or declares. */
function valueNames(graph: GraphProto): Set<string> {
  const names = new Set<string>()
  for (const v of [...graph.input, ...graph.output, ...graph.valueInfo]) names.add(v.name)
  for (const t of graph.initializer) names.add(t.name)
  for (const node of graph.node) for (const o of node.output) names.add(o)
  return names
}

/** `name`, or `name.untied`, `name.untied2`, … when it is taken. */
function unique(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${name}.untied` : `${name}.untied${i}`
    if (!taken.has(candidate)) return candidate
  }
}
