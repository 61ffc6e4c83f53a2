import type { FamilyManifest, TensorTemplate } from './architecture.types'

/**
 * BERT's masked-LM head (`BertLMPredictionHead` under `cls.predictions`): its own `bias` first (a
 * module's parameters come before its children in the state dict), the transform, and the decoder
 * — tied to the word embeddings unless `tie_word_embeddings` is false. `decoder.bias` is the same
 * parameter as `bias`, so `save_pretrained` keeps only `cls.predictions.bias`.
 */
const mlmHead: readonly TensorTemplate[] = [
  { name: 'cls.predictions.bias', shape: ['vocab'], role: 'readout_bias' },
  { name: 'cls.predictions.transform.dense.weight', shape: ['width', 'width'], role: 'linear' },
  { name: 'cls.predictions.transform.dense.bias', shape: ['width'], role: 'linear_bias' },
  { name: 'cls.predictions.transform.LayerNorm.weight', shape: ['width'], role: 'norm_scale' },
  { name: 'cls.predictions.transform.LayerNorm.bias', shape: ['width'], role: 'norm_shift' },
  {
    name: 'cls.predictions.decoder.weight',
    shape: ['vocab', 'width'],
    role: 'readout',
    when: '!tied',
  },
]

/** A classifier `nn.Linear(hidden_size, n)` named `name`. */
const classifier = (name: string, outputs: string): readonly TensorTemplate[] => [
  { name: `${name}.weight`, shape: [outputs, 'width'], role: 'readout' },
  { name: `${name}.bias`, shape: [outputs], role: 'readout_bias' },
]

/**
 * `bert`: BERT as `BertModel` registers it — the embeddings (word, position, token type,
 * LayerNorm), the encoder layers (self-attention query, key, value, output dense and LayerNorm;
 * intermediate dense; output dense and LayerNorm), and the pooler for the classes that use it.
 * `embeddings.position_ids` and `embeddings.token_type_ids` are buffers registered with
 * `persistent=False`: not in the state dict, so not saved. The class in `architectures` decides
 * the head: `BertForMaskedLM` has no pooler and `cls.predictions`; `BertForPreTraining` both
 * pooler and `cls.predictions` + `cls.seq_relationship`; the classifiers a pooler or not, as their
 * classes build `BertModel(config, add_pooling_layer=…)`.
 *
 * @remarks Read from transformers `models/bert/modeling_bert.py` (`BertEmbeddings`,
 * `BertSelfAttention` with `distance_embedding` for relative positions, `BertLayer`, `BertPooler`,
 * `BertLMPredictionHead`, the `BertFor…` classes). Cross-attention (`add_cross_attention`) is not
 * modelled.
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * families.bert.classes.ForMaskedLM?.flags // undefined: no pooler
 * families.bert.classes.Model?.flags // { pooler: true }
 * ```
 */
