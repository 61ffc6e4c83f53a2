/* Test helpers: small transformer graphs built in code, in the shapes PyTorch's exporter writes
 * (scoped node names, made-up `onnx::MatMul_N` weight names), for the variants the committed
 * fixtures do not cover. Not part of the API. Built for analysis: a model with grouped-query
 * attention has no key/value repeat, so it does not run. */
import type { ModelProto, TensorProto } from '../schema/generated/onnx_pb'
import { floatTensor, int64Tensor, model, type NodeSpec, randomTensor } from './buildModel'

export interface TransformerSpec {
  readonly layers: number
  readonly width: number
  readonly heads: number
  /** Key/value heads (default `heads`). */
  readonly kvHeads?: number
  /** The MLP's hidden width (default 4·width). */
  readonly ffn?: number
  readonly vocab?: number
  /** Decomposed LayerNorm, fused `LayerNormalization`, RMSNorm with √ and ÷, RMSNorm with x^(−½) and casts. */
  readonly norm?: 'layer_norm' | 'layer_norm_fused' | 'rms_norm' | 'rms_norm_rsqrt'
  /** `MatMul` by `[in, out]` weights named `onnx::MatMul_N`, or `Gemm(transB=1)` by named `[out, in]` weights with biases. */
  readonly projections?: 'matmul' | 'gemm'
  /**
   * Three projections; one `Split` into Q, K, V; or one reshaped to `[S, 3, heads, head_dim]` and
   * picked by `Gather` on the 3 (timm's ViT, before it used `unbind`; needs kvHeads = heads).
   */
  readonly qkv?: 'separate' | 'packed' | 'packed_gather'
  readonly mlp?: 'gelu' | 'swiglu'
  /** Scale the scores by 1/√head_dim (default true). */
  readonly scale?: boolean
  /** A causal mask added to the scores (default false). */
  readonly causal?: boolean
  /** The head reads the token embedding through a Transpose (default false). */
  readonly tied?: boolean
  /** Where the exporter's numbering (`onnx::MatMul_N`, node suffixes) starts (default 100). */
  readonly firstNumber?: number
  /** Attention and MLP side by side on one residual addition (GPT-NeoX, GPT-J). */
  readonly parallel?: boolean
  /** Make it an encoder-decoder: `layers` encoder blocks, then this many decoder blocks with cross-attention. */
  readonly decoderLayers?: number
}

const SEQUENCE = 4

/**
 * A pre-norm transformer of `layers` blocks over a sequence of 4 tokens (activations `[S, d]`):
 * token embedding, per block norm → attention → residual add → norm → MLP → residual add, a final
 * norm and an LM head.
 */
