import { checkOnnxModel } from '../model/checkOnnxModel'
import { floatDType } from '../model/floatDType'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorElementCount } from '../model/tensorElementCount'
import type { TensorSite } from '../model/tensorSite'
import { walkModel } from '../model/walkModel'
import type { SparseTensorProto } from '../schema/generated/onnx_pb'
import type { ActivationInfo, ModelAnalysis, TensorAnalysis, UseAnalysis } from './analysisTypes'
import { classifyUse, type UseClass } from './classifyUse'
import { fansOf } from './fansOf'
import { findActivation } from './findActivation'
import { followUses, type TerminalUse } from './followUses'
import { GraphIndex } from './graphIndex'
import { type NamedUse, type RecoveredNames, recoverNames } from './names/recoverNames'
import type { Role } from './roles'
import { sharingOf } from './sharingOf'
import { tensorPlace } from './tensorPlace'
import { recognizeTransformer } from './transformer/recognizeTransformer'
import type { ModelPlace } from './transformer/transformerTypes'

const NOT_PARAMETERS: ReadonlySet<Role> = new Set(['constant', 'unknown', 'quantized'])

/**
 * Analyzes every tensor of a model — main graph, subgraphs (`If`/`Loop`/`Scan`), `Constant` node
 * values and sparse initializers: its role, the ops that use it (through `Identity`, `Cast`,
 * `Transpose`, `Reshape` chains), layout and fans for each use, the activation after each layer and
 * its gain, and whether it is shared by several uses or their roles conflict. Every tensor also
 * gets a readable name (`displayName`: the PyTorch name recovered from the node scopes for an
 * exporter's `onnx::MatMul_743`) and, for every use, the parameter behind it. When the main graph
 * is a transformer, each tensor gets its place in it (core's role, block, packing) and the model a
 * `transformer` summary (blocks, width, heads, kv heads, norm, activation, tied head); other models
 * get `transformer: null`.
 *
 * @param model - the model
 *
 * @remarks Linear in the size of the graph: every search from a node is bounded.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * const { tensors } = analyze(await readModel('model.onnx'))
 * for (const t of tensors) {
 *   console.log(t.name, t.role, t.primary?.fans?.fanIn, t.primary?.activation?.nonlinearity)
 * }
 * ```
 */
export function analyze(model: OnnxModel): ModelAnalysis {
  checkOnnxModel(model)
  const index = new GraphIndex(model)
  const opsets: Record<string, number> = {}
  for (const opset of model.proto.opsetImport) {
    opsets[opset.domain === 'ai.onnx' ? '' : opset.domain] = Number(opset.version)
  }
  const drafts = walkModel(model.proto).tensors.map((site) => draftTensor(index, site))
  const transformer = recognizeTransformer(index)
  if (transformer !== null) {
    for (const draft of drafts) {
      for (const use of draft.uses) {
        use.place = transformer.places.get(use.node)?.get(use.terminal.use.index) ?? null
      }
    }
  }
  const names = recoverNames(drafts)
  let at = 0
  const tensors = drafts.map((draft, t) => {
    const tensor = finishTensor(draft, names, t, at)
    at += draft.uses.length
    return tensor
  })
  return { tensors, opsets, transformer: transformer?.analysis ?? null }
}

/** One use of a tensor before the transformer places and names are known (its place set later). */
interface DraftUse extends NamedUse {
  readonly terminal: TerminalUse
  readonly use: UseClass
  readonly activation: ActivationInfo | null
  place: ModelPlace | null
}

/** A tensor's facts and its uses, before the transformer places and names are known. */
interface Draft {
  readonly name: string
  readonly site: TensorSite
  readonly shape: readonly number[]
  readonly size: number
  readonly dtype: ReturnType<typeof floatDType>
  readonly isGraphInput: boolean
  readonly uses: readonly DraftUse[]
}

const NO_USES: readonly DraftUse[] = []

