import { fail } from '@weightinit/core/errors'
import { nodeAttributes } from '../analyze/nodeAttributes'
import type { GraphProto, NodeProto, TypeProto } from '../schema/generated/onnx_pb'
import { type Features, featureSizes } from './featureSizes'

/** The dims of an initializer of the graph by name, or `undefined` for any other value. */
export type DimsOf = (name: string) => readonly number[] | undefined

/** A shape that does not fit: what to say, and the tensor (or output) to resize too. */
interface Misfit {
  /** Which check, where: the same key before and after a resize is the same check. */
  readonly key: string
  readonly message: string
  /** The tensor or graph output that no longer fits. */
  readonly other: string
  /** The dims it should have, when they can be told. */
  readonly dims: readonly number[] | null
}

/**
 * Refuses a resize (`heads`) that leaves the graph inconsistent, before anything is written: for
 * every shape check it can make — a Gemm's or Conv's bias against its weight, a weight's inputs
 * against the features that reach it (the next layer), a bias `Add`, a normalization's parameters,
 * a graph output's declared last dim — one that held before the resize must hold after it.
 * Features are followed from Gemm, MatMul, Conv and ConvTranspose weights through element-wise
 * ops, normalizations, pooling and the `Flatten` after a global pool; what cannot be followed
 * (reshapes, concatenation) is not checked.
 *
 * @param graph - the main graph, with its declared shapes already updated for the resize
 * @param before - the initializers' dims before the resize
 * @param after - their dims after it
 * @param heads - the resized tensors and their new dims
 * @throws `RESIZE_MISMATCH` naming the resized tensor, the tensor (or output) that no longer fits
 *   it and, where they follow, the dims to give that one too
 *
 * @example
 * ```ts
 * import { checkResizedShapes } from './checkResizedShapes'
 * declare const graph: import('@weightinit/onnx/schema').GraphProto
 * const before = new Map([['fc.weight', [1000, 512]], ['fc.bias', [1000]]])
 * const after = new Map([['fc.weight', [10, 512]], ['fc.bias', [1000]]])
 * checkResizedShapes(graph, (n) => before.get(n), (n) => after.get(n), { 'fc.weight': [10, 512] })
 * // throws RESIZE_MISMATCH: resize 'fc.bias' to [10] too
 * ```
 */
export function checkResizedShapes(
  graph: GraphProto,
  before: DimsOf,
  after: DimsOf,
  heads: Readonly<Record<string, readonly number[]>>,
): void {
  const resized = new Set(Object.keys(heads))
  const held = new Set(misfits(graph, before, resized).map((m) => m.key))
  const broken = misfits(graph, after, resized).find((m) => !held.has(m.key))
  if (broken === undefined) return
  const named = [...resized].map((name) => `'${name}' to [${heads[name]!.join(', ')}]`).join(', ')
  const fix =
    after(broken.other) === undefined
      ? `weightinit does not update '${broken.other}' along this path: resize what feeds it too, or fix its declared shape after patching`
      : broken.dims === null
        ? `resize '${broken.other}' too`
        : `resize '${broken.other}' to [${broken.dims.join(', ')}] too`
  fail('RESIZE_MISMATCH', `resizing ${named} breaks the graph: ${broken.message}; ${fix}`, {
    tensors: [...resized],
    heads,
    other: broken.other,
    // `null` when its dims cannot be told, or it is a graph output (not a tensor to resize)
    dims: after(broken.other) === undefined ? null : broken.dims,
    reason: broken.message,
  })
}

const BINARY = new Set(['Add', 'Sub', 'Mul', 'Div', 'PRelu'])
const NORMS = new Set(['BatchNormalization', 'InstanceNormalization'])

/** What each check reads, and how it reports a misfit. */
interface CheckContext {
  readonly dimsOf: DimsOf
  readonly featuresOf: (value: string) => Features | null
  readonly resized: ReadonlySet<string>
  /**
   * Reports a misfit between tensors: the fix is to resize the first of `fixes` that was not
   * resized already (a bias to its weight, or the weight to a resized bias).
   */
  readonly misfit: (check: string, message: string, fixes: readonly Fix[]) => void
}

/** A tensor that could be resized to fix a misfit, and its dims then (when they can be told). */
interface Fix {
  readonly name: string
  readonly dims: readonly number[] | null
}