export const bertFamily: FamilyManifest = {
  summary: 'BERT: an encoder with learned and token-type embeddings, post-LayerNorm, GELU MLP',
  source: 'huggingface/transformers src/transformers/models/bert/modeling_bert.py',
  architecture: 'encoder',
  classPrefix: 'Bert',
  defaultClass: 'ForMaskedLM',
  quantities: {
    vocab: { from: ['vocab_size'], meaning: 'the vocabulary size' },
    width: { from: ['hidden_size'], meaning: 'the model width' },
    layers: { from: ['num_hidden_layers'], meaning: 'the number of encoder layers' },
    heads: { from: ['num_attention_heads'], meaning: 'the attention heads' },
    ffn: { from: ['intermediate_size'], meaning: 'the MLP width' },
    positions: { from: ['max_position_embeddings'], meaning: 'the number of positions' },
    typeVocab: { from: ['type_vocab_size'], default: 2, meaning: 'the number of token types' },
    headDim: { from: [], default: 'width/heads', meaning: 'the width of a head' },
    distances: { from: [], default: '2*positions-1', meaning: 'the relative distances' },
    labels: { from: ['id2label', 'num_labels'], default: 2, meaning: 'the number of labels' },
  },
  flags: {
    tie: { from: ['tie_word_embeddings'], default: true },
    relative: {
      from: ['position_embedding_type'],
      default: false,
      trueFor: ['relative_key', 'relative_key_query'],
    },
    pooler: { default: false },
  },
  unsupported: ['add_cross_attention'],
  embeddings: [
    {
      name: 'embeddings.word_embeddings.weight',
      shape: ['vocab', 'width'],
      role: 'token_embedding',
      tiedRole: 'tied_embedding',
    },
    {
      name: 'embeddings.position_embeddings.weight',
      shape: ['positions', 'width'],
      role: 'position_embedding',
    },
    {
      name: 'embeddings.token_type_embeddings.weight',
      shape: ['typeVocab', 'width'],
      role: 'token_type_embedding',
    },
    { name: 'embeddings.LayerNorm.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'embeddings.LayerNorm.bias', shape: ['width'], role: 'norm_shift' },
  ],
  blockPrefix: 'encoder.layer',
  block: [
    { name: 'attention.self.query.weight', shape: ['width', 'width'], role: 'attention_query' },
    { name: 'attention.self.query.bias', shape: ['width'], role: 'attention_query_bias' },
    { name: 'attention.self.key.weight', shape: ['width', 'width'], role: 'attention_key' },
    { name: 'attention.self.key.bias', shape: ['width'], role: 'attention_key_bias' },
    { name: 'attention.self.value.weight', shape: ['width', 'width'], role: 'attention_value' },
    { name: 'attention.self.value.bias', shape: ['width'], role: 'attention_value_bias' },
    {
      name: 'attention.self.distance_embedding.weight',
      shape: ['distances', 'headDim'],
      role: 'position_embedding',
      when: 'relative',
    },
    { name: 'attention.output.dense.weight', shape: ['width', 'width'], role: 'attention_output' },
    { name: 'attention.output.dense.bias', shape: ['width'], role: 'attention_output_bias' },
    { name: 'attention.output.LayerNorm.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'attention.output.LayerNorm.bias', shape: ['width'], role: 'norm_shift' },
    { name: 'intermediate.dense.weight', shape: ['ffn', 'width'], role: 'mlp_input' },
    { name: 'intermediate.dense.bias', shape: ['ffn'], role: 'mlp_input_bias' },
    { name: 'output.dense.weight', shape: ['width', 'ffn'], role: 'mlp_output' },
    { name: 'output.dense.bias', shape: ['width'], role: 'mlp_output_bias' },
    { name: 'output.LayerNorm.weight', shape: ['width'], role: 'norm_scale' },
    { name: 'output.LayerNorm.bias', shape: ['width'], role: 'norm_shift' },
  ],
  final: [
    { name: 'pooler.dense.weight', shape: ['width', 'width'], role: 'linear', when: 'pooler' },
    { name: 'pooler.dense.bias', shape: ['width'], role: 'linear_bias', when: 'pooler' },
  ],
  classes: {
    ForMaskedLM: { base: 'bert.', ties: true, tensors: mlmHead },
    Model: { base: '', flags: { pooler: true }, tensors: [] },
    ForPreTraining: {
      base: 'bert.',
      flags: { pooler: true },
      ties: true,
      tensors: [...mlmHead, ...classifier('cls.seq_relationship', '2')],
    },
    LMHeadModel: { base: 'bert.', ties: true, tensors: mlmHead },
    ForNextSentencePrediction: {
      base: 'bert.',
      flags: { pooler: true },
      tensors: classifier('cls.seq_relationship', '2'),
    },
    ForSequenceClassification: {
      base: 'bert.',
      flags: { pooler: true },
      tensors: classifier('classifier', 'labels'),
    },
    ForMultipleChoice: {
      base: 'bert.',
      flags: { pooler: true },
      tensors: classifier('classifier', '1'),
    },
    ForTokenClassification: { base: 'bert.', tensors: classifier('classifier', 'labels') },
    ForQuestionAnswering: { base: 'bert.', tensors: classifier('qa_outputs', 'labels') },
  },
}
