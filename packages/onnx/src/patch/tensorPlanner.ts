import { type InitSpec, type Plan, type PlanOptions, plan, WeightinitError } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'

/**
 * Plans one spec on a shape for one tensor, refusing with `INVALID_RECIPE` (naming the tensor) what
 * the spec cannot take.
 *
 * @example
 * ```ts
 * import type { TensorPlanner } from './tensorPlanner'
 * declare const planned: TensorPlanner
 * planned([64, 32], { layout: 'io' }).std
 * ```
 */
export type TensorPlanner = (shape: readonly number[], options: PlanOptions) => Plan

/**
 * The {@link TensorPlanner} of a recipe's spec for a tensor: `plan(spec, shape, options)`, with a
 * planning error rethrown as `INVALID_RECIPE` that names the tensor, its shape, role and op.
 *
 * @param tensor - the analyzed tensor
 * @param use - the use that decided the spec, or `null`
 * @param spec - the spec to plan
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { tensorPlanner } from './tensorPlanner'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * tensorPlanner(t!, t!.primary, { init: 'zeros' })(t!.shape, {}).size
 * ```
 */
export function tensorPlanner(
  tensor: TensorAnalysis,
  use: UseAnalysis | null,
  spec: InitSpec,
): TensorPlanner {
  return (shape, options) => {
    try {
      return plan(spec, shape, options)
    } catch (error) {
      if (!(error instanceof WeightinitError)) throw error
      fail(
        'INVALID_RECIPE',
        `tensor '${tensor.name}' [${tensor.shape.join(', ')}] (${tensor.role}${use === null ? '' : ` of ${use.op}`}) cannot take ${JSON.stringify(spec)}: ${error.message}`,
        { tensor: tensor.name, spec, cause: error.code },
      )
    }
  }
}
