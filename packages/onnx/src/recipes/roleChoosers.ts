import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { Role } from '../analyze/roles'
import { autoChoosers } from './autoChoosers'
import type { RecipeAnswer } from './initChoice'
import { kerasChoosers } from './kerasChoosers'
import type { RecipeName } from './recipeNames'
import type { RecipeOptions } from './recipeOptions'
import type { RoleChooser } from './roleChooser'
import { sharedChoosers } from './sharedChoosers'
import { torchChoosers } from './torchChoosers'

const { fixed, orthogonalPerDirection, zeroGateBias, attentionPerBlock, whenGated } = sharedChoosers
const zeros = fixed({ init: 'zeros' }, 'zeros')
const ones = fixed({ init: 'ones' }, 'ones')

/**
 * The built-in recipes as one table: for each role, the chooser every recipe uses (`all`) and the
 * ones a recipe overrides it with. A role with neither is skipped (`role <name>`).
 *
 * @remarks Internal: {@link chooseByRole} reads it; `autoRecipe`, `torchRecipe` and `kerasRecipe`
 * are that lookup.
 */
const roleChoosers: Readonly<
  Record<Role, Readonly<Partial<Record<RecipeName | 'all', RoleChooser>>>>
> = {
  weight: {
    auto: whenGated(autoChoosers.gateWeight, autoChoosers.layerWeight),
    torch: whenGated(torchChoosers.recurrentParameter, torchChoosers.layerWeight),
    keras: whenGated(kerasChoosers.gateKernel, kerasChoosers.kernel),
  },
  bias: { all: zeros, torch: torchChoosers.layerBias },
  norm_scale: { all: ones },
  norm_shift: { all: zeros },
  running_mean: { all: zeros },
  running_var: { all: ones },
  embedding: {
    auto: fixed({ init: 'normal', mean: 0, std: 1 }, 'embedding: N(0, 1)'),
    torch: fixed({ init: 'normal', mean: 0, std: 1 }, 'nn.Embedding: N(0, 1)'),
    keras: fixed({ init: 'random_uniform' }, 'Keras Embedding: U(−0.05, 0.05)'),
  },
  recurrent_weight: {
    auto: orthogonalPerDirection((use) => `${use.op} recurrent weights: orthogonal per direction`),
    torch: whenGated(torchChoosers.recurrentParameter),
    keras: orthogonalPerDirection((use) => `Keras ${use.op} recurrent kernel: orthogonal`),
  },
  gate_bias: {
    // Keras's unit_forget_bias (Jozefowicz et al. 2015), as tfjs's `auto` does for the same LSTM
    auto: zeroGateBias(true, 'zeros, forget gate 1'),
    torch: whenGated(torchChoosers.recurrentParameter),
    keras: zeroGateBias(true, 'zeros, unit_forget_bias'),
  },
  peephole: { all: zeros, torch: whenGated(torchChoosers.recurrentParameter) },
  initial_state: { all: zeros },
  attention_weight: {
    auto: attentionPerBlock(
      { init: 'xavier_uniform' },
      'attention Q/K/V: Xavier per block (fan_in = in, fan_out = block)',
      'attention Q/K/V: Xavier per block',
    ),
    torch: torchChoosers.inProjection,
    keras: attentionPerBlock(
      { init: 'glorot_uniform' },
      'Keras attention kernels: glorot_uniform per block',
      'Keras attention kernels: glorot_uniform per block',
    ),
  },
  attention_bias: { all: zeros },
  activation_param: {
    auto: fixed({ init: 'constant', value: 0.25 }, 'PRelu slope 0.25'),
    torch: fixed({ init: 'constant', value: 0.25 }, 'nn.PReLU: 0.25'),
    keras: fixed({ init: 'zeros' }, 'Keras PReLU alpha: zeros'),
  },
  constant: {},
  quantized: {},
  unknown: {},
}

/**
 * A built-in recipe's answer for one use of a tensor: the chooser {@link roleChoosers} gives the
 * use's role in that recipe, or a skip naming the role.
 *
 * @param recipe - `auto`, `torch` or `keras`
 * @param tensor - the analyzed tensor
 * @param use - the use to initialize it for
 * @param options - the recipe options
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { chooseByRole } from './roleChoosers'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * chooseByRole('keras', t!, t!.primary!, {})
 * ```
 */
export function chooseByRole(
  recipe: RecipeName,
  tensor: TensorAnalysis,
  use: UseAnalysis,
  options: RecipeOptions,
): RecipeAnswer {
  const row = roleChoosers[use.role]
  const chooser = row[recipe] ?? row.all
  return chooser === undefined ? { skip: `role ${use.role}` } : chooser(tensor, use, options)
}
