import type { ModelContext, Role as ModelRole, Nonlinearity, Stack } from '@weightinit/core'

/**
 * The blocks of a packed tensor (a Q/K/V projection, or its bias) in the tensor's stored layout: the
 * axis they lie along, their sizes and roles in order along it.
 *
 * @example
 * ```ts
 * import type { Packing } from '@weightinit/onnx'
 * // ViT's qkv weight exported as a transposed MatMul weight [48, 144]: Q, K, V along axis 1.
 * const qkv: Packing = {
 *   axis: 1, sizes: [48, 48, 48], roles: ['attention_query', 'attention_key', 'attention_value'],
 *   repeats: 1, assumed: false,
 * }
 * ```
 */
export interface Packing {
  /** The axis of the stored tensor the blocks lie along. */
  readonly axis: number
  /** The size of each block along `axis` (in one repeat). */
  readonly sizes: readonly number[]
  /** The role of each block, in the same order. */
  readonly roles: readonly ModelRole[]
  /**
   * 1 when the blocks are contiguous; n when the axis holds n repeats of the blocks (a per-head
   * interleaving, as GPT-NeoX's `query_key_value` is laid out).
   */
  readonly repeats: number
  /**
   * The graph split the tensor at positions it computes at run time (PyTorch's
   * `nn.MultiheadAttention`): equal blocks in Q, K, V order were assumed.
   */
  readonly assumed: boolean
}

/**
 * Where one use of a tensor sits in a transformer: the role of the parameter behind the use, its
 * block and stack, and for a packed Q/K/V tensor its blocks.
 *
 * @example
 * ```ts
 * import type { ModelPlace } from '@weightinit/onnx'
 * const oProj: ModelPlace = { role: 'attention_output', block: 3, stack: null, packing: null }
 * ```
 */
export interface ModelPlace {
  readonly role: ModelRole
  /** The index of the block (from 0 along its stack), `null` outside the blocks (embeddings, head). */
  readonly block: number | null
  /** The stack of an encoder-decoder model, `null` for a one-stack model. */
  readonly stack: Stack | null
  readonly packing: Packing | null
}

/**
 * Where a tensor sits in a transformer, over all its uses: the role they agree on, the block they
 * share, and every role and block when they do not (a tensor the exporter de-duplicated).
 *
 * @example
 * ```ts
 * import type { TensorPlace } from '@weightinit/onnx'
 * // torch_encoder's zero [64] vector: out_proj.bias and both norms' shifts of both layers.
 * const merged: TensorPlace = {
 *   role: null, roles: ['norm_shift', 'attention_output_bias'], block: null, blocks: [0, 1],
 *   stack: null, packing: null,
 * }
 * ```
 */
export interface TensorPlace {
  /** The role every use gives the tensor, `null` when the uses disagree (see `roles`). */
  readonly role: ModelRole | null
  /** Every role its uses give it, in use order, each once. */
  readonly roles: readonly ModelRole[]
  /** The block of every use, `null` when outside the blocks or when in several (see `blocks`). */
  readonly block: number | null
  /** Every block its uses are in, ascending. */
  readonly blocks: readonly number[]
  readonly stack: Stack | null
  /** The packing its uses agree on, or `null`. */
  readonly packing: Packing | null
}

/**
 * Why one tensor has several uses:
 * - `tied`: the token embedding is also the readout, on purpose (weight tying);
 * - `deduplicated`: the exporter kept one tensor for equal values of several parameters (the layers
 *   `nn.TransformerEncoder` deep-copies, all-zero biases of one shape): the uses carry different
 *   parameter names;
 * - `reused`: one parameter applied in several places (layers shared on purpose, as ALBERT does):
 *   the uses carry the same name.
 *
 * @example
 * ```ts
 * import type { SharingKind } from '@weightinit/onnx'
 * const kind: SharingKind = 'deduplicated'
 * ```
 */
export type SharingKind = 'tied' | 'deduplicated' | 'reused'

/**
 * A tensor used in more than one place: why, the parameter behind each use, and whether the uses
 * disagree on the role.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * const { tensors } = analyze(await readModel('encoder.onnx'))
 * for (const t of tensors) if (t.sharing) console.log(t.displayName, t.sharing.kind, t.sharing.names.join(', '))
 * ```
 */
export interface TensorSharing {
  readonly kind: SharingKind
  /** The readable parameter names of the uses, in use order, each once. */
  readonly names: readonly string[]
  /** The uses give the tensor different model roles (a merged zero bias that is also a norm shift). */
  readonly conflictingRoles: boolean
}

/**
 * A readout tied to the token embedding: the same tensor read twice (`shared`), or — as PyTorch's
 * exporter writes GPT-2 — a second tensor holding the embedding's values, transposed (`copy`).
 *
 * @example
 * ```ts
 * import type { TiedHead } from '@weightinit/onnx'
 * const gpt2: TiedHead = { kind: 'copy', embedding: 'transformer.wte.weight', head: 'onnx::MatMul_676', transposed: true }
 * ```
 */
export interface TiedHead {
  readonly kind: 'shared' | 'copy'
  /** The token embedding's tensor. */
  readonly embedding: string
  /** The readout's tensor (the same name when `shared`). */
  readonly head: string
  /** The head reads (or holds) the table transposed, `[d, vocab]`. */
  readonly transposed: boolean
}

/**
 * One block of a transformer as the graph shows it: its index and stack, and the nodes of its
 * sublayers (attention, MLP) and their residual additions.
 *
 * @example
 * ```ts
 * import type { TransformerBlock } from '@weightinit/onnx'
 * declare const block: TransformerBlock
 * console.log(block.index, block.sublayers.map((s) => `${s.kind} → ${s.residual}`).join(', '))
 * ```
 */
export interface TransformerBlock {
  readonly index: number
  readonly stack: Stack | null
  readonly sublayers: readonly {
    readonly kind: 'attention' | 'cross_attention' | 'mlp'
    /** The node of the output projection (the residual projection). */
    readonly output: string
    /** The `Add` node that adds the sublayer to the residual stream. */
    readonly residual: string
  }[]
}

/**
 * What weightinit recognized of a transformer in an ONNX graph: the model context a scheme plans
 * with (blocks, width, heads, …), the facts around it, and the blocks themselves.
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * const { transformer } = analyze(await readModel('gpt2.onnx'))
 * if (transformer) console.log(transformer.context.layers, transformer.context.width, transformer.norm)
 * ```
 */
export interface TransformerAnalysis {
  /** Ready for `planScheme`'s `context`: layers (or encoder/decoder layers), architecture, width, heads, kv heads, head dim, MLP width. */
  readonly context: ModelContext
  /** Rows of the token embedding (or outputs of the LM head), `null` when there is none. */
  readonly vocab: number | null
  readonly tiedHead: TiedHead | null
  readonly norm: 'layer_norm' | 'rms_norm' | null
  /** Norms before each sublayer (`pre`, GPT-2, Llama, ViT) or after each residual addition (`post`). */
  readonly normPlacement: 'pre' | 'post' | null
  /** The MLP's nonlinearity (`gelu`, `gelu_tanh`, `relu`, `silu`, …). */
  readonly activation: Nonlinearity | null
  /** A gated MLP (SwiGLU, GeGLU: gate, up and down projections). */
  readonly gatedMlp: boolean | null
  readonly blocks: readonly TransformerBlock[]
  /** How the numbers were found where the graph did not show them directly (heads from a scale, …). */
  readonly notes: readonly string[]
}