/** Every shape check of the graph that fails with these initializer dims. */
function misfits(graph: GraphProto, dimsOf: DimsOf, resized: ReadonlySet<string>): Misfit[] {
  const featuresOf = featureSizes(graph, dimsOf)
  const found: Misfit[] = []
  graph.node.forEach((node, index) => {
    const where = `${node.opType} '${node.name || node.output[0] || index}'`
    const context: CheckContext = {
      dimsOf,
      featuresOf,
      resized,
      misfit: (check, message, fixes) => {
        const fix = fixes.find((f) => !resized.has(f.name)) ?? fixes[0]!
        found.push({
          key: `${index}:${check}`,
          message: `${where}: ${message}`,
          other: fix.name,
          dims: fix.dims,
        })
      },
    }
    switch (node.opType) {
      case 'Gemm':
        checkGemm(node, context)
        break
      case 'MatMul':
        checkMatMul(node, context)
        break
      case 'Conv':
      case 'ConvTranspose':
        checkConv(node, context)
        break
      case 'LayerNormalization':
        checkLayerNorm(node, context)
        break
      default:
        if (NORMS.has(node.opType)) checkNorm(node, context)
        else if (BINARY.has(node.opType)) checkBroadcast(node, context)
    }
  })
  for (const output of graph.output) {
    const declared = declaredDims(output.type)
    const features = featuresOf(output.name)
    const last = declared?.[declared.length - 1]
    if (features?.axis !== 'last' || last === undefined || last === null) continue
    if (last !== features.size) {
      found.push({
        key: `output:${output.name}`,
        message: `the graph output '${output.name}' is declared with ${last} features but gets ${features.size}`,
        other: output.name,
        dims: null,
      })
    }
  }
  return found
}

function checkGemm(node: NodeProto, context: CheckContext): void {
  const [a, b, c] = node.input
  const weight = b === undefined ? undefined : context.dimsOf(b)
  if (weight?.length !== 2) return
  const transB = nodeAttributes.int(node, 'transB', 0) === 1
  const outputs = transB ? weight[0]! : weight[1]!
  const bias = c === undefined || c === '' ? undefined : context.dimsOf(c)
  if (bias !== undefined && bias.length > 0) {
    const last = bias[bias.length - 1]!
    if (last !== 1 && last !== outputs) {
      const resizedWeight = [...weight]
      resizedWeight[transB ? 0 : 1] = last
      context.misfit(
        'bias',
        `its bias '${c}' [${bias.join(', ')}] does not broadcast to its ${outputs} outputs (weight '${b}' [${weight.join(', ')}])`,
        [
          { name: c!, dims: [...bias.slice(0, -1), outputs] },
          { name: b!, dims: resizedWeight },
        ],
      )
    }
  }
  if (a === undefined || nodeAttributes.int(node, 'transA', 0) === 1) return
  checkInputs(a, b!, weight, transB ? 1 : 0, 'features', context)
}

function checkMatMul(node: NodeProto, context: CheckContext): void {
  const [a, b] = node.input
  const weight = b === undefined ? undefined : context.dimsOf(b)
  if (a === undefined || weight === undefined || weight.length < 2) return
  checkInputs(a, b!, weight, weight.length - 2, 'features', context)
}

function checkConv(node: NodeProto, context: CheckContext): void {
  const [x, w, b] = node.input
  const weight = w === undefined ? undefined : context.dimsOf(w)
  if (weight === undefined || weight.length < 3) return
  const group = nodeAttributes.int(node, 'group', 1)
  const transposed = node.opType === 'ConvTranspose'
  const outputs = transposed ? weight[1]! * group : weight[0]!
  const bias = b === undefined || b === '' ? undefined : context.dimsOf(b)
  if (bias !== undefined && (bias.length !== 1 || bias[0] !== outputs)) {
    const resizedWeight = [...weight]
    const channels = bias.length === 1 ? bias[0]! : null
    if (channels !== null && transposed && channels % group === 0)
      resizedWeight[1] = channels / group
    else if (channels !== null && !transposed) resizedWeight[0] = channels
    context.misfit(
      'bias',
      `its bias '${b}' [${bias.join(', ')}] does not match its ${outputs} output channels (weight '${w}' [${weight.join(', ')}])`,
      [
        { name: b!, dims: [outputs] },
        { name: w!, dims: channels === null ? null : resizedWeight },
      ],
    )
  }
  if (x === undefined) return
  // A Conv weight [out, in/group, k…] reads in/group channels per group on axis 1.
  checkInputs(x, w!, weight, transposed ? 0 : 1, 'channels', context, transposed ? 1 : group)
}

/**
 * A weight reads `weight[axis] × group` features (the last axis of its input) or channels (axis
 * 1): as many must reach it. Names the tensor to resize too: the weight when what reaches it comes
 * from a resized weight, else the weight it comes from.
 */
