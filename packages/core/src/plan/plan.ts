import type { InitName } from '../catalogue/aliases'
import type { InitSpec, NoUnknownOptions } from '../catalogue/initSpec'
import { normalizeSpec } from '../catalogue/normalizeSpec'
import { checkOptions, type OptionNames } from '../errors/checkOptions'
import { validateShape } from '../errors/validateShape'
import { fail } from '../errors/WeightinitError'
import type { Layout } from '../layout/layouts'
import type { PlanOf } from './planOf'
import { planSimple } from './planSimple'
import { planStructured } from './planStructured'
import { planTruncatedNormal } from './planTruncatedNormal'
import type { Plan, PlanContext } from './planTypes'
import { planVarianceScaling } from './planVarianceScaling'

/** How the tensor is laid out, for the initializers that read fans from it. */
export interface PlanOptions {
  /** The weight layout (default: the home framework's — `oihw` for PyTorch names, `hwio` for Keras/tfjs, JAX's axes for JAX). */
  readonly layout?: Layout
  /** Groups of a grouped convolution: gives the correct fans (default 1: the home framework's numbers). */
  readonly groups?: number
}

/** The names {@link plan} takes in its options. */
const PLAN_OPTIONS = { layout: true, groups: true } as const satisfies OptionNames<PlanOptions>

/**
 * The resolved parameters of one tensor's initialization — distribution, fans, gain, mean, std,
 * σ and bounds of truncation, half-width of a uniform — with how each number was derived. It never
 * samples. Names keep the semantics of their home framework (see {@link aliases}). The return type
 * is the plan the spec implies ({@link PlanOf}): a `NormalPlan` with its fans for `kaiming_normal`,
 * a `TruncatedNormalPlan` for `he_normal`, the {@link Plan} union for a spec typed as
 * {@link InitSpec}; an option the initializer does not take is a type error.
 *
 * @typeParam Spec - the spec's type, inferred from the argument
 * @param spec - the initializer as plain data, or just its name
 * @param shape - the tensor's shape
 * @param options - layout and groups
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * const p = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [64, 3, 3, 3])
 * p.distribution // 'normal'
 * p.fanIn // 27
 * p.std // √2 / √27
 * for (const step of p.explanation) console.log(step.quantity, step.value, step.formula)
 * ```
 */
export function plan<Spec extends InitSpec | InitName>(
  spec: Spec & NoUnknownOptions<Spec>,
  shape: readonly number[],
  options?: PlanOptions,
): PlanOf<Spec>
export function plan(spec: unknown, shape: readonly number[], given?: PlanOptions): Plan {
  const options = checkOptions(given, 'options', undefined, PLAN_OPTIONS)
  const size = validateShape(shape)
  const normalized = normalizeSpec(spec)
  const { definition } = normalized
  if (
    options.groups !== undefined &&
    !(Number.isSafeInteger(options.groups) && options.groups > 0)
  ) {
    fail('INVALID_GROUPS', `groups must be a positive integer, got ${String(options.groups)}`, {
      groups: options.groups,
    })
  }
  const context: PlanContext = {
    base: {
      init: normalized.init,
      initializer: normalized.initializer,
      framework: definition.framework,
      options: normalized.options,
      shape: [...shape],
      size,
    },
    definition,
    layout: options.layout ?? definition.layout,
    groups: options.groups,
  }
  const recipe = definition.recipe(normalized.options as never)
  switch (recipe.kind) {
    case 'variance_scaling':
      return planVarianceScaling(recipe, context)
    case 'truncated_normal':
      return planTruncatedNormal(recipe, context)
    case 'constant':
    case 'uniform':
    case 'normal':
    case 'fan_in_uniform':
      return planSimple(recipe, context)
    default:
      return planStructured(recipe, context)
  }
}
