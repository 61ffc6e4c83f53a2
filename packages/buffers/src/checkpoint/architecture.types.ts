import type { ModelContext, Role } from '@weightinit/core'

/**
 * A parsed Hugging Face `config.json`: any JSON object. The fields a model needs are read and
 * checked by its {@link FamilyManifest}.
 *
 * @example
 * ```ts
 * import type { HfConfig } from '@weightinit/buffers'
 * const config: HfConfig = { model_type: 'gpt2', n_embd: 768, n_layer: 12, n_head: 12, n_positions: 1024, vocab_size: 50257 }
 * ```
 */
export type HfConfig = Readonly<Record<string, unknown>>

/**
 * Where one quantity of a model (a width, a count) comes from in `config.json`: the first of
 * `from` that is present and not `null`, else `default` — a number, or an expression of quantities
 * read before it (`'4*width'`, `'width/heads'`, `'2*positions-1'`). Without either, the config must
 * give it. A field holding an object counts its keys (`id2label` gives the number of labels).
 *
 * @example
 * ```ts
 * import type { QuantitySource } from '@weightinit/buffers'
 * const ffn: QuantitySource = { from: ['n_inner'], default: '4*width', meaning: 'the MLP width' }
 * ```
 */
export interface QuantitySource {
  /** Field names, first present wins (a config's own name and its `attribute_map` aliases). */
  readonly from: readonly string[]
  /** The value when no field gives one: a number or an expression of earlier quantities. */
  readonly default?: number | string
  /** What it is, for messages. */
  readonly meaning: string
}

/**
 * Where a yes/no fact of a model comes from: a boolean field (or a string field, true for the
 * values in `trueFor`), else `default`; without `from` it is fixed (a family that never has it).
 *
 * @example
 * ```ts
 * import type { FlagSource } from '@weightinit/buffers'
 * const tie: FlagSource = { from: ['tie_word_embeddings'], default: true }
 * ```
 */
export interface FlagSource {
  readonly from?: readonly string[]
  readonly default: boolean
  /** For a string field: the values that mean true. */
  readonly trueFor?: readonly string[]
}

/**
 * One parameter of a model, as data: its name (relative to its section), its shape as expressions
 * of the family's quantities, its role, and the flag it depends on.
 *
 * @example
 * ```ts
 * import type { TensorTemplate } from '@weightinit/buffers'
 * const q: TensorTemplate = { name: 'self_attn.q_proj.bias', shape: ['heads*headDim'], role: 'attention_query_bias', when: 'qkvBias' }
 * ```
 */
export interface TensorTemplate {
  /** The name within its section (the base model, a block, or the head). */
  readonly name: string
  /** Dimensions: integers or expressions of the family's quantities (`'vocab'`, `'3*width'`). */
  readonly shape: readonly string[]
  /** The role it is drawn with. */
  readonly role: Role
  /** The flag that must hold for the tensor to exist (`'!flag'`: must not hold). */
  readonly when?: string
  /**
   * How a 2-D weight is stored: `oi` (`nn.Linear`, `nn.Embedding`: `[out, in]`, the default) or
   * `io` (GPT-2's `Conv1D`: `[in, out]`).
   */
  readonly layout?: 'oi' | 'io'
  /**
   * A packed Q/K/V tensor: `blocks` (Q, K, V one after another along the output axis, GPT-2's
   * `c_attn`) or `heads` (per head, Q, K and V of that head, GPT-NeoX's `query_key_value`).
   */
  readonly packing?: 'blocks' | 'heads'
  /** The role when the readout is tied to this tensor (the token embedding). */
  readonly tiedRole?: Role
}

/**
 * One model class of a family (`LlamaForCausalLM`, `BertForMaskedLM`, …): where its base model's
 * tensors live, the flags it sets, and the tensors of its head, in state-dict order.
 *
 * @example
 * ```ts
 * import type { HeadTemplate } from '@weightinit/buffers'
 * const bare: HeadTemplate = { base: '', tensors: [] }
 * ```
 */
