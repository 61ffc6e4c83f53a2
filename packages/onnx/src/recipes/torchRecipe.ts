import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import { choose } from './choose'
import type { RecipeAnswer } from './initChoice'
import type { RecipeOptions } from './recipeOptions'

/**
 * The `torch` recipe: what PyTorch's `reset_parameters` does for the layer each tensor belongs to.
 * `nn.Linear`/`nn.Conv*` weights `kaiming_uniform(a=√5)` = U(±1/√fan_in) (`torch_default`; for
 * ConvTranspose with PyTorch's as-stored fans), their biases U(±1/√fan_in) of the weight
 * (`torch_default_bias`), every LSTM/GRU/RNN parameter U(±1/√H), `nn.MultiheadAttention`'s
 * `in_proj_weight` `xavier_uniform` over the whole stacked matrix and its bias 0, `nn.Embedding`
 * N(0, 1), norms 1/0 with running mean 0 and var 1, `nn.PReLU` 0.25.
 *
 * @example
 * ```ts
 * import { analyze, readModel, torchRecipe } from '@weightinit/onnx'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * torchRecipe(t!, t!.primary!, {})
 * ```
 */
export function torchRecipe(
  tensor: TensorAnalysis,
  use: UseAnalysis,
  _options: RecipeOptions,
): RecipeAnswer {
  if (
    use.gates !== null &&
    ['weight', 'recurrent_weight', 'gate_bias', 'peephole'].includes(use.role)
  ) {
    const bound = 1 / Math.sqrt(use.gates.hidden)
    return choose(
      { init: 'uniform', a: -bound, b: bound },
      null,
      `nn.${use.gates.op}: every parameter U(±1/√hidden_size)`,
    )
  }
  switch (use.role) {
    case 'weight': {
      const view = use.torchFans ?? use.fanView
      if (view === null) return { skip: `${use.op} weight whose fans are unknown` }
      return choose(
        { init: 'torch_default' },
        view,
        `nn.Linear/nn.Conv default: kaiming_uniform(a=√5) = U(±1/√fan_in)`,
      )
    }
    case 'bias': {
      const fanIn = use.owner?.fanIn ?? null
      if (fanIn === null) return { skip: 'a bias whose weight (and so fan_in) is unknown' }
      return choose(
        { init: 'torch_default_bias', fan_in: fanIn },
        null,
        `nn.Linear/nn.Conv bias: U(±1/√fan_in), fan_in ${fanIn} of ${use.owner!.name}`,
      )
    }
    case 'attention_weight': {
      const rows = tensor.shape[0]
      const cols = tensor.shape[1]
      if (rows === undefined || cols === undefined || tensor.shape.length !== 2)
        return { skip: 'attention weights that are not 2-D' }
      return choose(
        { init: 'xavier_uniform' },
        { shape: [rows, cols], layout: 'io', groups: 1 },
        'nn.MultiheadAttention in_proj_weight: xavier_uniform over Q|K|V stacked',
      )
    }
    case 'attention_bias':
    case 'norm_shift':
    case 'running_mean':
    case 'initial_state':
      return choose({ init: 'zeros' }, null, 'zeros')
    case 'norm_scale':
    case 'running_var':
      return choose({ init: 'ones' }, null, 'ones')
    case 'embedding':
      return choose({ init: 'normal', mean: 0, std: 1 }, null, 'nn.Embedding: N(0, 1)')
    case 'activation_param':
      return choose({ init: 'constant', value: 0.25 }, null, 'nn.PReLU: 0.25')
    default:
      return { skip: `role ${use.role}` }
  }
}
