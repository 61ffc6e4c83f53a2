import { readFileSync } from 'node:fs'
import { STREAM_VERSION } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { parseSafetensorsHeader } from '../parseSafetensorsHeader'
import type { HfConfig } from './architecture.types'
import { CHECKPOINT_METADATA_KEY, planCheckpoint } from './planCheckpoint'
import { pythonJson } from './pythonJson'

const fixture = (name: string): HfConfig =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.config.json`, import.meta.url), 'utf8'))

describe('planCheckpoint: the files save_pretrained writes', () => {
  it('Llama-2-7B in float16: 13,476,831,232 bytes of data (the public total_size) in three 5 GB files', () => {
    const plan = planCheckpoint(fixture('llama-2-7b'), { seed: 0 })
    expect(plan.dtype).toBe('float16') // the config's torch_dtype
    expect(plan.dataBytes).toBe(13_476_831_232)
    expect(plan.files.map((f) => f.name)).toEqual([
      'model-00001-of-00003.safetensors',
      'model-00002-of-00003.safetensors',
      'model-00003-of-00003.safetensors',
    ])
    for (const file of plan.files) expect(file.bytes).toBeLessThanOrEqual(5e9)
    expect(plan.files.reduce((n, f) => n + f.bytes, 0)).toBe(plan.dataBytes)
    const index = JSON.parse(plan.index as string)
    expect(index.metadata).toEqual({ total_parameters: 6_738_415_616, total_size: 13_476_831_232 })
    expect(Object.keys(index.weight_map)).toHaveLength(291)
    expect(index.weight_map['lm_head.weight']).toBe('model-00003-of-00003.safetensors')
    expect(plan.index).toBe(pythonJson(index))
    // In bfloat16 the same bytes; in float32 twice as many and more files
    expect(planCheckpoint(fixture('llama-2-7b'), { seed: 0, dtype: 'bfloat16' }).dataBytes).toBe(
      13_476_831_232,
    )
    expect(planCheckpoint(fixture('llama-2-7b'), { seed: 0, dtype: 'float32' }).files).toHaveLength(
      6,
    )
  })

  it('GPT-2 small fits one model.safetensors (no index); config.json gets dtype, torch_dtype and architectures', () => {
    const config = fixture('gpt2')
    const plan = planCheckpoint(config, { seed: 0 })
    expect(plan.files.map((f) => f.name)).toEqual(['model.safetensors'])
    expect(plan.index).toBeUndefined()
    expect(plan.dataBytes).toBe(124_439_808 * 4)
    const written = JSON.parse(plan.config)
    expect(written).toEqual({ ...config, dtype: 'float32', torch_dtype: 'float32' })
    expect(plan.config).toBe(pythonJson(written))
    expect(plan.config).toContain('"layer_norm_epsilon": 1e-05,')
    const bert = planCheckpoint(
      { ...fixture('bert-base-uncased'), architectures: undefined },
      { seed: 0 },
    )
    expect(JSON.parse(bert.config).architectures).toEqual(['BertForMaskedLM'])
  })

  it('each file is a valid safetensors file: 8-aligned header, format pt and the recipe, offsets contiguous', () => {
    const plan = planCheckpoint(fixture('tinyllama-1.1b'), {
      seed: 7,
      maxShardSize: 500e6,
      recipe: 'gpt2',
    })
    expect(plan.files.length).toBeGreaterThan(3)
    for (const file of plan.files) {
      const { header } = file.plan
      const length = Number(new DataView(header.buffer, header.byteOffset).getBigUint64(0, true))
      expect(header.length).toBe(8 + length)
      expect(length % 8).toBe(0)
      const json = JSON.parse(new TextDecoder().decode(header.subarray(8)))
      expect(Object.keys(json)[0]).toBe('__metadata__')
      expect(json.__metadata__.format).toBe('pt')
      expect(JSON.parse(json.__metadata__[CHECKPOINT_METADATA_KEY])).toEqual({
        streamVersion: STREAM_VERSION,
        seed: '7',
        scheme: 'megatron',
        options: {},
        dtype: 'bfloat16',
        model_type: 'llama',
        architecture: 'LlamaForCausalLM',
      })
      let at = 0
      const names = Object.keys(json).filter((k) => k !== '__metadata__')
      expect(names).toEqual([...file.tensors].sort())
      for (const name of names) {
        const { dtype, shape, data_offsets } = json[name]
        expect(dtype).toBe('BF16')
        expect(data_offsets[0]).toBe(at)
        at = data_offsets[1]
        expect(at - data_offsets[0]).toBe(shape.reduce((a: number, b: number) => a * b, 2))
      }
      expect(at).toBe(file.plan.dataLength)
      // and the project's reader accepts the header
      expect(() =>
        parseSafetensorsHeader(new Uint8Array([...header]), header.length + at),
      ).not.toThrow()
    }
  })

  it('the padding row is zeroed (BERT pad_token_id 0) and packed Q/K/V blocks that draw differently become pieces', () => {
    const bert = planCheckpoint(fixture('bert-base-uncased'), { seed: 0 })
    const word = bert.files[0]!.plan.segments.find(
      (s) => s.name === 'bert.embeddings.word_embeddings.weight',
    )
    expect(word?.zeros).toEqual([[0, 768]])
    const gpt2 = {
      model_type: 'gpt2',
      vocab_size: 50,
      n_embd: 16,
      n_layer: 2,
      n_head: 4,
      n_positions: 8,
    }
    const mup = planCheckpoint(gpt2, {
      seed: 0,
      recipe: 'mup',
      options: { base_width: 8, query_zero: true },
    })
    const cAttn = mup.files[0]!.plan.segments.find(
      (s) => s.name === 'transformer.h.1.attn.c_attn.weight',
    )
    // Conv1D [in 16, out 48]: Q, K, V are column blocks of 16, rows of 48
    expect(
      cAttn?.pieces?.map(({ key, offset, run, stride }) => ({ key, offset, run, stride })),
    ).toEqual([
      { key: 'transformer.h.1.attn.c_attn.weight#Q', offset: 0, run: 16, stride: 48 },
      { key: 'transformer.h.1.attn.c_attn.weight#K', offset: 16, run: 16, stride: 48 },
      { key: 'transformer.h.1.attn.c_attn.weight#V', offset: 32, run: 16, stride: 48 },
    ])
    const neox = {
      model_type: 'gpt_neox',
      vocab_size: 50,
      hidden_size: 16,
      num_hidden_layers: 1,
      num_attention_heads: 4,
      intermediate_size: 32,
    }
    const qkv = planCheckpoint(neox, {
      seed: 0,
      recipe: 'mup',
      options: { base_width: 8, query_zero: true },
    }).files[0]!.plan.segments.find(
      (s) => s.name === 'gpt_neox.layers.0.attention.query_key_value.weight',
    )
    // [48, 16] per head of 4: rows h·12 + [0, 4) query, [4, 8) key, [8, 12) value
    expect(qkv?.pieces?.map(({ offset, run, stride }) => ({ offset, run, stride }))).toEqual([
      { offset: 0, run: 64, stride: 192 },
      { offset: 64, run: 64, stride: 192 },
      { offset: 128, run: 64, stride: 192 },
    ])
    expect(qkv?.pieces?.[0]?.plan.distribution).toBe('constant')
  })

  it('GPT-2’s Conv1D weights are read [in, out]: spectral σ = (1/√fan_in)·min(1, √(fan_out/fan_in))', () => {
    const plan = planCheckpoint(fixture('gpt2'), {
      seed: 0,
      recipe: 'spectral',
      options: { zero_residual: false },
    })
    const std = (name: string) => {
      const t = plan.tensors.find((x) => x.name === name)
      return t?.plan.packed === false ? t.plan.plan.std : undefined
    }
    // c_fc [768, 3072]: fan_in 768, fan_out 3072; c_proj [3072, 768]: fan_in 3072, fan_out 768
    expect(std('transformer.h.0.mlp.c_fc.weight')).toBeCloseTo(1 / Math.sqrt(768), 12)
    expect(std('transformer.h.0.mlp.c_proj.weight')).toBeCloseTo(0.5 / Math.sqrt(3072), 12)
  })

  it('refuses bad options and what the scheme cannot plan, before anything is written', () => {
    const gpt2 = fixture('gpt2')
    expectError(() => planCheckpoint(gpt2, { seed: 0, dtype: 'float64' as never }), 'INVALID_DTYPE')
    expectError(() => planCheckpoint(gpt2, { seed: -1 }), 'INVALID_SEED')
    expectError(() => planCheckpoint(gpt2, { seed: 0, maxShardSize: 0 }), 'INVALID_ARGUMENT')
    expectError(() => planCheckpoint(gpt2, { seed: 0, recipe: 'gtp2' as never }), 'UNKNOWN_SCHEME')
    expectError(() => planCheckpoint(gpt2, { seed: 0, recipe: 'mup' }), 'MISSING_SCHEME_OPTION')
    expectError(
      () => planCheckpoint(gpt2, { seed: 0, options: { sdt: '0.01' } }),
      'UNKNOWN_SCHEME_OPTION',
    )
  })

  it('scheme options reach every tensor: hf std=0.01, and GPT-2’s c_proj scaled by 1/√(2·n_layer)', () => {
    const plan = planCheckpoint(fixture('gpt2'), { seed: 0, options: { std: '0.01' } })
    const std = (name: string) => {
      const t = plan.tensors.find((x) => x.name === name)
      return t?.plan.packed === false ? t.plan.plan.std : undefined
    }
    expect(std('transformer.wte.weight')).toBe(0.01)
    expect(std('transformer.h.3.mlp.c_proj.weight')).toBeCloseTo(0.01 / Math.sqrt(24), 12)
    expect(std('transformer.h.3.mlp.c_fc.weight')).toBe(0.01)
  })
})
