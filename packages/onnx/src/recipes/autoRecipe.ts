import { explainGain, type InitSpec } from '@weightinit/core'
import type { FanView, TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import { choose } from './choose'
import { forgetGateOverrides } from './forgetGateOverrides'
import type { RecipeAnswer } from './initChoice'
import type { RecipeOptions } from './recipeOptions'

/** Activations whose weights get He (kaiming) initialization. */
const RELU_FAMILY = new Set([
  'relu',
  'leaky_relu',
  'relu6',
  'gelu',
  'gelu_tanh',
  'silu',
  'swish',
  'elu',
  'hardswish',
  'mish',
  'softplus',
])

/**
 * The `auto` recipe for one use of a tensor: He (`kaiming_normal`, fan_in) before the ReLU family
 * with the activation's gain (LeakyRelu's alpha, PRelu's slope; Gelu, Silu and the like with
 * weightinit's variance-preserving gains, or `options.gains`), Xavier (`xavier_normal`) with the
 * gain before tanh, sigmoid, softmax or nothing, LeCun (`kaiming_normal`, linear) before SELU,
 * `xavier_uniform` for LSTM/GRU/RNN input weights (per gate) and attention blocks, orthogonal
 * recurrent weights (per direction), `normal(0, 1)` embeddings, zeros for biases and shifts, ones
 * for scales, PRelu slopes 0.25, and LSTM forget-gate bias 1 when `unitForgetBias`.
 *
 * @example
 * ```ts
 * import { analyze, autoRecipe, readModel } from '@weightinit/onnx'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * autoRecipe(t!, t!.primary!, {})
 * ```
 */
export function autoRecipe(
  _tensor: TensorAnalysis,
  use: UseAnalysis,
  options: RecipeOptions,
): RecipeAnswer {
  switch (use.role) {
    case 'weight': {
      if (use.gates !== null) {
        if (use.fanView === null) return { skip: `${use.op} W of unexpected shape` }
        return choose(
          { init: 'xavier_uniform' },
          use.fanView,
          `${use.op} input weights: Xavier per gate (fan_in = I, fan_out = H)`,
        )
      }
      return layerWeight(use, use.fanView, options)
    }
    case 'attention_weight':
      return attention(use)
    case 'recurrent_weight': {
      const directions = use.gates?.directions ?? 1
      return choose(
        { init: 'orthogonal' },
        null,
        `${use.op} recurrent weights: orthogonal per direction`,
        {
          structure: { kind: 'directions', count: directions },
        },
      )
    }
    case 'gate_bias': {
      const overrides =
        options.unitForgetBias === true && use.gates !== null
          ? forgetGateOverrides(use.gates, 1)
          : []
      return choose(
        { init: 'zeros' },
        null,
        overrides.length > 0 ? 'zeros, forget gate 1' : 'zeros',
        { overrides },
      )
    }
    case 'bias':
    case 'attention_bias':
    case 'norm_shift':
    case 'running_mean':
    case 'peephole':
    case 'initial_state':
      return choose({ init: 'zeros' }, null, 'zeros')
    case 'norm_scale':
    case 'running_var':
      return choose({ init: 'ones' }, null, 'ones')
    case 'embedding':
      return choose({ init: 'normal', mean: 0, std: 1 }, null, 'embedding: N(0, 1)')
    case 'activation_param':
      return choose({ init: 'constant', value: 0.25 }, null, 'PRelu slope 0.25')
    default:
      return { skip: `role ${use.role}` }
  }
}

function layerWeight(
  use: UseAnalysis,
  fanView: FanView | null,
  options: RecipeOptions,
): RecipeAnswer {
  if (fanView === null)
    return {
      skip: `${use.op} weight whose fans are unknown (shape not known through the ops before it)`,
    }
  const activation = use.activation
  const name = activation?.nonlinearity ?? 'linear'
  const custom = options.gains?.[name]
  if (custom !== undefined) {
    const spec: InitSpec = {
      init: 'variance_scaling',
      scale: custom * custom,
      mode: 'fan_in',
      distribution: 'untruncated_normal',
    }
    return choose(
      spec,
      fanView,
      `before ${activation?.op ?? 'no activation'}: N(0, gain²/fan_in) with the given gain ${custom}`,
    )
  }
  if (name === 'selu') {
    return choose(
      { init: 'kaiming_normal', nonlinearity: 'linear' },
      fanView,
      'before SELU: LeCun normal, N(0, 1/fan_in)',
    )
  }
  if (RELU_FAMILY.has(name)) {
    const spec: InitSpec =
      name === 'leaky_relu'
        ? { init: 'kaiming_normal', nonlinearity: 'leaky_relu', a: activation?.param ?? 0.01 }
        : { init: 'kaiming_normal', nonlinearity: activation!.nonlinearity }
    return choose(spec, fanView, `before ${activation!.op}: He normal, fan_in`)
  }
  const gain = explainGain(name).gain
  return choose(
    { init: 'xavier_normal', gain },
    fanView,
    `before ${activation?.op ?? 'no activation'}: Xavier normal, gain ${Number(gain.toFixed(5))}`,
  )
}

function attention(use: UseAnalysis): RecipeAnswer {
  if (use.fanView !== null) {
    return choose(
      { init: 'xavier_uniform' },
      use.fanView,
      'attention Q/K/V: Xavier per block (fan_in = in, fan_out = block)',
    )
  }
  if (use.blocks === null) return { skip: 'attention weights whose Q/K/V blocks are unknown' }
  return choose({ init: 'xavier_uniform' }, null, 'attention Q/K/V: Xavier per block', {
    structure: { kind: 'blocks', sizes: use.blocks.sizes, names: use.blocks.names },
  })
}
