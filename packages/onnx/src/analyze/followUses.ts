import type { GraphSite } from '../model/graphSite'
import type { GraphIndex, Use } from './graphIndex'
import { nodeAttributes } from './nodeAttributes'

/**
 * How a consuming op sees a tensor after the shape-only ops between them: the shape it sees (`null`
 * when unknown), and how its element order relates to the stored tensor (`perm`: the view,
 * flattened, is the stored tensor transposed by `perm`, whose length is the stored rank; `null`
 * when a transpose came after a reshape).
 *
 * @example
 * ```ts
 * import type { TensorView } from '@weightinit/onnx'
 * // fc.weight [out, in] → Transpose → MatMul: the op sees [in, out].
 * const view: TensorView = { shape: [20, 10], perm: [1, 0], reshaped: false }
 * ```
 */
export interface TensorView {
  readonly shape: readonly number[] | null
  readonly perm: readonly number[] | null
  /** Whether a reshape (`Reshape`, `Flatten`, `(Un)Squeeze`) is on the way. */
  readonly reshaped: boolean
}

/**
 * A use of a tensor by an op that is not a pass-through, with the ops passed on the way.
 *
 * @example
 * ```ts
 * import { followUses, type TerminalUse } from './followUses'
 * declare const index: import('./graphIndex').GraphIndex
 * const uses: TerminalUse[] = followUses(index, index.graphs[0]!, 'w', [10, 20])
 * ```
 */
export interface TerminalUse {
  readonly use: Use
  /** The op types passed through, in order (e.g. `['Transpose']`). */
  readonly via: readonly string[]
  readonly view: TensorView
  /**
   * The output name of the last `Identity` passed, or `null`: PyTorch's exporter reads a tensor it
   * de-duplicated through an `Identity` per dropped parameter, whose output keeps that parameter's
   * name.
   */
  readonly alias: string | null
}

/** The ops a tensor is followed through, at their input 0. */
export const PASS_THROUGH: ReadonlySet<string> = new Set([
  'Identity',
  'Cast',
  'CastLike',
  'Transpose',
  'Reshape',
  'Squeeze',
  'Unsqueeze',
  'Flatten',
])
const MAX_DEPTH = 16

/**
 * Follows a tensor from where it is defined through `Identity`, `Cast`, `Transpose`, `Reshape`,
 * `Squeeze`, `Unsqueeze` and `Flatten` chains to the ops that use it, tracking the shape each one
 * sees and the axis order. Graph outputs reached on the way count as uses by no op.
 *
 * @param index - the model's graph index
 * @param graph - the graph that defines the tensor
 * @param name - its name
 * @param shape - its stored shape
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { followUses } from './followUses'
 * import { GraphIndex } from './graphIndex'
 * const index = new GraphIndex(await readModel('model.onnx'))
 * const uses = followUses(index, index.graphs[0]!, 'fc.weight', [10, 20])
 * uses[0]?.via // ['Transpose'] for a torch export without constant folding
 * ```
 */
export function followUses(
  index: GraphIndex,
  graph: GraphSite,
  name: string,
  shape: readonly number[],
): TerminalUse[] {
  const out: TerminalUse[] = []
  const identity = shape.map((_, i) => i)
  const visit = (
    site: GraphSite,
    value: string,
    via: readonly string[],
    view: TensorView,
    alias: string | null,
    depth: number,
  ) => {
    for (const use of index.uses(site, value)) {
      const { node } = use
      if (
        !(PASS_THROUGH.has(node.opType) && node.domain === '' && use.index === 0) ||
        depth >= MAX_DEPTH
      ) {
        out.push({ use, via, view, alias })
        continue
      }
      const next = node.output[0]
      if (next === undefined || next.length === 0) continue
      const defined = index.definer(use.graph, next) ?? use.graph
      visit(
        defined,
        next,
        [...via, node.opType],
        passThrough(index, use, view),
        node.opType === 'Identity' ? next : alias,
        depth + 1,
      )
    }
  }
  visit(graph, name, [], { shape, perm: identity, reshaped: false }, null, 0)
  return out
}

/**
 * The view after one pass-through op (`Identity`, `Cast`, `Transpose`, `Reshape`, `Flatten`,
 * `(Un)Squeeze`) that reads the viewed value at `use`.
 *
 * @example
 * ```ts
 * import { passThrough } from './followUses'
 * declare const index: import('./graphIndex').GraphIndex
 * declare const transpose: import('./graphIndex').Use
 * passThrough(index, transpose, { shape: [10, 20], perm: [0, 1], reshaped: false }).shape // [20, 10]
 * ```
 */
