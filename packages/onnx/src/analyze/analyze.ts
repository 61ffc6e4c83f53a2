import { checkOnnxModel } from '../model/checkOnnxModel'
import { floatDType } from '../model/floatDType'
import type { OnnxModel } from '../model/OnnxModel'
import { tensorElementCount } from '../model/tensorElementCount'
import type { TensorSite } from '../model/tensorSite'
import { walkModel } from '../model/walkModel'
import type { SparseTensorProto } from '../schema/generated/onnx_pb'
import type { ModelAnalysis, TensorAnalysis, UseAnalysis } from './analysisTypes'
import { classifyUse } from './classifyUse'
import { fansOf } from './fansOf'
import { findActivation } from './findActivation'
import { followUses } from './followUses'
import { GraphIndex } from './graphIndex'
import type { Role } from './roles'

const NOT_PARAMETERS: ReadonlySet<Role> = new Set(['constant', 'unknown', 'quantized'])

/**
 * Analyzes every tensor of a model — main graph, subgraphs (`If`/`Loop`/`Scan`), `Constant` node
 * values and sparse initializers: its role, the ops that use it (through `Identity`, `Cast`,
 * `Transpose`, `Reshape` chains), layout and fans for each use, the activation after each layer and
 * its gain, and whether it is shared by several uses or their roles conflict.
 *
 * @param model - the model
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
  const tensors = walkModel(model.proto).tensors.map((site) => analyzeTensor(index, site))
  return { tensors, opsets }
}

function analyzeTensor(index: GraphIndex, site: TensorSite): TensorAnalysis {
  const { tensor } = site
  const shape = sparseShape(site) ?? tensor.dims.map(Number)
  const size = tensorElementCount(tensor.dims, site.name)
  const dtype = floatDType(tensor)
  const graph = site.graph === null ? null : (index.site(site.graph) ?? null)
  const isGraphInput =
    site.kind === 'initializer' &&
    site.graph !== null &&
    site.graph.input.some((i) => i.name === site.name)
  if (graph === null || site.kind === 'attribute') {
    // Attribute tensors (ConstantOfShape's value, …) are settings; function constants have no graph.
    const role: Role = site.kind === 'attribute' ? 'constant' : 'unknown'
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
      uses: [],
      primary: null,
      shared: false,
      conflict: null,
      isGraphInput,
      sparse: null,
    }
  }
  const uses =
    dtype === null
      ? []
      : followUses(index, graph, site.name, shape).map((terminal) => {
          const use = classifyUse(index, terminal, size)
          const { node } = terminal.use
          const activation =
            use.layerOutput === null
              ? null
              : findActivation(index, terminal.use.graph, use.layerOutput)
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
          }
          return analysis
        })
  const parameters = uses.filter((u) => !NOT_PARAMETERS.has(u.role))
  const primary = parameters[0] ?? null
  const role: Role =
    dtype === null
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
