import type { FanView, TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import { choose } from './choose'
import { forgetGateOverrides } from './forgetGateOverrides'
import type { RecipeAnswer } from './initChoice'
import type { RecipeOptions } from './recipeOptions'

/**
 * The `keras` recipe: Keras's layer defaults. `Dense`/`Conv*` kernels `glorot_uniform` (fans as
 * Keras computes them: grouped and transposed convolutions as stored), biases 0, LSTM/GRU/RNN
 * kernels `glorot_uniform` over the whole `[I, gates·H]` kernel, recurrent kernels orthogonal,
 * biases 0 with the LSTM forget gate at 1 (`unit_forget_bias`, unless `unitForgetBias: false`),
 * `Embedding` U(±0.05), norms 1/0 with moving mean 0 and variance 1, `PReLU` alpha 0, attention
 * Q/K/V kernels `glorot_uniform` per block.
 *
 * @example
 * ```ts
 * import { analyze, kerasRecipe, readModel } from '@weightinit/onnx'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * kerasRecipe(t!, t!.primary!, {})
 * ```
 */
export function kerasRecipe(
  tensor: TensorAnalysis,
  use: UseAnalysis,
  options: RecipeOptions,
): RecipeAnswer {
  switch (use.role) {
    case 'weight': {
      if (use.gates !== null) {
        const [d, gh, i] = tensor.shape
        if (tensor.shape.length !== 3 || d === undefined || gh === undefined || i === undefined)
          return { skip: `${use.op} W of unexpected shape` }
        const view: FanView = {
          shape: [d, gh, i],
          layout: { inAxis: 2, outAxis: 1, batchAxis: 0 },
          groups: 1,
        }
        return choose(
          { init: 'glorot_uniform' },
          view,
          `Keras ${use.op} kernel: glorot_uniform over [I, gates·H]`,
        )
      }
      const view = use.torchFans ?? use.fanView
      if (view === null) return { skip: `${use.op} weight whose fans are unknown` }
      return choose({ init: 'glorot_uniform' }, view, 'Keras kernel default: glorot_uniform')
    }
    case 'recurrent_weight':
      return choose({ init: 'orthogonal' }, null, `Keras ${use.op} recurrent kernel: orthogonal`, {
        structure: { kind: 'directions', count: use.gates?.directions ?? 1 },
      })
    case 'gate_bias': {
      const overrides =
        options.unitForgetBias !== false && use.gates !== null
          ? forgetGateOverrides(use.gates, 1)
          : []
      return choose(
        { init: 'zeros' },
        null,
        overrides.length > 0 ? 'zeros, unit_forget_bias' : 'zeros',
        { overrides },
      )
    }
    case 'attention_weight': {
      if (use.fanView !== null)
        return choose(
          { init: 'glorot_uniform' },
          use.fanView,
          'Keras attention kernels: glorot_uniform per block',
        )
      if (use.blocks === null) return { skip: 'attention weights whose Q/K/V blocks are unknown' }
      return choose(
        { init: 'glorot_uniform' },
        null,
        'Keras attention kernels: glorot_uniform per block',
        {
          structure: { kind: 'blocks', sizes: use.blocks.sizes, names: use.blocks.names },
        },
      )
    }
    case 'bias':
    case 'attention_bias':
    case 'norm_shift':
    case 'running_mean':
    case 'peephole':
    case 'initial_state':
    case 'activation_param':
      return choose(
        { init: 'zeros' },
        null,
        use.role === 'activation_param' ? 'Keras PReLU alpha: zeros' : 'zeros',
      )
    case 'norm_scale':
    case 'running_var':
      return choose({ init: 'ones' }, null, 'ones')
    case 'embedding':
      return choose({ init: 'random_uniform' }, null, 'Keras Embedding: U(−0.05, 0.05)')
    default:
      return { skip: `role ${use.role}` }
  }
}
