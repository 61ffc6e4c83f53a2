import type { Plan, PlanOptions } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import { isStructuredPlan } from '@weightinit/core/samplers'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { InitChoice } from '../recipes/initChoice'
import type { FillLayout } from './fillProgram'
import type { TensorPlanner } from './tensorPlanner'

/**
 * The layout of one plan over a whole tensor: planned on the choice's fan view (or the stored
 * shape), then read at a sparse tensor's indices, drawn over the op's view of the tensor when the
 * plan is structured (orthogonal, eye, …), or streamed in storage order.
 *
 * @param tensor - the analyzed tensor
 * @param use - the use that decided the choice, or `null`
 * @param choice - the spec and fan view
 * @param key - the tensor's stream key
 * @param sparseIndices - linear indices of a sparse initializer's values, else `null`
 * @param planned - the tensor's planner (see `tensorPlanner`)
 * @throws `INVALID_RECIPE` when the plan's size is not the tensor's, or a sparse tensor gets a
 *   structured plan
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { choose } from '../recipes/choose'
 * import { tensorPlanner } from './tensorPlanner'
 * import { wholeTensorLayout } from './wholeTensorLayout'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * const choice = choose({ init: 'zeros' }, null, 'zeros')
 * wholeTensorLayout(t!, t!.primary, choice, t!.name, null, tensorPlanner(t!, t!.primary, choice.spec))
 * ```
 */
export function wholeTensorLayout(
  tensor: TensorAnalysis,
  use: UseAnalysis | null,
  choice: InitChoice,
  key: string,
  sparseIndices: readonly number[] | null,
  planned: TensorPlanner,
): { layout: FillLayout; plan: Plan } {
  const planShape = choice.fanView?.shape ?? tensor.shape
  const main = planned(planShape, fanViewOptions(choice))
  checkPlanSize(tensor, main, sparseIndices)
  if (sparseIndices !== null) return atSparseIndices(tensor, main, key, sparseIndices)
  if (isStructuredPlan(main)) return overOpView(tensor, use, choice, key, planned, planShape)
  return { layout: { kind: 'stream', plan: main, key }, plan: main }
}

/** The layout and groups of the choice's fan view, if it has one. */
function fanViewOptions(choice: InitChoice): PlanOptions {
  return choice.fanView === null
    ? {}
    : { layout: choice.fanView.layout, groups: choice.fanView.groups }
}

/** Refuses a plan whose size is not the tensor's (its dense size, for a sparse tensor). */
function checkPlanSize(
  tensor: TensorAnalysis,
  main: Plan,
  sparseIndices: readonly number[] | null,
): void {
  const size = sparseIndices === null ? tensor.size : tensor.shape.reduce((a, b) => a * b, 1)
  if (main.size !== size) {
    fail(
      'INVALID_RECIPE',
      `tensor '${tensor.name}': plan size ${main.size} is not its size ${size}`,
      { tensor: tensor.name },
    )
  }
}

/** An element-wise plan over the dense shape, read at a sparse tensor's indices. */
function atSparseIndices(
  tensor: TensorAnalysis,
  main: Plan,
  key: string,
  indices: readonly number[],
): { layout: FillLayout; plan: Plan } {
  if (isStructuredPlan(main)) {
    fail(
      'INVALID_RECIPE',
      `sparse initializer '${tensor.name}' cannot take the structured ${main.distribution}`,
      { tensor: tensor.name },
    )
  }
  return { layout: { kind: 'sparse', plan: main, key, indices }, plan: main }
}

/**
 * A structured plan drawn over the op's view of the tensor (when the view is a plain transpose)
 * and transposed back; else over the stored shape.
 */
function overOpView(
  tensor: TensorAnalysis,
  use: UseAnalysis | null,
  choice: InitChoice,
  key: string,
  planned: TensorPlanner,
  planShape: readonly number[],
): { layout: FillLayout; plan: Plan } {
  const shape = tensor.shape
  const view = use?.view
  if (
    view !== undefined &&
    view.shape !== null &&
    view.perm !== null &&
    view.perm.length === view.shape.length &&
    !view.reshaped
  ) {
    const sameShape = choice.fanView !== null && sameDims(choice.fanView.shape, view.shape)
    const main = planned(view.shape, sameShape ? fanViewOptions(choice) : {})
    return { layout: { kind: 'view', plan: main, key, perm: view.perm }, plan: main }
  }
  const main = planned(shape, sameDims(planShape, shape) ? fanViewOptions(choice) : {})
  return { layout: { kind: 'view', plan: main, key, perm: shape.map((_, i) => i) }, plan: main }
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i])
}
