import type { InitSpec } from '@weightinit/core'
import type { UseAnalysis } from '../analyze/analysisTypes'
import { choose } from './choose'
import { forgetGateOverrides } from './forgetGateOverrides'
import type { RoleChooser } from './roleChooser'

/**
 * The choosers more than one built-in recipe uses, made from a few words of data each.
 *
 * @remarks Internal: read by the table `roleChoosers`.
 *
 * @example
 * ```ts
 * import { sharedChoosers } from './sharedChoosers'
 * const zeros = sharedChoosers.fixed({ init: 'zeros' }, 'zeros')
 * ```
 */
export const sharedChoosers = {
  /** The same spec for every tensor of the role, planned on its stored shape. */
  fixed:
    (spec: InitSpec, why: string): RoleChooser =>
    () =>
      choose(spec, null, why),

  /** Orthogonal recurrent weights, one plan per direction. */
  orthogonalPerDirection:
    (why: (use: UseAnalysis) => string): RoleChooser =>
    (_tensor, use) =>
      choose({ init: 'orthogonal' }, null, why(use), {
        structure: { kind: 'directions', count: use.gates?.directions ?? 1 },
      }),

  /**
   * Zero gate biases, with an LSTM's forget gate at 1 when `unitForgetBias` (or, when the option is
   * not given, the recipe's default) says so.
   */
  zeroGateBias:
    (unitForgetBiasByDefault: boolean, whyForgetGate: string): RoleChooser =>
    (_tensor, use, options) => {
      const overrides =
        (options.unitForgetBias ?? unitForgetBiasByDefault) && use.gates !== null
          ? forgetGateOverrides(use.gates, 1)
          : []
      return choose({ init: 'zeros' }, null, overrides.length > 0 ? whyForgetGate : 'zeros', {
        overrides,
      })
    },

  /** Attention Q/K/V weights: one plan per block, on the op's view or per named column block. */
  attentionPerBlock:
    (spec: InitSpec, whyOnView: string, whyPerBlock: string): RoleChooser =>
    (_tensor, use) => {
      if (use.fanView !== null) return choose(spec, use.fanView, whyOnView)
      if (use.blocks === null) return { skip: 'attention weights whose Q/K/V blocks are unknown' }
      return choose(spec, null, whyPerBlock, {
        structure: { kind: 'blocks', sizes: use.blocks.sizes, names: use.blocks.names },
      })
    },

  /** One chooser for the tensors of an LSTM/GRU/RNN, another (or a skip) for the rest. */
  whenGated:
    (gated: RoleChooser, otherwise?: RoleChooser): RoleChooser =>
    (tensor, use, options) => {
      if (use.gates !== null) return gated(tensor, use, options)
      return otherwise === undefined
        ? { skip: `role ${use.role}` }
        : otherwise(tensor, use, options)
    },
} as const