export function transformerModel(spec: TransformerSpec): ModelProto {
  const d = spec.width
  const heads = spec.heads
  const kvHeads = spec.kvHeads ?? heads
  const hd = d / heads
  const ffn = spec.ffn ?? 4 * d
  const vocab = spec.vocab ?? 50
  const norm = spec.norm ?? 'layer_norm'
  const gemm = spec.projections === 'gemm'
  const nodes: NodeSpec[] = []
  const inits: TensorProto[] = []
  let counter = spec.firstNumber ?? 100
  let seed = 1
  const constant = (
    name: string,
    values: readonly number[],
    dims: readonly number[] = [values.length],
  ) => {
    inits.push(int64Tensor(name, dims, values))
    return name
  }
  const scalar = (name: string, value: number) => {
    inits.push(floatTensor(name, [], [value]))
    return name
  }
  const node = (
    scope: string,
    op: string,
    inputs: readonly string[],
    attrs?: NodeSpec['attrs'],
    outputs = 1,
  ) => {
    const name = `${scope}/${op}${counter++}`
    const outs = Array.from({ length: outputs }, (_, i) => `${name}_output_${i}`)
    nodes.push({ op, inputs, outputs: outs, name, ...(attrs === undefined ? {} : { attrs }) })
    return outs
  }
  const one = (scope: string, op: string, inputs: readonly string[], attrs?: NodeSpec['attrs']) =>
    node(scope, op, inputs, attrs)[0]!
  /** A linear layer in `scope` (`/model/layers.0/self_attn/q_proj`), `[S, inF]` → `[S, outF]`. */
  const linear = (scope: string, x: string, inF: number, outF: number, bias: boolean) => {
    if (gemm) {
      const path = scope.slice(1).replaceAll('/', '.')
      const w = `${path}.weight`
      const b = `${path}.bias`
      inits.push(
        randomTensor(w, [outF, inF], seed++, 0.02),
        floatTensor(b, [outF], new Float32Array(outF)),
      )
      return one(scope, 'Gemm', [x, w, b], { transB: { i: 1 } })
    }
    const w = `onnx::MatMul_${counter++}`
    inits.push(randomTensor(w, [inF, outF], seed++, 0.02))
    const y = one(scope, 'MatMul', [x, w])
    if (!bias) return y
    const b = `${scope.slice(1).replaceAll('/', '.')}.bias`
    inits.push(floatTensor(b, [outF], new Float32Array(outF)))
    return one(scope, 'Add', [b, y])
  }
  const normalize = (scope: string, x: string) => {
    const path = scope.slice(1).replaceAll('/', '.')
    const w = `${path}.weight`
    inits.push(floatTensor(w, [d], new Float32Array(d).fill(1)))
    const withShift = norm === 'layer_norm' || norm === 'layer_norm_fused'
    const b = `${path}.bias`
    if (withShift) inits.push(floatTensor(b, [d], new Float32Array(d)))
    const eps = scalar(`${scope}/eps`, 1e-5)
    switch (norm) {
      case 'layer_norm_fused':
        return one(scope, 'LayerNormalization', [x, w, b], {
          axis: { i: -1 },
          epsilon: { f: 1e-5 },
        })
      case 'layer_norm': {
        const mean = one(scope, 'ReduceMean', [x], { axes: { ints: [-1] } })
        const c = one(scope, 'Sub', [x, mean])
        const sq = one(scope, 'Pow', [c, scalar(`${scope}/two`, 2)])
        const variance = one(scope, 'ReduceMean', [sq], { axes: { ints: [-1] } })
        const std = one(scope, 'Sqrt', [one(scope, 'Add', [variance, eps])])
        const scaled = one(scope, 'Mul', [one(scope, 'Div', [c, std]), w])
        return one(scope, 'Add', [scaled, b])
      }
      case 'rms_norm': {
        const ms = one(scope, 'ReduceMean', [one(scope, 'Pow', [x, scalar(`${scope}/two`, 2)])], {
          axes: { ints: [-1] },
        })
        const inv = one(scope, 'Div', [
          scalar(`${scope}/one`, 1),
          one(scope, 'Sqrt', [one(scope, 'Add', [ms, eps])]),
        ])
        return one(scope, 'Mul', [w, one(scope, 'Mul', [x, inv])])
      }
      case 'rms_norm_rsqrt': {
        const x32 = one(scope, 'Cast', [x], { to: { i: 1 } })
        const ms = one(scope, 'ReduceMean', [one(scope, 'Pow', [x32, scalar(`${scope}/two`, 2)])], {
          axes: { ints: [-1] },
        })
        const r = one(scope, 'Pow', [one(scope, 'Add', [ms, eps]), scalar(`${scope}/power`, -0.5)])
        const back = one(scope, 'Cast', [one(scope, 'Mul', [x32, r])], { to: { i: 1 } })
        return one(scope, 'Mul', [back, w])
      }
    }
  }
  /** [S, n·hd] → [n, S, hd] (or [n, hd, S] for keys). */
  const split = (scope: string, y: string, n: number, keys: boolean) => {
    const shaped = one(scope, 'Reshape', [y, constant(`${scope}/shape${counter++}`, [-1, n, hd])])
    return one(scope, 'Transpose', [shaped], { perm: { ints: keys ? [1, 2, 0] : [1, 0, 2] } })
  }

  const embed = 'model.embed_tokens.weight'
  inits.push(randomTensor(embed, [vocab, d], seed++, 0.02))
  let x = one('/model/embed_tokens', 'Gather', [embed, 'input_ids'])
  const mask = Array.from({ length: SEQUENCE * SEQUENCE }, (_, k) =>
    k % SEQUENCE > Math.floor(k / SEQUENCE) ? -1e9 : 0,
  )
  if (spec.causal === true || spec.decoderLayers !== undefined) {
    inits.push(floatTensor('causal_mask', [SEQUENCE, SEQUENCE], mask))
  }
  /** Attention in `attn` from `h` (keys and values from `memory`: cross-attention when it differs). */
  const attention = (attn: string, h: string, memory: string, causal: boolean) => {
    let q = ''
    let k = ''
    let v = ''
    if (spec.qkv === 'packed_gather' && memory === h) {
      // made below, from the one projection
    } else if (spec.qkv === 'packed' && memory === h) {
      const qkv = linear(`${attn}/qkv_proj`, h, d, (heads + 2 * kvHeads) * hd, gemm)
      const sizes = constant(`${attn}/sizes${counter++}`, [heads * hd, kvHeads * hd, kvHeads * hd])
      ;[q, k, v] = node(attn, 'Split', [qkv, sizes], { axis: { i: -1 } }, 3) as [
        string,
        string,
        string,
      ]
    } else {
      q = linear(`${attn}/q_proj`, h, d, heads * hd, gemm)
      k = linear(`${attn}/k_proj`, memory, d, kvHeads * hd, gemm)
      v = linear(`${attn}/v_proj`, memory, d, kvHeads * hd, gemm)
    }
    let queries: string
    let keysT: string
    let values: string
    if (spec.qkv === 'packed_gather' && memory === h) {
      const qkv = linear(`${attn}/qkv`, h, d, 3 * heads * hd, gemm)
      const shaped = one(attn, 'Reshape', [
        qkv,
        constant(`${attn}/shape${counter++}`, [-1, 3, heads, hd]),
      ])
      const parts = one(attn, 'Transpose', [shaped], { perm: { ints: [1, 2, 0, 3] } }) // [3, H, S, hd]
      const pick = (i: number) => {
        inits.push(int64Tensor(`${attn}/index${counter}`, [], [i]))
        return one(attn, 'Gather', [parts, `${attn}/index${counter++}`], { axis: { i: 0 } })
      }
      queries = pick(0)
      keysT = one(attn, 'Transpose', [pick(1)], { perm: { ints: [0, 2, 1] } })
      values = pick(2)
    } else {
      queries = split(attn, q, heads, false)
      keysT = split(attn, k, kvHeads, true)
      values = split(attn, v, kvHeads, false)
    }
    let scores = one(attn, 'MatMul', [queries, keysT])
    if (spec.scale !== false)
      scores = one(attn, 'Mul', [scores, scalar(`${attn}/scale`, 1 / Math.sqrt(hd))])
    if (causal) scores = one(attn, 'Add', [scores, 'causal_mask'])
    const probs = one(attn, 'Softmax', [scores], { axis: { i: -1 } })
    const context = one(attn, 'MatMul', [probs, values])
    const merged = one(attn, 'Reshape', [
      one(attn, 'Transpose', [context], { perm: { ints: [1, 0, 2] } }),
      constant(`${attn}/merge${counter++}`, [-1, heads * hd]),
    ])
    return linear(`${attn}/o_proj`, merged, heads * hd, d, gemm)
  }
  const feedForward = (mlp: string, h: string) => {
    if (spec.mlp === 'swiglu') {
      const g = linear(`${mlp}/gate_proj`, h, d, ffn, gemm)
      const act = one(`${mlp}/act_fn`, 'Mul', [g, one(`${mlp}/act_fn`, 'Sigmoid', [g])])
      const hidden = one(mlp, 'Mul', [act, linear(`${mlp}/up_proj`, h, d, ffn, gemm)])
      return linear(`${mlp}/down_proj`, hidden, ffn, d, gemm)
    }
    const a = linear(`${mlp}/fc1`, h, d, ffn, true)
    const erf = one(`${mlp}/act`, 'Erf', [
      one(`${mlp}/act`, 'Div', [a, scalar(`${mlp}/sqrt2`, Math.SQRT2)]),
    ])
    const gelu = one(`${mlp}/act`, 'Mul', [
      one(`${mlp}/act`, 'Mul', [a, one(`${mlp}/act`, 'Add', [erf, scalar(`${mlp}/one`, 1)])]),
      scalar(`${mlp}/half`, 0.5),
    ])
    return linear(`${mlp}/fc2`, gelu, ffn, d, true)
  }
  for (let i = 0; i < spec.layers; i++) {
    const block = `/model/layers.${i}`
    if (spec.parallel === true) {
      // GPT-NeoX's parallel residual: x + attn(ln1(x)) + mlp(ln2(x)), summed as (mlp + attn) + x.
      const h = normalize(`${block}/input_layernorm`, x)
      const h2 = normalize(`${block}/post_attention_layernorm`, x)
      const a = attention(`${block}/self_attn`, h, h, spec.causal === true)
      const m = feedForward(`${block}/mlp`, h2)
      x = one(block, 'Add', [one(block, 'Add', [m, a]), x])
      continue
    }
    const h = normalize(`${block}/input_layernorm`, x)
    x = one(block, 'Add', [x, attention(`${block}/self_attn`, h, h, spec.causal === true)])
    const h2 = normalize(`${block}/post_attention_layernorm`, x)
    x = one(block, 'Add', [x, feedForward(`${block}/mlp`, h2)])
  }
  if (spec.decoderLayers !== undefined) {
    // An encoder-decoder: the stack above is the encoder; the decoder's blocks attend to themselves
    // (causally) and to the encoder's output.
    const memory = normalize('/model/encoder_norm', x)
    const table = 'model.decoder.embed_tokens.weight'
    inits.push(randomTensor(table, [vocab, d], seed++, 0.02))
    x = one('/model/decoder/embed_tokens', 'Gather', [table, 'decoder_input_ids'])
    for (let i = 0; i < spec.decoderLayers; i++) {
      const block = `/model/decoder/layers.${i}`
      const h = normalize(`${block}/self_attn_layer_norm`, x)
      x = one(block, 'Add', [x, attention(`${block}/self_attn`, h, h, true)])
      const c = normalize(`${block}/encoder_attn_layer_norm`, x)
      x = one(block, 'Add', [x, attention(`${block}/encoder_attn`, c, memory, false)])
      const h2 = normalize(`${block}/final_layer_norm`, x)
      x = one(block, 'Add', [x, feedForward(`${block}/mlp`, h2)])
    }
  }
  const final = normalize('/model/norm', x)
  let logits: string
  if (spec.tied === true) {
    logits = one('/lm_head', 'MatMul', [
      final,
      one('/lm_head', 'Transpose', [embed], { perm: { ints: [1, 0] } }),
    ])
  } else logits = linear('/lm_head', final, d, vocab, false)
  nodes.push({ op: 'Identity', inputs: [logits], outputs: ['logits'], name: '/Identity_out' })
  return model({
    opset: 17,
    inputs: [
      { name: 'input_ids', shape: [SEQUENCE], elemType: 7 },
      ...(spec.decoderLayers === undefined
        ? []
        : [{ name: 'decoder_input_ids', shape: [SEQUENCE], elemType: 7 }]),
    ],
    outputs: [{ name: 'logits', shape: [SEQUENCE, vocab] }],
    nodes,
    initializers: inits,
  })
}

