import type { OnnxModel } from '../model/OnnxModel'
import type { PatchOptions, PatchReport } from './patchTypes'
import { preparePatch } from './preparePatch'

/**
 * A dry run of {@link patch}: what would be done to every tensor, and why — name, op, role, shape,
 * fans, activation, gain, chosen spec, distribution and std, or why it is kept or skipped. Nothing
 * is sampled.
 *
 * @param model - the model
 * @param options - seed, recipe, rules, transfer
 *
 * @example
 * ```ts
 * import { planPatch, readModel } from '@weightinit/onnx'
 * const report = planPatch(await readModel('model.onnx'), { seed: 1, recipe: 'auto' })
 * for (const t of report.tensors) console.log(t.name, t.role, t.action, t.spec?.init, t.std, t.reason)
 * ```
 */
export function planPatch(model: OnnxModel, options: PatchOptions): PatchReport {
  return preparePatch(model, options).report
}
