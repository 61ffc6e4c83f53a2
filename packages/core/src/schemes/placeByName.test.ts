import { describe, expect, it } from 'vitest'
import { placeByName } from './placeByName'

const place = (name: string, generic: Parameters<typeof placeByName>[1] = 'weight') => {
  const found = placeByName(name, generic)
  return found === null ? null : [found.role, found.block, found.stack]
}

describe('placeByName', () => {
  it('reads the parameter names of the home codebases', () => {
    const cases: [string, unknown][] = [
      // GPT-2 (transformers): c_proj is the attention's or the MLP's by its sublayer
      ['transformer.h.0.attn.c_attn', ['attention_qkv', 0, null]],
      ['transformer.h.0.attn.c_proj', ['attention_output', 0, null]],
      ['transformer.h.11.mlp.c_proj', ['mlp_output', 11, null]],
      ['transformer.h.3.mlp.c_fc', ['mlp_input', 3, null]],
      // Llama (transformers) and torchtitan
      ['model.layers.7.self_attn.q_proj', ['attention_query', 7, null]],
      ['model.layers.7.self_attn.o_proj', ['attention_output', 7, null]],
      ['model.layers.7.mlp.gate_proj', ['mlp_gate', 7, null]],
      ['model.layers.7.mlp.down_proj', ['mlp_output', 7, null]],
      ['layers.2.attention.wo', ['attention_output', 2, null]],
      ['layers.2.feed_forward.w2', ['mlp_output', 2, null]],
      ['lm_head', ['readout', null, null]],
      // BERT: the attention's output dense vs the MLP's
      ['bert.encoder.layer.4.attention.output.dense', ['attention_output', 4, 'encoder']],
      ['bert.encoder.layer.4.intermediate.dense', ['mlp_input', 4, 'encoder']],
      ['bert.encoder.layer.4.output.dense', ['mlp_output', 4, 'encoder']],
      // GPT-NeoX, timm
      ['gpt_neox.layers.1.attention.query_key_value', ['attention_qkv', 1, null]],
      ['gpt_neox.layers.1.mlp.dense_h_to_4h', ['mlp_input', 1, null]],
      ['blocks.5.attn.qkv', ['attention_qkv', 5, null]],
      ['blocks.5.attn.proj', ['attention_output', 5, null]],
      ['blocks.5.mlp.fc2', ['mlp_output', 5, null]],
      // tfjs-style layer names
      ['block_2_q_proj', ['attention_query', 2, null]],
      ['layer3_attn_out', ['attention_output', 3, null]],
      ['decoder/block1/mlp/fc1', ['mlp_input', 1, 'decoder']],
    ]
    for (const [name, expected] of cases) expect(place(name), name).toEqual(expected)
  })

  it('a bias takes its weight’s bias role; an embedding defaults to the token embedding', () => {
    expect(place('transformer.h.0.attn.c_attn', 'bias')).toEqual(['attention_qkv_bias', 0, null])
    expect(place('block_0_fc2', 'bias')).toEqual(['mlp_output_bias', 0, null])
    expect(place('transformer.wpe', 'embedding')).toEqual(['position_embedding', null, null])
    expect(place('tokens', 'embedding')).toEqual(['token_embedding', null, null])
    expect(placeByName('tokens', 'embedding')?.hint).toBeNull()
  })

  it('knows nothing of names without a hint, or hints inside longer words', () => {
    expect(place('hidden_1')).toBeNull()
    expect(place('classifier_hidden_1')).toEqual(['readout', 1, null])
    expect(place('wqkv_extra')).toEqual(['attention_qkv', null, null])
    expect(place('myfc1layer')).toBeNull()
    expect(place('dense_h_to_4h')).toEqual(['mlp_input', null, null]) // not block 4
  })
})