/**
 * A ResNet basic block and a softmax classifier: a residual `Add` and a `Softmax`, but no attention
 * (so not a transformer).
 */
export function resnetBlockModel(): ModelProto {
  const c = 8
  return model({
    inputs: [{ name: 'x', shape: [1, c, 8, 8] }],
    outputs: [{ name: 'probs', shape: [1, 10] }],
    nodes: [
      {
        op: 'Conv',
        inputs: ['x', 'conv1.weight'],
        outputs: ['a'],
        attrs: { pads: { ints: [1, 1, 1, 1] } },
        name: '/layer1/conv1/Conv',
      },
      { op: 'Relu', inputs: ['a'], outputs: ['b'], name: '/layer1/relu/Relu' },
      {
        op: 'Conv',
        inputs: ['b', 'conv2.weight'],
        outputs: ['c'],
        attrs: { pads: { ints: [1, 1, 1, 1] } },
        name: '/layer1/conv2/Conv',
      },
      { op: 'Add', inputs: ['c', 'x'], outputs: ['d'], name: '/layer1/Add' },
      { op: 'Relu', inputs: ['d'], outputs: ['e'], name: '/layer1/relu_1/Relu' },
      { op: 'GlobalAveragePool', inputs: ['e'], outputs: ['f'], name: '/pool/GlobalAveragePool' },
      { op: 'Flatten', inputs: ['f'], outputs: ['g'], name: '/Flatten' },
      {
        op: 'Gemm',
        inputs: ['g', 'fc.weight', 'fc.bias'],
        outputs: ['h'],
        attrs: { transB: { i: 1 } },
        name: '/fc/Gemm',
      },
      {
        op: 'Softmax',
        inputs: ['h'],
        outputs: ['probs'],
        attrs: { axis: { i: -1 } },
        name: '/Softmax',
      },
    ],
    initializers: [
      randomTensor('conv1.weight', [c, c, 3, 3], 1),
      randomTensor('conv2.weight', [c, c, 3, 3], 2),
      randomTensor('fc.weight', [10, c], 3),
      floatTensor('fc.bias', [10], new Float32Array(10)),
    ],
  })
}
