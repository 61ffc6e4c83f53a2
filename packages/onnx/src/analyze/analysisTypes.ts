import type { DType, Fans, Layout, Nonlinearity } from '@weightinit/core'
import type { TensorKind } from '../model/tensorSite'
import type { SparseTensorProto, TensorProto } from '../schema/generated/onnx_pb'
import type { TensorView } from './followUses'
import type { Role } from './roles'
import type {
  ModelPlace,
  TensorPlace,
  TensorSharing,
  TransformerAnalysis,
} from './transformer/transformerTypes'

/**
 * The activation found after a layer, and so its gain: a core nonlinearity name with its parameter
 * (LeakyRelu's alpha, PRelu's mean slope, Elu's alpha), the op (or pattern) that decided it and the
 * ops passed on the way.
 *
 * @example
 * ```ts
 * import type { ActivationInfo } from '@weightinit/onnx'
 * const silu: ActivationInfo = {
 *   nonlinearity: 'silu', param: null, op: 'Mul(x, Sigmoid(x))', via: [], gain: 1.6765, formula: '…',
 * }
 * ```
 */
export interface ActivationInfo {
  readonly nonlinearity: Nonlinearity
  readonly param: number | null
  /** The op or pattern, e.g. `Relu`, `Clip(0, 6)`, `Mul(x, Sigmoid(x))`; `null` when none follows. */
  readonly op: string | null
  /** The ops passed between the layer and the activation (bias `Add`, norms, reshapes…). */
  readonly via: readonly string[]
  readonly gain: number
  /** How the gain was derived. */
  readonly formula: string
}

/**
 * The shape and layout to compute fans (and plan) with: in the element order the op sees; its
 * flat order is that of the op's view of the tensor (see {@link TensorView}).
 *
 * @example
 * ```ts
 * import type { FanView } from '@weightinit/onnx'
 * // An LSTM W [1, 4H, I] seen per gate: fan_in = I, fan_out = H.
 * const view: FanView = { shape: [1, 4, 64, 32], layout: { inAxis: 3, outAxis: 2, batchAxis: [0, 1] }, groups: 1 }
 * ```
 */
export interface FanView {
  readonly shape: readonly number[]
  readonly layout: Layout
  readonly groups: number
}

/**
 * Gate structure of an LSTM/GRU/RNN tensor.
 *
 * @example
 * ```ts
 * import type { GateInfo } from '@weightinit/onnx'
 * const lstm: GateInfo = { op: 'LSTM', order: 'iofc', hidden: 64, directions: 2 }
 * ```
 */
export interface GateInfo {
  readonly op: 'LSTM' | 'GRU' | 'RNN'
  /** Gate order along the gate axis in ONNX: `iofc` (LSTM), `zrh` (GRU), `i` (RNN). */
  readonly order: 'iofc' | 'zrh' | 'i'
  readonly hidden: number
  readonly directions: number
}

/**
 * Column blocks of a stacked weight (com.microsoft Attention's Q, K, V along axis 1).
 *
 * @example
 * ```ts
 * import type { BlockInfo } from '@weightinit/onnx'
 * const qkv: BlockInfo = { axis: 1, sizes: [64, 64, 64], names: ['Q', 'K', 'V'] }
 * ```
 */
export interface BlockInfo {
  /** The axis of the op's view that is split. */
  readonly axis: number
  readonly sizes: readonly number[]
  readonly names: readonly string[]
}

/**
 * One use of a tensor by an op: the op, the input position, the role that position gives the
 * tensor, the ops passed on the way, layout and fans, the activation after the layer.
 *
 * @example
 * ```ts
 * import type { UseAnalysis } from '@weightinit/onnx'
 * declare const use: UseAnalysis
 * use.fans?.fanIn
 * ```
 */
