/* Transformer schemes in `reinitialize`: a tfjs transformer built from Dense layers, whose layer
 * names say the part (GPT-2's and Llama's module names), initialized as the scheme's home codebase
 * does; the model still runs. */
import * as tf from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import { planScheme, sample } from '@weightinit/core'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { type ReinitializedWeight, reinitialize } from './reinitialize'
import { moments, scramble, weightValues } from './testing/models'

const WIDTH = 64
const VOCAB = 50

/**
 * A GPT-2-shaped stack of Dense layers (2 blocks, width 64): per block ln_1, a packed c_attn
 * [64, 192], the attention's c_proj, ln_2, the MLP's c_fc and c_proj, each added to the stream;
 * then ln_f and lm_head. The mixing is a stand-in for attention: the weights are what matters.
 */
function gpt2Like(prefix: string): tfl.LayersModel {
  const ids = tfl.input({ shape: [6] })
  let x = tfl.layers
    .embedding({ name: `${prefix}wte`, inputDim: VOCAB, outputDim: WIDTH })
    .apply(ids) as tfl.SymbolicTensor
  for (let i = 0; i < 2; i++) {
    const at = `${prefix}h_${i}_`
    let h = tfl.layers.layerNormalization({ name: `${at}ln_1` }).apply(x)
    h = tfl.layers.dense({ name: `${at}attn_c_attn`, units: 3 * WIDTH }).apply(h)
    h = tfl.layers.dense({ name: `${at}attn_c_proj`, units: WIDTH }).apply(h)
    x = tfl.layers.add().apply([x, h as tfl.SymbolicTensor]) as tfl.SymbolicTensor
    let m = tfl.layers.layerNormalization({ name: `${at}ln_2` }).apply(x)
    m = tfl.layers.dense({ name: `${at}mlp_c_fc`, units: 4 * WIDTH, activation: 'gelu' }).apply(m)
    m = tfl.layers.dense({ name: `${at}mlp_c_proj`, units: WIDTH }).apply(m)
    x = tfl.layers.add().apply([x, m as tfl.SymbolicTensor]) as tfl.SymbolicTensor
  }
  const y = tfl.layers.layerNormalization({ name: `${prefix}ln_f` }).apply(x)
  const logits = tfl.layers.dense({ name: `${prefix}lm_head`, units: VOCAB }).apply(y)
  return tfl.model({ inputs: ids, outputs: logits as tfl.SymbolicTensor })
}

function entry(report: readonly ReinitializedWeight[], path: string) {
  const found = report.find((e) => e.path === path)
  if (found?.action !== 'init') throw new Error(`${path} was not initialized`)
  return found
}