export function passThrough(index: GraphIndex, use: Use, view: TensorView): TensorView {
  const { node } = use
  const shape = view.shape
  switch (node.opType) {
    case 'Identity':
    case 'Cast':
    case 'CastLike':
      return view
    case 'Transpose': {
      if (shape === null) return { shape: null, perm: null, reshaped: true }
      const perm = nodeAttributes.ints(node, 'perm') ?? shape.map((_, i) => shape.length - 1 - i)
      if (perm.length !== shape.length || !isPermutation(perm))
        return { shape: null, perm: null, reshaped: true }
      const permuted = perm.map((p) => shape[p]!)
      // A transpose composes with earlier ones only while no reshape is on the way.
      const base = view.perm !== null && !view.reshaped ? view.perm : null
      return {
        shape: permuted,
        perm: base === null ? null : perm.map((p) => base[p]!),
        reshaped: view.reshaped,
      }
    }
    case 'Flatten': {
      if (shape === null) return { shape: null, perm: view.perm, reshaped: true }
      const rank = shape.length
      const raw = nodeAttributes.int(node, 'axis', 1)
      const axis = raw < 0 ? raw + rank : raw
      if (axis < 0 || axis > rank) return { shape: null, perm: view.perm, reshaped: true }
      const before = shape.slice(0, axis).reduce((a, b) => a * b, 1)
      const after = shape.slice(axis).reduce((a, b) => a * b, 1)
      return { shape: [before, after], perm: view.perm, reshaped: true }
    }
    case 'Reshape': {
      const target =
        node.input[1] === undefined ? null : index.constantValues(use.graph, node.input[1])
      const allowZero = nodeAttributes.int(node, 'allowzero', 0) === 1
      const next = shape === null || target === null ? null : reshape(shape, target, allowZero)
      return { shape: next, perm: view.perm, reshaped: true }
    }
    case 'Squeeze':
    case 'Unsqueeze': {
      const axes =
        nodeAttributes.ints(node, 'axes') ??
        (node.input[1] === undefined || node.input[1].length === 0
          ? null
          : index.constantValues(use.graph, node.input[1]))
      if (shape === null) return { shape: null, perm: view.perm, reshaped: true }
      const next = node.opType === 'Squeeze' ? squeeze(shape, axes) : unsqueeze(shape, axes)
      return { shape: next, perm: view.perm, reshaped: true }
    }
    default:
      return view
  }
}

function isPermutation(perm: readonly number[]): boolean {
  const seen = new Set(perm)
  return (
    seen.size === perm.length && perm.every((p) => Number.isInteger(p) && p >= 0 && p < perm.length)
  )
}

function reshape(
  shape: readonly number[],
  target: readonly number[],
  allowZero: boolean,
): number[] | null {
  const size = shape.reduce((a, b) => a * b, 1)
  const out = target.map((d, i) => (d === 0 && !allowZero ? (shape[i] ?? Number.NaN) : d))
  const known = out.filter((d) => d !== -1).reduce((a, b) => a * b, 1)
  const inferred = out.filter((d) => d === -1).length
  if (inferred > 1 || out.some((d) => !Number.isSafeInteger(d) || d < -1)) return null
  if (inferred === 1) {
    if (known === 0 || size % known !== 0) return null
    return out.map((d) => (d === -1 ? size / known : d))
  }
  return known === size ? out : null
}

function squeeze(shape: readonly number[], axes: readonly number[] | null): number[] | null {
  if (axes === null) return shape.filter((d) => d !== 1)
  const normalized = axes.map((a) => (a < 0 ? a + shape.length : a))
  if (normalized.some((a) => a < 0 || a >= shape.length || shape[a] !== 1)) return null
  return shape.filter((_, i) => !normalized.includes(i))
}

function unsqueeze(shape: readonly number[], axes: readonly number[] | null): number[] | null {
  if (axes === null) return null
  const rank = shape.length + axes.length
  const normalized = axes.map((a) => (a < 0 ? a + rank : a))
  if (normalized.some((a) => a < 0 || a >= rank) || new Set(normalized).size !== normalized.length)
    return null
  const out: number[] = []
  let next = 0
  for (let i = 0; i < rank; i++) out.push(normalized.includes(i) ? 1 : shape[next++]!)
  return out
}