export interface UseAnalysis {
  readonly op: string
  readonly domain: string
  readonly node: string
  readonly input: number
  readonly graphPath: string
  readonly role: Role
  readonly via: readonly string[]
  readonly view: TensorView
  readonly fanView: FanView | null
  readonly fans: Fans | null
  /** PyTorch's fans where they differ (ConvTranspose: computed as stored), else `null`. */
  readonly torchFans: FanView | null
  readonly gates: GateInfo | null
  readonly blocks: BlockInfo | null
  readonly activation: ActivationInfo | null
  /** For a bias: the weight of the same layer and its fan_in. */
  readonly owner: { readonly name: string; readonly fanIn: number | null } | null
  /** Why the role is what it is, in a few words. */
  readonly note: string
  /**
   * The output of the last `Identity` on the way, or `null`: PyTorch's exporter reads a tensor it
   * de-duplicated through one `Identity` per dropped parameter, named after that parameter.
   */
  readonly alias: string | null
  /**
   * The readable name of the parameter behind this use (see {@link TensorAnalysis.displayName}):
   * the alias, the tensor's own name, or one recovered from the node's scope; `null` for a use that
   * is not a parameter or whose name cannot be told.
   */
  readonly parameterName: string | null
  /** Where this use sits in a transformer (role, block, packing), or `null`. */
  readonly place: ModelPlace | null
}

/**
 * Everything weightinit found out about one tensor: where it is, its dtype and shape, its role
 * (from all its uses), and why it would be skipped by default, if it would.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * const analysis = analyze(await readModel('model.onnx'))
 * for (const t of analysis.tensors) console.log(t.name, t.role, t.primary?.fans?.fanIn)
 * ```
 */
export interface TensorAnalysis {
  readonly name: string
  readonly tensor: TensorProto
  readonly kind: TensorKind
  readonly graphPath: string
  readonly dataType: number
  /** The weightinit dtype for float tensors, `null` for others (never changed). */
  readonly dtype: DType | null
  readonly shape: readonly number[]
  readonly size: number
  readonly role: Role
  readonly uses: readonly UseAnalysis[]
  /** The use that decides the role, layout and fans (the first parameter use), or `null`. */
  readonly primary: UseAnalysis | null
  /** Used by more than one op (after following pass-through chains). */
  readonly shared: boolean
  /** When uses disagree on the role or on the fans: what they disagree on. */
  readonly conflict: string | null
  /** Also a graph input, which a runtime may let callers override. */
  readonly isGraphInput: boolean
  /** For a sparse initializer's values: the sparse tensor (dense dims, indices). */
  readonly sparse: SparseTensorProto | null
  /**
   * A readable parameter name recovered from the graph for the tensor's own (direct) use: from the
   * node's scope (`/model/layers.0/self_attn/q_proj/MatMul` → `model.layers.0.self_attn.q_proj.weight`)
   * or an exporter's alias; `null` when the graph does not tell.
   */
  readonly recoveredName: string | null
  /**
   * The name to show and to match rules against besides `name`: the tensor's own name when a person
   * gave it, else (for a made-up `onnx::MatMul_743`) its `recoveredName` when that names no other
   * tensor, else `name`.
   */
  readonly displayName: string
  /** Where the tensor sits in a transformer, over all its uses, or `null` (not a transformer, or not a part weightinit recognized). */
  readonly place: TensorPlace | null
  /** Why and where a tensor used in more than one place is shared, or `null`. */
  readonly sharing: TensorSharing | null
}

/**
 * The analysis of a whole model: every tensor of the main graph, subgraphs, `Constant` nodes and
 * sparse initializers, in model order.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * const { tensors, opsets } = analyze(await readModel('model.onnx'))
 * ```
 */
export interface ModelAnalysis {
  readonly tensors: readonly TensorAnalysis[]
  /** Opset version per domain (`''` for the default domain). */
  readonly opsets: Readonly<Record<string, number>>
  /** The transformer recognized in the main graph (blocks, width, heads, …), or `null` for other models. */
  readonly transformer: TransformerAnalysis | null
}