describe('reinitialize with a transformer scheme', () => {
  it('gpt2 by layer names: 0.02 everywhere, the residual projections 0.02/√(2L), zero biases, unit norms', () => {
    const model = gpt2Like('')
    scramble(model)
    const report = reinitialize(model, { scheme: 'gpt2' }, { seed: 7 })
    const values = weightValues(model)
    const roles = Object.fromEntries(
      report.map((e) => [e.path, e.action === 'init' ? e.scheme?.role : e.action]),
    )
    expect(roles).toMatchObject({
      'wte/embeddings': 'token_embedding',
      'h_0_ln_1/gamma': 'norm_scale',
      'h_0_ln_1/beta': 'norm_shift',
      'h_0_attn_c_attn/kernel': 'attention_qkv',
      'h_0_attn_c_attn/bias': 'attention_qkv_bias',
      'h_0_attn_c_proj/kernel': 'attention_output',
      'h_1_mlp_c_fc/kernel': 'mlp_input',
      'h_1_mlp_c_proj/kernel': 'mlp_output',
      'lm_head/kernel': 'readout',
    })
    for (const e of report) expect(e.action, e.path).toBe('init')
    for (const path of ['h_0_attn_c_proj/kernel', 'h_1_mlp_c_proj/kernel']) {
      const line = entry(report, path)
      expect(line.plan.std).toBeCloseTo(0.02 / Math.sqrt(4), 15)
      expect(line.scheme?.parameters.layers).toEqual({ value: 2, origin: 'context' })
    }
    for (const [path, std] of [
      ['h_0_attn_c_attn/kernel', 0.02],
      ['h_1_mlp_c_fc/kernel', 0.02],
      ['h_1_mlp_c_proj/kernel', 0.01],
      ['lm_head/kernel', 0.02],
    ] as const) {
      const sampled = moments(values.get(path)!)
      // ≥ 3200 elements: the sample std is within 5 standard errors, 1/√(2n) relative
      expect(Math.abs(sampled.std / std - 1), path).toBeLessThan(5 / Math.sqrt(2 * 3200))
    }
    expect(new Set(values.get('h_0_attn_c_attn/bias'))).toEqual(new Set([0]))
    expect(new Set(values.get('ln_f/gamma'))).toEqual(new Set([1]))
    // the same bits as core's sample of the plan, keyed by the weight's path
    const planned = planScheme({
      scheme: 'megatron',
      role: 'mlp_output',
      shape: [256, 64],
      layout: 'io',
      block: 1,
      context: { layers: 2 },
    })
    if (planned.packed) throw new Error('not packed')
    expect(values.get('h_1_mlp_c_proj/kernel')).toEqual(
      sample(planned.plan, { seed: 7, key: 'h_1_mlp_c_proj/kernel' }),
    )
    const out = tf.tidy(() => (model.predict(tf.zeros([2, 6])) as tf.Tensor).dataSync())
    expect(out.every(Number.isFinite)).toBe(true)
  })

  it('explicit roles for names without a hint, options, and a packed kernel drawn block by block', () => {
    const ids = tfl.input({ shape: [4] })
    const x = tfl.layers.embedding({ name: 'tokens', inputDim: VOCAB, outputDim: WIDTH }).apply(ids)
    const mixed = tfl.layers.dense({ name: 'mix_0', units: 3 * WIDTH }).apply(x)
    const back = tfl.layers.dense({ name: 'back_0', units: WIDTH }).apply(mixed)
    const model = tfl.model({ inputs: ids, outputs: back as tfl.SymbolicTensor })
    const report = reinitialize(
      model,
      {
        scheme: 'mup',
        roles: [
          { layer: 'mix_0', role: 'attention_qkv', block: 0 },
          { layer: /^back/, role: 'attention_output', block: 0 },
        ],
        context: { width: WIDTH, heads: 4 },
        options: { base_width: 16 },
      },
      { seed: 3 },
    )
    const qkv = entry(report, 'mix_0/kernel')
    expect(qkv.scheme?.packed).toBe(true)
    expect(entry(report, 'mix_0/bias').scheme?.role).toBe('attention_qkv_bias')
    expect(entry(report, 'back_0/kernel').plan.std).toBeCloseTo(0.02 * Math.sqrt(16 / 64), 15)
    expect(entry(report, 'tokens/embeddings').scheme?.role).toBe('token_embedding')
    const kernel = weightValues(model).get('mix_0/kernel')!
    // μP's zero query: the first 64 columns of every row; K and V from their own streams
    for (let r = 0; r < WIDTH; r++) {
      expect(kernel.subarray(r * 192, r * 192 + 64).every((v) => v === 0)).toBe(true)
    }
    if (!qkv.scheme?.packed) throw new Error('packed')
    const key = sample(qkv.scheme.parts[1]!.plan, { seed: 3, key: 'mix_0/kernel#K' })
    expect(kernel.subarray(64, 128)).toEqual(key.subarray(0, 64))
  })

  it('weights the scheme has no place for get the otherwise preset; bad input is refused', () => {
    const model = gpt2Like('x_')
    const report = reinitialize(
      model,
      { scheme: 'deepnet', context: { architecture: 'decoder', width: WIDTH } },
      { seed: 1 },
    )
    expect(entry(report, 'x_h_0_mlp_c_fc/kernel').scheme?.role).toBe('mlp_input')
    expectError(
      () => reinitialize(model, { scheme: 'megatorn' as never }, { seed: 1 }),
      'UNKNOWN_SCHEME',
    )
    expectError(() => reinitialize(model, { scheme: 'mup' }, { seed: 1 }), 'MISSING_SCHEME_OPTION')
    const dense = tfl.sequential({
      layers: [tfl.layers.dense({ name: 'hidden', units: 8, inputShape: [4] })],
    })
    const plain = reinitialize(dense, { scheme: 'gpt2', otherwise: 'torch' }, { seed: 1 })
    expect(
      plain.map((e) => (e.action === 'init' ? [e.path, e.scheme, e.spec.init] : e.path)),
    ).toEqual([
      ['hidden/kernel', undefined, 'torch.default'],
      ['hidden/bias', undefined, 'torch.default_bias'],
    ])
  })
})
