import type { TensorAnalysis } from '../analyze/analysisTypes'
import { globToRegExp } from './globToRegExp'
import type { Rule } from './rule'

/**
 * Whether a rule matches a tensor: its name glob and regex, an op among the tensor's uses, its
 * role — every criterion given must hold.
 *
 * @example
 * ```ts
 * import { analyze, matchRule, readModel } from '@weightinit/onnx'
 * const [t] = analyze(await readModel('model.onnx')).tensors
 * matchRule({ role: 'weight', init: 'keep' }, t!)
 * ```
 */
export function matchRule(rule: Rule, tensor: TensorAnalysis): boolean {
  if (rule.name !== undefined && !globToRegExp(rule.name).test(tensor.name)) return false
  if (rule.regex !== undefined && !new RegExp(rule.regex).test(tensor.name)) return false
  if (rule.op !== undefined) {
    const ops: readonly string[] = typeof rule.op === 'string' ? [rule.op] : rule.op
    if (!tensor.uses.some((u) => ops.includes(u.op))) return false
  }
  if (rule.role !== undefined) {
    const wanted: readonly string[] = typeof rule.role === 'string' ? [rule.role] : rule.role
    if (!wanted.includes(tensor.role)) return false
  }
  return true
}