function draftTensor(index: GraphIndex, site: TensorSite): Draft {
  const { tensor } = site
  const name = site.name
  const shape = sparseShape(site) ?? tensor.dims.map(Number)
  const size = tensorElementCount(tensor.dims, name)
  const dtype = floatDType(tensor)
  const graph = site.graph === null ? null : (index.site(site.graph) ?? null)
  const isGraphInput =
    site.kind === 'initializer' &&
    site.graph !== null &&
    site.graph.input.some((i) => i.name === name)
  if (graph === null || site.kind === 'attribute' || dtype === null) {
    return { name, site, shape, size, dtype, isGraphInput, uses: NO_USES }
  }
  const uses = followUses(index, graph, name, shape).map((terminal): DraftUse => {
    const use = classifyUse(index, terminal, size)
    const activation =
      use.layerOutput === null ? null : findActivation(index, terminal.use.graph, use.layerOutput)
    return {
      terminal,
      use,
      activation,
      node: terminal.use.node,
      alias: terminal.alias,
      role: use.role,
      place: null,
    }
  })
  return { name, site, shape, size, dtype, isGraphInput, uses }
}

/** The analysis of tensor `t` (whose first use is use `first` of the recovered names). */
function finishTensor(
  draft: Draft,
  names: RecoveredNames,
  t: number,
  first: number,
): TensorAnalysis {
  const { site, shape, size, dtype, isGraphInput } = draft
  const { tensor } = site
  const uses = draft.uses.map(({ terminal, use, activation, place }, u) => {
    const { node } = terminal.use
    const analysis: UseAnalysis = {
      op: node.opType,
      domain: node.domain,
      node: node.name,
      input: terminal.use.index,
      graphPath: terminal.use.graph.path,
      role: use.role,
      via: terminal.via,
      view: terminal.view,
      fanView: use.fanView,
      fans: fansOf(use.fanView),
      torchFans: use.torchFans,
      gates: use.gates,
      blocks: use.blocks,
      activation,
      owner: use.owner,
      note: use.note,
      alias: terminal.alias,
      parameterName: names.useNames[first + u] ?? null,
      place,
    }
    return analysis
  })
  const graphless = site.graph === null || site.kind === 'attribute'
  const parameters = uses.filter((u) => !NOT_PARAMETERS.has(u.role))
  const primary = parameters[0] ?? null
  const role: Role = graphless
    ? site.kind === 'attribute'
      ? 'constant'
      : 'unknown'
    : dtype === null
      ? 'constant'
      : (primary?.role ??
        (uses.length > 0 && uses.every((u) => u.role === 'constant')
          ? 'constant'
          : uses.some((u) => u.role === 'quantized')
            ? 'quantized'
            : 'unknown'))
  // Every field written out: an object spread here (`{ ...base, … }`) costs tens of microseconds a
  // tensor in Node 20's V8, which a model of 10^5 tensors turns into seconds.
  return {
    name: site.name,
    tensor,
    kind: site.kind,
    graphPath: site.graphPath,
    dataType: tensor.dataType,
    dtype,
    shape,
    size,
    role,
    uses,
    primary,
    shared: uses.length > 1,
    conflict: conflictOf(uses),
    isGraphInput,
    sparse: site.kind === 'sparse_initializer' ? (site.slot.holder as SparseTensorProto) : null,
    recoveredName: names.recoveredNames[t] ?? null,
    displayName: names.displayNames[t] ?? site.name,
    place: tensorPlace(uses),
    sharing: sharingOf(uses),
  }
}

/** What the uses of a shared tensor disagree on, or `null`. */
function conflictOf(uses: readonly UseAnalysis[]): string | null {
  if (uses.length < 2) return null
  const describe = (u: UseAnalysis) =>
    `${u.role} of ${u.op}${u.node.length > 0 ? ` '${u.node}'` : ''}`
  const roles = new Set(uses.map((u) => u.role))
  if (roles.size > 1) return `used as ${uses.map(describe).join(' and as ')}`
  const fans = new Set(
    uses.map((u) => (u.fans === null ? 'none' : `${u.fans.fanIn}/${u.fans.fanOut}`)),
  )
  if (fans.size > 1)
    return `used by ${uses.length} ops with different fans (${[...fans].join(', ')})`
  const gains = new Set(uses.map((u) => u.activation?.gain ?? 1))
  if (gains.size > 1) return `used by ${uses.length} layers followed by different activations`
  return null
}

/** The dense shape of a sparse initializer's values. */
function sparseShape(site: TensorSite): number[] | null {
  if (site.kind !== 'sparse_initializer') return null
  return (site.slot.holder as SparseTensorProto).dims.map(Number)
}