export interface HeadTemplate {
  /** The base model's prefix (`model.`, `transformer.`; `''` for the bare model). */
  readonly base: string
  /** Flags the class sets (BERT's `pooler`). */
  readonly flags?: Readonly<Record<string, boolean>>
  /** Whether its readout is the input embedding when `tie` holds (then left out, as HF does). */
  readonly ties?: boolean
  /** The head's own tensors, with full names. */
  readonly tensors: readonly TensorTemplate[]
}

/**
 * One model family (`model_type`) as data: how to read its `config.json`, and every parameter of
 * its persistent state dict, in order, as `save_pretrained` saves it.
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * Object.keys(families.llama.classes) // ['ForCausalLM', 'Model', 'ForSequenceClassification']
 * ```
 */
export interface FamilyManifest {
  /** One line: what the family is. */
  readonly summary: string
  /** The modeling file the names, shapes and order were read from. */
  readonly source: string
  /** Encoder-only or decoder-only, for schemes that care. */
  readonly architecture: 'encoder' | 'decoder'
  /** The prefix of its class names (`Llama`, `GPT2`). */
  readonly classPrefix: string
  /** The class (suffix) used when `architectures` is absent. */
  readonly defaultClass: string
  /** Its quantities, read in order (`vocab`, `width`, `layers`, `heads`, … by convention). */
  readonly quantities: Readonly<Record<string, QuantitySource>>
  /** Its flags (`tie` by convention: `tie_word_embeddings`). */
  readonly flags: Readonly<Record<string, FlagSource>>
  /** Boolean fields the manifest does not model: set to true, they are refused. */
  readonly unsupported?: readonly string[]
  /** The base model's tensors before the blocks. */
  readonly embeddings: readonly TensorTemplate[]
  /** Where the blocks live: block i's tensors are named `${blockPrefix}.${i}.${name}`. */
  readonly blockPrefix: string
  /** Each block's tensors. */
  readonly block: readonly TensorTemplate[]
  /** The base model's tensors after the blocks. */
  readonly final: readonly TensorTemplate[]
  /** Its model classes, by the suffix after `classPrefix`. */
  readonly classes: Readonly<Record<string, HeadTemplate>>
}

/**
 * One tensor of a checkpoint: its full name, shape, role and place, in state-dict order.
 *
 * @example
 * ```ts
 * import type { ManifestTensor } from '@weightinit/buffers'
 * const t: ManifestTensor = { name: 'model.layers.0.mlp.down_proj.weight', shape: [4096, 11008], role: 'mlp_output', block: 0, layout: 'oi' }
 * ```
 */
export interface ManifestTensor {
  readonly name: string
  readonly shape: readonly number[]
  readonly role: Role
  /** The index of its block, from 0 (absent outside the blocks). */
  readonly block?: number
  /** How a 2-D weight is stored (absent for 1-D tensors). */
  readonly layout?: 'oi' | 'io'
  /** How a packed Q/K/V tensor is laid out. */
  readonly packing?: 'blocks' | 'heads'
}

/**
 * What a `config.json` describes: the model class, every tensor of its persistent state dict (tied
 * weights left out) in order, the quantities read, and the model context schemes plan with.
 *
 * @example
 * ```ts
 * import { architectureManifest, type ArchitectureManifest } from '@weightinit/buffers'
 * const m: ArchitectureManifest = architectureManifest({ model_type: 'gpt2', n_embd: 64, n_layer: 2, n_head: 4, n_positions: 32, vocab_size: 100 })
 * m.tensors.length // 2 + 2 · 12 + 2 = 28
 * ```
 */
export interface ArchitectureManifest {
  /** The config's `model_type`. */
  readonly modelType: string
  /** The model class (`LlamaForCausalLM`). */
  readonly architecture: string
  /** Whether the readout is the input embedding (and so not stored). */
  readonly tied: boolean
  readonly tensors: readonly ManifestTensor[]
  /** The total element count. */
  readonly parameters: number
  /** The quantities read (`width`, `layers`, …). */
  readonly quantities: Readonly<Record<string, number>>
  /** What schemes plan with: layers, width, heads, kv heads, head width, MLP width, family, … */
  readonly context: ModelContext
}