function checkInputs(
  input: string,
  weightName: string,
  weight: readonly number[],
  axis: number,
  kind: 'features' | 'channels',
  context: CheckContext,
  group = 1,
): void {
  const features = context.featuresOf(input)
  const inputs = weight[axis]! * group
  if (features === null || features.axis !== (kind === 'features' ? 'last' : 'channel')) return
  if (features.size === inputs) return
  const message = `its weight '${weightName}' [${weight.join(', ')}] reads ${inputs} ${kind}, but ${features.size} come from '${features.from}'`
  const mine = [...weight]
  mine[axis] = features.size / group
  const upstream = context.dimsOf(features.from)
  const theirs = upstream === undefined ? null : [...upstream]
  if (theirs !== null) theirs[features.fromAxis] = inputs
  context.misfit('inputs', message, [
    { name: weightName, dims: Number.isInteger(mine[axis]) ? mine : null },
    { name: features.from, dims: theirs },
  ])
}

/** BatchNormalization, InstanceNormalization: every parameter holds one value per channel. */
function checkNorm(node: NodeProto, context: CheckContext): void {
  const [x, ...parameters] = node.input
  const features = x === undefined ? null : context.featuresOf(x)
  if (features === null) return
  parameters.forEach((name, i) => {
    const dims = context.dimsOf(name)
    if (dims === undefined || (dims.length === 1 && dims[0] === features.size)) return
    context.misfit(
      `parameter ${i}`,
      `its parameter '${name}' [${dims.join(', ')}] does not match the ${features.size} channels from '${features.from}'`,
      [
        { name, dims: [features.size] },
        { name: features.from, dims: upstreamDims(context, features, dims[0]) },
      ],
    )
  })
}

/** LayerNormalization over the last axis: scale and bias hold one value per feature. */
function checkLayerNorm(node: NodeProto, context: CheckContext): void {
  const [x, ...parameters] = node.input
  const features = x === undefined ? null : context.featuresOf(x)
  if (features?.axis !== 'last' || nodeAttributes.int(node, 'axis', -1) !== -1) return
  parameters.forEach((name, i) => {
    const dims = context.dimsOf(name)
    if (dims === undefined || dims.length === 0 || dims[dims.length - 1] === features.size) return
    context.misfit(
      `parameter ${i}`,
      `its parameter '${name}' [${dims.join(', ')}] does not match the ${features.size} features from '${features.from}'`,
      [
        { name, dims: [...dims.slice(0, -1), features.size] },
        { name: features.from, dims: upstreamDims(context, features, dims[dims.length - 1]) },
      ],
    )
  })
}

/** An element-wise op between features and an initializer: the initializer must broadcast. */
function checkBroadcast(node: NodeProto, context: CheckContext): void {
  const [left, right] = node.input
  if (left === undefined || right === undefined) return
  for (const [data, constant] of [
    [left, right],
    [right, left],
  ] as const) {
    const dims = context.dimsOf(constant)
    const features = context.dimsOf(data) === undefined ? context.featuresOf(data) : null
    if (dims === undefined || features === null || dims.length === 0) continue
    // The constant's axis that lines up with the feature axis (shapes align at the right).
    const at =
      features.axis === 'last'
        ? dims.length - 1
        : features.rank === null
          ? -1
          : dims.length - (features.rank - 1)
    if (at < 0 || at >= dims.length) continue
    const size = dims[at]!
    if (size === 1 || size === features.size) continue
    const fixed = [...dims]
    fixed[at] = features.size
    context.misfit(
      `operand ${constant}`,
      `'${constant}' [${dims.join(', ')}] does not broadcast against the ${features.size} ${features.axis === 'last' ? 'features' : 'channels'} from '${features.from}'`,
      [
        { name: constant, dims: fixed },
        { name: features.from, dims: upstreamDims(context, features, size) },
      ],
    )
  }
}

/** The dims of the weight that decides some features, resized to give `size` of them. */
function upstreamDims(
  context: CheckContext,
  features: Features,
  size: number | undefined,
): number[] | null {
  const dims = context.dimsOf(features.from)
  if (dims === undefined || size === undefined) return null
  const out = [...dims]
  out[features.fromAxis] = size
  return out
}

/** The declared dims of a value (numbers, `null` for symbolic ones), or `undefined`. */
function declaredDims(type: TypeProto | undefined): (number | null)[] | undefined {
  if (type?.value.case !== 'tensorType') return undefined
  const shape = type.value.value.shape
  if (shape === undefined) return undefined
  return shape.dim.map((d) => (d.value.case === 'dimValue' ? Number(d.value.value) : null))
}
