import { fail, type Plan, type PlanOptions, plan, WeightinitError } from '@weightinit/core'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import type { InitChoice } from '../recipes/initChoice'
import type { FillLayout, FillProgram } from './fillProgram'

const STRUCTURED = new Set(['orthogonal', 'eye', 'dirac', 'delta_orthogonal', 'sparse'])

/**
 * Turns a recipe's choice for a tensor into a fill program and the plan that describes it: plans
 * the spec on the fan view (or the stored shape), per direction slice or per column block, and
 * lays it over the tensor.
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
 * import { analyze, autoRecipe, readModel, tensorProgram } from '@weightinit/onnx'
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
  const dtype = tensor.dtype!
  const shape = tensor.shape
  const size = sparseIndices === null ? tensor.size : shape.reduce((a, b) => a * b, 1)
  const structure = choice.structure
  const planned = (planShape: readonly number[], options: PlanOptions): Plan => {
    try {
      return plan(choice.spec, planShape, options)
    } catch (error) {
      if (!(error instanceof WeightinitError)) throw error
      fail(
        'INVALID_RECIPE',
        `tensor '${tensor.name}' [${shape.join(', ')}] (${tensor.role}${use === null ? '' : ` of ${use.op}`}) cannot take ${JSON.stringify(choice.spec)}: ${error.message}`,
        { tensor: tensor.name, spec: choice.spec, cause: error.code },
      )
    }
  }
  const viewOptions = (): PlanOptions =>
    choice.fanView === null ? {} : { layout: choice.fanView.layout, groups: choice.fanView.groups }
  let layout: FillLayout
  let main: Plan
  if (structure.kind === 'directions') {
    const sliceShape = shape.slice(1)
    main = planned(sliceShape, {})
    const count = structure.count
    const step = main.size
    layout = {
      kind: 'slices',
      slices: Array.from({ length: count }, (_, d) => ({
        plan: main,
        key: count === 1 ? key : `${key}#${d}`,
        start: d * step,
      })),
    }
  } else if (structure.kind === 'blocks') {
    const [rows, total] = shape
    if (shape.length !== 2 || rows === undefined || total === undefined) {
      fail('INVALID_RECIPE', `tensor '${tensor.name}' has blocks but is not 2-D`, {
        tensor: tensor.name,
      })
    }
    let offset = 0
    const blocks = structure.sizes.map((width, b) => {
      const p = planned([rows, width], { layout: 'io' })
      const block = { plan: p, key: `${key}#${structure.names[b] ?? b}`, offset, width }
      offset += width
      return block
    })
    main = blocks[0]!.plan
    layout = { kind: 'columns', rows, total, blocks }
  } else {
    const planShape = choice.fanView?.shape ?? shape
    main = planned(planShape, viewOptions())
    if (main.size !== size) {
      fail(
        'INVALID_RECIPE',
        `tensor '${tensor.name}': plan size ${main.size} is not its size ${size}`,
        { tensor: tensor.name },
      )
    }
    if (sparseIndices !== null) {
      if (STRUCTURED.has(main.distribution)) {
        fail(
          'INVALID_RECIPE',
          `sparse initializer '${tensor.name}' cannot take the structured ${main.distribution}`,
          { tensor: tensor.name },
        )
      }
      layout = { kind: 'sparse', plan: main, key, indices: sparseIndices }
    } else if (STRUCTURED.has(main.distribution)) {
      // Structured plans are drawn over the op's view of the tensor and transposed back.
      const view = use?.view
      if (
        view !== undefined &&
        view.shape !== null &&
        view.perm !== null &&
        view.perm.length === view.shape.length &&
        !view.reshaped
      ) {
        const sameShape = choice.fanView !== null && sameDims(choice.fanView.shape, view.shape)
        main = planned(view.shape, sameShape ? viewOptions() : {})
        layout = { kind: 'view', plan: main, key, perm: view.perm }
      } else {
        main = planned(shape, sameDims(planShape, shape) ? viewOptions() : {})
        layout = { kind: 'view', plan: main, key, perm: shape.map((_, i) => i) }
      }
    } else {
      layout = { kind: 'stream', plan: main, key }
    }
  }
  return {
    program: {
      dtype,
      size: sparseIndices === null ? tensor.size : sparseIndices.length,
      layout,
      overrides: choice.overrides,
    },
    plan: main,
  }
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i])
}
