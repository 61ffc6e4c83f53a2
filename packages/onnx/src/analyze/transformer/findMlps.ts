import type { Nonlinearity } from '@weightinit/core'
import type { NodeProto } from '../../schema/generated/onnx_pb'
import { findActivation } from '../findActivation'
import type { LinearLayer } from './findLinears'
import { findResidual, type ResidualJoin } from './findResidual'
import type { GraphView } from './graphView'
import { traceLinears } from './traceLinears'

/**
 * One MLP sublayer: its input projection (or gate and up projections, for a gated MLP), its output
 * projection, the nonlinearity between, and where it joins the residual stream.
 *
 * @example
 * ```ts
 * import type { Mlp } from './findMlps'
 * declare const mlp: Mlp
 * mlp.gate !== null // SwiGLU
 * ```
 */
export interface Mlp {
  /** The first projection of an ungated MLP, `null` when gated. */
  readonly input: LinearLayer | null
  readonly gate: LinearLayer | null
  readonly up: LinearLayer | null
  readonly output: LinearLayer
  readonly activation: Nonlinearity | null
  readonly residual: ResidualJoin
}

/** Ops that make a value nonlinear: an MLP's activation (or part of its decomposition). */
const NONLINEAR = new Set([
  'Relu',
  'LeakyRelu',
  'PRelu',
  'Elu',
  'Selu',
  'Celu',
  'Gelu',
  'Erf',
  'Tanh',
  'Sigmoid',
  'HardSigmoid',
  'HardSwish',
  'Softplus',
  'Mish',
  'Clip',
])

/**
 * Finds the MLP sublayers of a graph: a linear layer (in graph order, not already taken) whose input
 * is computed, through element-wise ops that include a nonlinearity, from one linear layer (an
 * ungated MLP: GELU, ReLU) or from two (a gated MLP: the gate is the one that goes through the
 * activation, the up projection the one that does not), and whose output joins the residual
 * stream. Searches stop at residual additions already found, so a norm's input is never mistaken
 * for an MLP's.
 *
 * @param view - the graph
 * @param layers - every linear layer, in graph order
 * @param projections - linear layers by output (before and after the bias)
 * @param taken - layers already given a part (attention projections)
 * @param residuals - the outputs of residual `Add`s found so far (grows as MLPs are found)
 *
 * @example
 * ```ts
 * import { findMlps } from './findMlps'
 * declare const view: import('./graphView').GraphView
 * declare const layers: readonly import('./findLinears').LinearLayer[]
 * declare const projections: ReadonlyMap<string, import('./findLinears').LinearLayer>
 * findMlps(view, layers, projections, new Set(), new Set()).map((m) => m.activation) // ['silu', 'silu']
 * ```
 */
export function findMlps(
  view: GraphView,
  layers: readonly LinearLayer[],
  projections: ReadonlyMap<string, LinearLayer>,
  taken: ReadonlySet<LinearLayer>,
  residuals: Set<string>,
): Mlp[] {
  const out: Mlp[] = []
  const used = new Set<LinearLayer>(taken)
  for (const layer of layers) {
    if (used.has(layer) || layer.node.opType === 'Conv') continue
    const crossed: NodeProto[] = []
    const hits = traceLinears(view, layer.input, projections, {
      budget: 48,
      stop: (value) => residuals.has(value),
      visit: (node) => crossed.push(node),
    }).filter((h) => h.linear !== layer && !used.has(h.linear))
    if (hits.length === 0 || hits.length > 2) continue
    if (!crossed.some((n) => NONLINEAR.has(n.opType))) continue
    const residual = findResidual(view, layer.out)
    if (residual === null) continue
    let mlp: Mlp
    if (hits.length === 1) {
      const input = hits[0]!.linear
      const picked = hits[0]!.path.some((s) => ['Split', 'Slice', 'Gather'].includes(s.node.opType))
      mlp = {
        input: picked ? null : input,
        gate: null,
        up: null,
        output: layer,
        activation: activationOf(view, crossed, input),
        residual,
      }
    } else {
      const inside = new Set(crossed)
      const [a, b] = [hits[0]!.linear, hits[1]!.linear]
      const aGate = feedsNonlinearity(view, a.out, inside)
      const bGate = feedsNonlinearity(view, b.out, inside)
      if (aGate === bGate) continue
      const gate = aGate ? a : b
      mlp = {
        input: null,
        gate,
        up: aGate ? b : a,
        output: layer,
        activation: activationOf(view, crossed, gate),
        residual,
      }
    }
    out.push(mlp)
    for (const l of [mlp.input, mlp.gate, mlp.up, mlp.output]) if (l !== null) used.add(l)
    if (residual.add.output[0] !== undefined) residuals.add(residual.add.output[0])
  }
  return out
}

/** Whether a value reaches a nonlinearity within three steps through `inside`. */
function feedsNonlinearity(
  view: GraphView,
  value: string,
  inside: ReadonlySet<NodeProto>,
): boolean {
  let frontier = [value]
  for (let depth = 0; depth < 3; depth++) {
    const next: string[] = []
    for (const v of frontier) {
      for (const use of view.consumers(v)) {
        if (!inside.has(use.node)) continue
        if (NONLINEAR.has(use.node.opType)) return true
        const o = use.node.output[0]
        if (o !== undefined) next.push(o)
      }
    }
    frontier = next
  }
  return false
}

/** The MLP's nonlinearity: from the ops between its projections, else from what follows the first. */
function activationOf(
  view: GraphView,
  crossed: readonly NodeProto[],
  first: LinearLayer,
): Nonlinearity | null {
  const ops = new Set(crossed.map((n) => n.opType))
  if (ops.has('Erf')) return 'gelu'
  if (ops.has('Tanh') && ops.has('Pow')) return 'gelu_tanh'
  if (ops.has('Relu')) return 'relu'
  const found = findActivation(view.index, view.site, first.out).nonlinearity
  return found === 'linear' ? null : found
}
