import { fail } from '@weightinit/core/errors'
import { analyze } from '../analyze/analyze'
import { dataTypeInfo } from '../model/dataTypeInfo'
import { decodeModel } from '../model/decodeModel'
import type { OnnxModel } from '../model/OnnxModel'
import { walkModel } from '../model/walkModel'
import type { GraphProto, TypeProto, ValueInfoProto } from '../schema/generated/onnx_pb'
import { encodeForRuntime } from '../verify/encodeForRuntime'
import { checkResizedShapes } from './checkResizedShapes'

/** Ops a head's output passes through on its way to a graph output, keeping its channel size. */
const FOLLOW = new Set([
  'Add',
  'Sub',
  'Mul',
  'Div',
  'Softmax',
  'LogSoftmax',
  'Sigmoid',
  'Relu',
  'LeakyRelu',
  'PRelu',
  'Elu',
  'Selu',
  'Gelu',
  'Softplus',
  'HardSigmoid',
  'HardSwish',
  'Clip',
  'Tanh',
  'Identity',
  'Reshape',
  'Flatten',
  'Squeeze',
  'Unsqueeze',
  'Cast',
  'Dropout',
])

/**
 * A copy of a model with some tensors given new dims (a new head: 1000 classes → 10), their data
 * zeroed (to be re-initialized), and the declared shapes of the values downstream of each head —
 * graph outputs and `value_info` reached through bias `Add`, `Softmax`, reshapes and the like —
 * updated: each dim equal to a changed size (old → new) becomes the new size.
 *
 * @param model - the model
 * @param heads - new dims by tensor name (initializers of the main graph)
 * @throws `TRANSFER_MISMATCH` for a name the model does not have, or dims of another rank;
 *   `RESIZE_MISMATCH` when a tensor or declared shape that meets a resized one no longer fits it
 *   (a bias left at the old size, the next layer's inputs, a normalization): see
 *   `checkResizedShapes`
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { resizeHeads } from './resizeHeads'
 * const model = resizeHeads(await readModel('resnet.onnx'), { 'fc.weight': [10, 512], 'fc.bias': [10] })
 * ```
 */
export function resizeHeads(
  model: OnnxModel,
  heads: Readonly<Record<string, readonly number[]>>,
): OnnxModel {
  const { tensors } = analyze(model)
  const changes = new Map<number, number>()
  const starts: string[] = []
  for (const [name, dims] of Object.entries(heads)) {
    const t = tensors.find(
      (x) => x.name === name && x.kind === 'initializer' && x.graphPath === 'main',
    )
    if (t === undefined)
      fail(
        'TRANSFER_MISMATCH',
        `heads names '${name}', which is not an initializer of the main graph`,
        { tensor: name },
      )
    if (dims.length !== t.shape.length || dims.some((d) => !Number.isSafeInteger(d) || d < 1)) {
      fail(
        'TRANSFER_MISMATCH',
        `heads gives '${name}' dims [${dims.join(', ')}]; it has rank ${t.shape.length}, and dims must be positive integers`,
        {
          tensor: name,
        },
      )
    }
    t.shape.forEach((old, a) => {
      if (old !== dims[a]) changes.set(old, dims[a]!)
    })
    const out =
      t.primary === null
        ? undefined
        : model.proto.graph?.node.find((n) => n.name === t.primary!.node && n.input.includes(name))
            ?.output[0]
    if (out !== undefined) starts.push(out)
  }
  // A fresh, private copy (edits applied), which can be changed freely.
  const copy = decodeModel(encodeForRuntime(model, []), { skipExternalCheck: true })
  const graph = copy.proto.graph!
  for (const site of walkModel(copy.proto).tensors) {
    const dims = heads[site.name]
    if (dims === undefined || site.kind !== 'initializer' || site.graph !== graph) continue
    const info = dataTypeInfo(site.tensor.dataType)
    const size = dims.reduce((a, b) => a * b, 1)
    site.tensor.dims = dims.map(BigInt)
    site.tensor.rawData = new Uint8Array(Math.ceil((size * (info?.bits ?? 32)) / 8))
    site.tensor.floatData = []
    site.tensor.doubleData = []
    site.tensor.int32Data = []
  }
  const reached = downstream(graph, starts)
  const update = (info: ValueInfoProto) => {
    if (reached.has(info.name)) updateShape(info.type, changes)
  }
  graph.output.forEach(update)
  graph.valueInfo.forEach(update)
  // Before anything is written: every consumer of a resized tensor must still fit it.
  const before = initializerDims(model.proto.graph)
  const after = initializerDims(graph)
  checkResizedShapes(
    graph,
    (name) => before.get(name),
    (name) => after.get(name),
    heads,
  )
  return { proto: copy.proto, bytes: null, path: null, dir: model.dir, edits: new Map() }
}

/** The dims of a graph's initializers by name (the first of a name). */
function initializerDims(graph: GraphProto | undefined): Map<string, number[]> {
  const dims = new Map<string, number[]>()
  for (const t of graph?.initializer ?? []) {
    if (!dims.has(t.name)) dims.set(t.name, t.dims.map(Number))
  }
  return dims
}

/** The values reached from `starts` through single-consumer chains of {@link FOLLOW} ops. */
function downstream(graph: GraphProto, starts: readonly string[]): Set<string> {
  const reached = new Set<string>()
  const queue = [...starts]
  while (queue.length > 0) {
    const value = queue.pop()!
    if (reached.has(value)) continue
    reached.add(value)
    for (const node of graph.node) {
      if (node.input.includes(value) && FOLLOW.has(node.opType) && node.output[0] !== undefined)
        queue.push(node.output[0])
    }
  }
  return reached
}

function updateShape(type: TypeProto | undefined, changes: ReadonlyMap<number, number>): void {
  if (type?.value.case !== 'tensorType') return
  const dims = type.value.value.shape?.dim ?? []
  for (let i = dims.length - 1; i >= 0; i--) {
    const dim = dims[i]!
    if (dim.value.case !== 'dimValue') continue
    const next = changes.get(Number(dim.value.value))
    if (next !== undefined) {
      dim.value = { case: 'dimValue', value: BigInt(next) }
      return
    }
  }
}
