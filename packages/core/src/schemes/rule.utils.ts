import type { InitSpec } from '../catalogue/initSpec'
import { formatNumber } from '../plan/formatNumber'
import type { ParameterValue, Rule, RuleOutput, SchemeStep } from './schemeDefinition'

/**
 * A number as derivations print it (core's `formatNumber`).
 *
 * @example
 * ```ts
 * import { formatNumber } from '@weightinit/core'
 * formatNumber(0.02 / Math.sqrt(24)) // '0.00408248'
 * ```
 */
export const f = formatNumber

/**
 * One step of a scheme's explanation.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * planScheme({ scheme: 'fixup', role: 'scalar_bias', shape: [1] }).explanation // [{ quantity: 'value', value: 0, … }]
 * ```
 */
export function step(
  quantity: string,
  value: ParameterValue,
  formula: string,
  source?: string,
): SchemeStep {
  return source === undefined ? { quantity, value, formula } : { quantity, value, formula, source }
}

/**
 * A rule's output: a spec and the steps that derived it.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'timm_vit', role: 'readout', shape: [1000, 768], options: { mode: 'jax' } })
 * if (!p.packed) p.spec // { init: 'zeros' }
 * ```
 */
export function draw(spec: InitSpec, ...steps: SchemeStep[]): RuleOutput {
  return { spec, steps }
}

/**
 * N(0, std²), untruncated (`torch.nn.init.normal_`), with the step that derived std.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'megatron', role: 'readout', shape: [100, 64] })
 * if (!p.packed) p.spec // { init: 'normal', std: 0.02 }
 * ```
 */
export function normal(std: number, formula: string, source: string): RuleOutput {
  return draw({ init: 'normal', std }, step('std', std, formula, source))
}

/**
 * `torch.nn.init.trunc_normal_(std=std)`: absolute bounds ±2 by default (100σ at std 0.02, so
 * practically untruncated), or ±cutoff·σ when a cutoff is given (`a = -cutoff·std`).
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'olmo', role: 'readout', shape: [8, 64], context: { width: 64 } })
 * if (!p.packed) p.spec // { init: 'trunc_normal', std: 0.125, a: -3, b: 3, units: 'sigma' }
 * ```
 */
export function truncNormal(
  std: number,
  formula: string,
  source: string,
  cutoff?: number,
): RuleOutput {
  if (cutoff === undefined) {
    return draw({ init: 'trunc_normal', std }, step('std', std, formula, source))
  }
  return draw(
    { init: 'trunc_normal', std, a: -cutoff, b: cutoff, units: 'sigma' },
    step('std', std, formula, source),
    step('cutoff', cutoff, `truncated at ±${f(cutoff)}σ = ±${f(cutoff * std)}`, source),
  )
}

/**
 * A rule that fills a constant, citing who sets it.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'fixup', role: 'scalar_multiplier', shape: [1] })
 * if (!p.packed) p.spec // { init: 'ones' }
 * ```
 */
export function constant(value: number, source: string): Rule {
  const spec: InitSpec =
    value === 0 ? { init: 'zeros' } : value === 1 ? { init: 'ones' } : { init: 'constant', value }
  return () => draw(spec, step('value', value, `constant ${f(value)}`, source))
}

/**
 * The rules every transformer scheme shares for norms: scale 1, shift 0.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'torchtitan', role: 'rms_norm_scale', shape: [4096] })
 * if (!p.packed) p.spec // { init: 'ones' }
 * ```
 */
export function normRules(source: string) {
  return {
    norm_scale: constant(1, source),
    norm_shift: constant(0, source),
    rms_norm_scale: constant(1, source),
  } as const
}

/**
 * The same rule for every bias role of a transformer.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'neox', role: 'mlp_output_bias', shape: [512] })
 * if (!p.packed) p.spec // { init: 'zeros' }
 * ```
 */
export function biasRules(rule: Rule) {
  return {
    attention_qkv_bias: rule,
    attention_query_bias: rule,
    attention_key_bias: rule,
    attention_value_bias: rule,
    attention_output_bias: rule,
    mlp_input_bias: rule,
    mlp_gate_bias: rule,
    mlp_up_bias: rule,
    mlp_output_bias: rule,
    readout_bias: rule,
    linear_bias: rule,
  } as const
}

/**
 * x^(-1/4) as 1/√√x: two correctly rounded square roots, the same bits on every engine.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * planScheme({ scheme: 'deepnet', role: 'mlp_input', shape: [2048, 512], context: { architecture: 'encoder', layers: 2 } }) // β = 16^-¼ = 0.5
 * ```
 */
export function inverseFourthRoot(x: number): number {
  return 1 / Math.sqrt(Math.sqrt(x))
}
