import type { Role as ModelRole } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { node } from '../../testing/buildModel'
import type { Role } from '../roles'
import { isGeneratedName } from './isGeneratedName'
import { moduleScope } from './moduleScope'
import { type NamedUse, recoverNames } from './recoverNames'

describe('moduleScope', () => {
  it.each([
    ['/model/layers.0/self_attn/q_proj/MatMul', 'model.layers.0.self_attn.q_proj'],
    ['/transformer/h.11/mlp/c_fc/Gemm', 'transformer.h.11.mlp.c_fc'],
    // a called nn.Sequential and its child: the child's scope repeats the container's name
    ['/blocks/blocks.0/attn/qkv/MatMul', 'blocks.0.attn.qkv'],
    ['/encoder/layers.1/norm2/Add_1', 'encoder.layers.1.norm2'],
    ['/stages/stages.2/blocks/blocks.0/conv/Conv', 'stages.2.blocks.0.conv'],
    ['/lm_head/MatMul', 'lm_head'],
  ])('%s → %s', (name, path) => {
    expect(moduleScope(name)).toBe(path)
  })

  it.each(['/Add', 'Gemm_3', '', 'model/dense/MatMul', '//x/MatMul', '/a/./MatMul'])(
    'gives no module for %j',
    (name) => {
      expect(moduleScope(name)).toBeNull()
    },
  )

  it('takes linear time on a hostile name', () => {
    const name = `/${'a.'.repeat(100_000)}b/${'0.'.repeat(100_000)}1/MatMul`
    const start = performance.now()
    expect(moduleScope(name)).not.toBeNull()
    expect(performance.now() - start).toBeLessThan(1000)
  })
})

describe('isGeneratedName', () => {
  it.each([
    'onnx::MatMul_743',
    '/model/Constant_output_0',
    'Constant_147',
    'Identity_3',
    '42',
    'val_7',
    '_v_12',
    'const_fold_opt__123',
    '',
  ])('%j is made up', (name) => {
    expect(isGeneratedName(name)).toBe(true)
  })

  it.each([
    'model.layers.0.self_attn.q_proj.weight',
    'cls_token',
    'fc1.bias',
    'W',
    'conv/kernel:0',
  ])('%j was given', (name) => {
    expect(isGeneratedName(name)).toBe(false)
  })
})

const use = (
  nodeName: string,
  role: Role,
  place: ModelRole | null = null,
  alias: string | null = null,
): NamedUse => ({
  node: node({ op: 'MatMul', inputs: [], outputs: ['y'], name: nodeName }),
  alias,
  role,
  place: place === null ? null : { role: place, block: 0, stack: null, packing: null },
})

describe('recoverNames', () => {
  it('names a made-up tensor after its node scope, with weight or bias by role', () => {
    const names = recoverNames([
      {
        name: 'onnx::MatMul_743',
        uses: [use('/model/layers.0/self_attn/q_proj/MatMul', 'weight')],
      },
      { name: 'onnx::Add_12', uses: [use('/model/layers.0/self_attn/q_proj/Add', 'bias')] },
      { name: 'onnx::Mul_9', uses: [use('/model/norm/Mul_1', 'norm_scale')] },
    ])
    expect(names).toEqual({
      useNames: [
        'model.layers.0.self_attn.q_proj.weight',
        'model.layers.0.self_attn.q_proj.bias',
        'model.norm.weight',
      ],
      recoveredNames: [
        'model.layers.0.self_attn.q_proj.weight',
        'model.layers.0.self_attn.q_proj.bias',
        'model.norm.weight',
      ],
      displayNames: [
        'model.layers.0.self_attn.q_proj.weight',
        'model.layers.0.self_attn.q_proj.bias',
        'model.norm.weight',
      ],
    })
  })

  it('keeps a given name, and names each use after its alias when the alias was given', () => {
    const names = recoverNames([
      {
        name: 'encoder.layers.0.norm1.bias',
        uses: [
          use('/encoder/layers.1/norm1/Add_1', 'norm_shift', null, 'encoder.layers.1.norm1.bias'),
          use('/encoder/layers.0/norm1/Add_1', 'norm_shift'),
        ],
      },
    ])
    expect(names).toEqual({
      useNames: ['encoder.layers.1.norm1.bias', 'encoder.layers.0.norm1.bias'],
      recoveredNames: ['encoder.layers.0.norm1.bias'],
      displayNames: ['encoder.layers.0.norm1.bias'],
    })
  })

  it('tells a module that calls its parameters functionally (nn.MultiheadAttention) by role', () => {
    const names = recoverNames([
      {
        name: 'onnx::MatMul_284',
        uses: [use('/encoder/layers.0/self_attn/MatMul', 'weight', 'attention_qkv')],
      },
      {
        name: 'onnx::Gemm_5',
        uses: [use('/encoder/layers.0/self_attn/Gemm', 'weight', 'attention_output')],
      },
      {
        name: 'onnx::Gemm_6',
        uses: [use('/encoder/layers.0/self_attn/Gemm', 'bias', 'attention_output_bias')],
      },
      {
        name: 'onnx::Add_7',
        uses: [use('/encoder/layers.0/self_attn/Add', 'bias', 'attention_qkv_bias')],
      },
      // no role says which: no name rather than a wrong one
      { name: 'onnx::MatMul_8', uses: [use('/x/MatMul', 'weight')] },
      { name: 'onnx::MatMul_9', uses: [use('/x/MatMul_1', 'weight')] },
    ])
    expect(names.displayNames).toEqual([
      'encoder.layers.0.self_attn.in_proj_weight',
      'encoder.layers.0.self_attn.out_proj.weight',
      'encoder.layers.0.self_attn.out_proj.bias',
      'encoder.layers.0.self_attn.in_proj_bias',
      'onnx::MatMul_8',
      'onnx::MatMul_9',
    ])
  })

  it('never shows a recovered name that is another tensor’s name, and gives no name to non-parameters', () => {
    const names = recoverNames([
      { name: 'lm_head.weight', uses: [use('/lm_head/MatMul', 'weight')] },
      { name: 'onnx::MatMul_1', uses: [use('/head/MatMul', 'weight', null, 'lm_head.weight')] },
      { name: 'onnx::Reshape_2', uses: [use('/model/Reshape', 'constant')] },
    ])
    expect(names.displayNames).toEqual(['lm_head.weight', 'onnx::MatMul_1', 'onnx::Reshape_2'])
    expect(names.recoveredNames).toEqual(['lm_head.weight', 'lm_head.weight', null])
    expect(names.useNames).toEqual(['lm_head.weight', 'lm_head.weight', null])
  })
})
