import type { Plan } from '@weightinit/core'
import { fail } from '@weightinit/core/errors'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { InitChoice } from '../recipes/initChoice'
import type { FillLayout, FillProgram } from './fillProgram'
import { type TensorPlanner, tensorPlanner } from './tensorPlanner'
import { wholeTensorLayout } from './wholeTensorLayout'

/**
 * Turns a recipe's choice for a tensor into a fill program and the plan that describes it: plans
 * the spec on the fan view (or the stored shape), per direction slice or per column block, and
 * lays it over the tensor (see `wholeTensorLayout` for a whole tensor).
 *
 * @param tensor - the analyzed tensor (float)
 * @param use - the use that decided the choice, or `null`
 * @param choice - the spec and structure
 * @param key - the tensor's stream key
 * @param sparseIndices - linear indices of a sparse initializer's values, else `null`
 * @throws `INVALID_RECIPE` when the spec cannot be planned for this tensor (naming it and why)
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { autoRecipe } from '../recipes/autoRecipe'
 * import { tensorProgram } from './tensorProgram'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * const choice = autoRecipe(t!, t!.primary!, {})
 * if (!('skip' in choice)) tensorProgram(t!, t!.primary, choice, t!.name, null).plan.std
 * ```
 */
export function tensorProgram(
  tensor: TensorAnalysis,
  use: UseAnalysis | null,
  choice: InitChoice,
  key: string,
  sparseIndices: readonly number[] | null,
): { program: FillProgram; plan: Plan } {
  const planned = tensorPlanner(tensor, use, choice.spec)
  const structure = choice.structure
  const { layout, plan } =
    structure.kind === 'directions'
      ? perDirection(tensor, structure.count, key, planned)
      : structure.kind === 'blocks'
        ? perColumnBlock(tensor, structure, key, planned)
        : wholeTensorLayout(tensor, use, choice, key, sparseIndices, planned)
  return {
    program: {
      dtype: tensor.dtype!,
      size: sparseIndices === null ? tensor.size : sparseIndices.length,
      layout,
      overrides: choice.overrides,
    },
    plan,
  }
}

/** One plan per leading-axis slice (a recurrent weight's directions), each with its own key. */
function perDirection(
  tensor: TensorAnalysis,
  count: number,
  key: string,
  planned: TensorPlanner,
): { layout: FillLayout; plan: Plan } {
  const main = planned(tensor.shape.slice(1), {})
  const slices = Array.from({ length: count }, (_, d) => ({
    plan: main,
    key: count === 1 ? key : `${key}#${d}`,
    start: d * main.size,
  }))
  return { layout: { kind: 'slices', slices }, plan: main }
}

/** One plan per column block of a 2-D tensor (Q, K, V), each `io` and with its own key. */
function perColumnBlock(
  tensor: TensorAnalysis,
  structure: Extract<InitChoice['structure'], { kind: 'blocks' }>,
  key: string,
  planned: TensorPlanner,
): { layout: FillLayout; plan: Plan } {
  const [rows, total] = tensor.shape
  if (tensor.shape.length !== 2 || rows === undefined || total === undefined) {
    return fail('INVALID_RECIPE', `tensor '${tensor.name}' has blocks but is not 2-D`, {
      tensor: tensor.name,
    })
  }
  let offset = 0
  const blocks = structure.sizes.map((width, b) => {
    const block = {
      plan: planned([rows, width], { layout: 'io' }),
      key: `${key}#${structure.names[b] ?? b}`,
      offset,
      width,
    }
    offset += width
    return block
  })
  return { layout: { kind: 'columns', rows, total, blocks }, plan: blocks[0]!.plan }
}
