import type { NodeProto } from '../../schema/generated/onnx_pb'
import { nodeAttributes } from '../nodeAttributes'
import type { GraphView, WeightRef } from './graphView'

/**
 * A layer with a constant weight applied to a computed input: `MatMul(x, W)`, `Gemm(x, W, b)`,
 * `Conv(x, W, b)` or a two-operand `Einsum`, with its bias (`Gemm`'s C, `Conv`'s B, or an `Add` of a
 * constant vector right after it).
 *
 * @example
 * ```ts
 * import type { LinearLayer } from './findLinears'
 * declare const q: LinearLayer
 * console.log(q.weight.name, q.inFeatures, q.outFeatures, q.out)
 * ```
 */
export interface LinearLayer {
  readonly node: NodeProto
  /** The position of the weight among the node's inputs. */
  readonly weightInput: number
  readonly weight: WeightRef
  /** The computed input. */
  readonly input: string
  /** The axis of the op's view of the weight that holds the outputs. */
  readonly outAxis: number
  readonly inFeatures: number | null
  readonly outFeatures: number | null
  /** The node and input position that read the bias, or `null`. */
  readonly bias: {
    readonly node: NodeProto
    readonly input: number
    readonly ref: WeightRef
  } | null
  /** The layer's output, after the bias. */
  readonly out: string
}

/**
 * Every linear layer of a graph (see {@link LinearLayer}), by its output (before and after the
 * bias), in graph order.
 *
 * @param view - the graph
 *
 * @example
 * ```ts
 * import { findLinears } from './findLinears'
 * declare const view: import('./graphView').GraphView
 * const { list, byOutput } = findLinears(view)
 * byOutput.get('/model/layers.0/self_attn/q_proj/MatMul_output_0')?.outFeatures // 48
 * ```
 */
export function findLinears(view: GraphView): {
  readonly list: readonly LinearLayer[]
  readonly byOutput: ReadonlyMap<string, LinearLayer>
  readonly byNode: ReadonlyMap<NodeProto, LinearLayer>
} {
  const list: LinearLayer[] = []
  const byOutput = new Map<string, LinearLayer>()
  const byNode = new Map<NodeProto, LinearLayer>()
  for (const node of view.nodes) {
    const layer = linearOf(view, node)
    if (layer === null) continue
    list.push(layer)
    byNode.set(node, layer)
    byOutput.set(node.output[0]!, layer)
    if (layer.out !== node.output[0]) byOutput.set(layer.out, layer)
  }
  return { list, byOutput, byNode }
}

function linearOf(view: GraphView, node: NodeProto): LinearLayer | null {
  if (node.domain !== '' || node.output[0] === undefined || node.output[0].length === 0) return null
  const op = node.opType
  if (op !== 'MatMul' && op !== 'Gemm' && op !== 'Conv' && op !== 'Einsum') return null
  if (node.input.length < 2) return null
  const a = view.weight(node.input[0] ?? '')
  const b = view.weight(node.input[1] ?? '')
  if (a !== null || b === null) return null
  const shape = b.view.shape
  let outAxis: number
  let inAxis: number
  if (op === 'Conv') {
    outAxis = 0
    inAxis = 1
  } else if (op === 'Gemm' && nodeAttributes.int(node, 'transB', 0) === 1) {
    outAxis = 0
    inAxis = 1
  } else if (op === 'Einsum') {
    if (shape === null || shape.length !== 2) return null
    outAxis = 1
    inAxis = 0
  } else {
    const rank = shape?.length ?? 2
    outAxis = rank - 1
    inAxis = rank - 2
  }
  const dim = (axis: number) => (shape === null ? null : (shape[axis] ?? null))
  let bias: LinearLayer['bias'] = null
  if ((op === 'Gemm' || op === 'Conv') && node.input[2] !== undefined) {
    const ref = view.weight(node.input[2])
    if (ref !== null) bias = { node, input: 2, ref }
  }
  let out = node.output[0]
  if (bias === null) {
    for (const use of view.consumers(out)) {
      if (use.node.opType !== 'Add' || use.node.domain !== '') continue
      const position = 1 - use.index
      const ref = view.weight(use.node.input[position] ?? '')
      if (ref === null || !isVector(ref, dim(outAxis))) continue
      bias = { node: use.node, input: position, ref }
      out = use.node.output[0] ?? out
      break
    }
  }
  return {
    node,
    weightInput: 1,
    weight: b,
    input: node.input[0]!,
    outAxis,
    inFeatures: op === 'Conv' ? product(shape?.slice(1) ?? null) : dim(inAxis),
    outFeatures: dim(outAxis),
    bias,
    out,
  }
}

/** Whether a constant is a vector of `size` elements (ones elsewhere), as a bias is. */
function isVector(ref: WeightRef, size: number | null): boolean {
  const shape = ref.view.shape
  if (shape === null || shape.length === 0) return false
  const big = shape.filter((d) => d !== 1)
  return big.length === 1 && (size === null || big[0] === size)
}

function product(dims: readonly number[] | null): number | null {
  return dims === null ? null : dims.reduce((a, b) => a * b, 1)
}
