import type { NodeProto } from '../../schema/generated/onnx_pb'
import type { LinearLayer } from './findLinears'
import type { GraphView } from './graphView'

/**
 * One step of a data path: `node` reads the previous value at input `input` and writes the next at
 * output `output`.
 *
 * @example
 * ```ts
 * import type { PathStep } from './traceLinears'
 * declare const step: PathStep
 * step.node.output[step.output]
 * ```
 */
export interface PathStep {
  readonly node: NodeProto
  readonly input: number
  readonly output: number
}

/**
 * A linear layer found upstream of a value, with the path from the layer's output to the value.
 *
 * @example
 * ```ts
 * import type { TraceHit } from './traceLinears'
 * declare const hit: TraceHit
 * hit.path.map((s) => s.node.opType) // ['Reshape', 'Transpose'] from q_proj to the QKᵀ MatMul
 * ```
 */
export interface TraceHit {
  readonly linear: LinearLayer
  readonly path: readonly PathStep[]
}

/**
 * The inputs that carry data (not shapes, indices or conditions) of the ops a trace may cross: the
 * element-wise ops, the shape ops at their data input, selections (`Split`, `Slice`, `Gather`),
 * `Concat` and fused normalizations. `all` means every input.
 */
export const DATA_INPUTS: Readonly<Record<string, 'all' | readonly number[]>> = {
  Identity: [0],
  Cast: [0],
  CastLike: [0],
  Dropout: [0],
  Transpose: [0],
  Reshape: [0],
  Flatten: [0],
  Squeeze: [0],
  Unsqueeze: [0],
  Expand: [0],
  Tile: [0],
  Split: [0],
  Slice: [0],
  Gather: [0],
  Concat: 'all',
  Add: 'all',
  Sub: 'all',
  Mul: 'all',
  Div: 'all',
  Where: [1, 2],
  Neg: [0],
  Sqrt: [0],
  Reciprocal: [0],
  Pow: [0],
  Exp: [0],
  Erf: [0],
  Tanh: [0],
  Sigmoid: [0],
  HardSigmoid: [0],
  Relu: [0],
  LeakyRelu: [0],
  PRelu: [0],
  Elu: [0],
  Selu: [0],
  Celu: [0],
  Gelu: [0],
  Softplus: [0],
  Mish: [0],
  HardSwish: [0],
  Clip: [0],
  LayerNormalization: [0],
  RMSNormalization: [0],
  SimplifiedLayerNormalization: [0],
}

/**
 * What a trace may do: how many nodes it may visit, the ops it crosses (by default
 * {@link DATA_INPUTS}), values it must not cross, and whether to stop at the first hit.
 */
export interface TraceOptions {
  readonly budget: number
  readonly inputs?: (node: NodeProto) => 'all' | readonly number[] | undefined
  readonly stop?: (value: string) => boolean
  readonly first?: boolean
  /** Called with each node crossed (for callers that look at what lies between). */
  readonly visit?: (node: NodeProto) => void
}

/**
 * Walks a graph backward from `start`, breadth first, through the data inputs of the ops it may
 * cross, to the linear layers whose outputs it reaches (it does not cross them): the nearest layers
 * and the path from each. Bounded by `budget` nodes, so it costs O(budget).
 *
 * @param view - the graph
 * @param start - the value to start from
 * @param layers - linear layers by output (before and after the bias)
 * @param options - budget, crossable ops, stops
 *
 * @example
 * ```ts
 * import { traceLinears } from './traceLinears'
 * declare const view: import('./graphView').GraphView
 * declare const layers: ReadonlyMap<string, import('./findLinears').LinearLayer>
 * const [q] = traceLinears(view, '/attn/Transpose_output_0', layers, { budget: 64, first: true })
 * q?.linear.weight.name
 * ```
 */
export function traceLinears(
  view: GraphView,
  start: string,
  layers: ReadonlyMap<string, LinearLayer>,
  options: TraceOptions,
): TraceHit[] {
  const inputsOf = options.inputs ?? ((node: NodeProto) => DATA_INPUTS[node.opType])
  const parent = new Map<string, { step: PathStep; next: string } | null>([[start, null]])
  const hits: TraceHit[] = []
  const seen = new Set<LinearLayer>()
  const queue = [start]
  let visited = 0
  for (let head = 0; head < queue.length; head++) {
    const value = queue[head]!
    const layer = layers.get(value)
    if (layer !== undefined) {
      if (!seen.has(layer)) {
        seen.add(layer)
        hits.push({ linear: layer, path: pathFrom(value, parent) })
        if (options.first === true) break
      }
      continue
    }
    if (options.stop?.(value) === true && value !== start) continue
    const node = view.producer(value)
    if (node === null || node.domain !== '' || view.weight(value) !== null) continue
    const inputs = inputsOf(node)
    if (inputs === undefined) continue
    if (++visited > options.budget) break
    options.visit?.(node)
    const output = node.output.indexOf(value)
    const positions = inputs === 'all' ? node.input.map((_, i) => i) : inputs
    for (const input of positions) {
      const from = node.input[input]
      if (from === undefined || from.length === 0 || parent.has(from)) continue
      parent.set(from, { step: { node, input, output }, next: value })
      queue.push(from)
    }
  }
  return hits
}

/** The steps from `value` forward to the start of the trace. */
function pathFrom(
  value: string,
  parent: ReadonlyMap<string, { step: PathStep; next: string } | null>,
): PathStep[] {
  const path: PathStep[] = []
  for (let link = parent.get(value); link !== undefined && link !== null; ) {
    path.push(link.step)
    link = parent.get(link.next)
  }
  return path
}
