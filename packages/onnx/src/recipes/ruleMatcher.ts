import { compileGlob, compileRegex } from '@weightinit/core'
import type { TensorAnalysis } from '../analyze/analysisTypes'
import type { Rule } from './rule'

/**
 * The test of a rule against a tensor: its name glob and regex (compiled once, here, and run in time
 * linear in the name), an op among the tensor's uses, its role — every criterion given must hold.
 * A name criterion holds when it matches the initializer's name or its display name (the name
 * recovered from the graph for an exporter's `onnx::MatMul_743`). Build one per rule and patch, not
 * per tensor.
 *
 * @throws `INVALID_PATTERN` for a glob or regex that {@link parseRule} would have refused
 *
 * @example
 * ```ts
 * import { analyze, readModel } from '@weightinit/onnx'
 * import { ruleMatcher } from './ruleMatcher'
 * const matches = ruleMatcher({ regex: '^fc\\d+\\.weight$', role: 'weight', init: 'keep' })
 * analyze(await readModel('model.onnx')).tensors.filter(matches).length
 * ```
 */
export function ruleMatcher(rule: Rule): (tensor: TensorAnalysis) => boolean {
  const glob = rule.name === undefined ? null : compileGlob(rule.name)
  const regex = rule.regex === undefined ? null : compileRegex(rule.regex)
  const ops: readonly string[] | null =
    rule.op === undefined ? null : typeof rule.op === 'string' ? [rule.op] : rule.op
  const roles: readonly string[] | null =
    rule.role === undefined ? null : typeof rule.role === 'string' ? [rule.role] : rule.role
  // A name criterion holds for the initializer's name or for the readable name weightinit showed
  // (`displayName`, e.g. `model.layers.0.self_attn.q_proj.weight` for `onnx::MatMul_743`).
  return (tensor) =>
    (glob === null || glob.test(tensor.name) || glob.test(tensor.displayName)) &&
    (regex === null || regex.test(tensor.name) || regex.test(tensor.displayName)) &&
    (ops === null || tensor.uses.some((use) => ops.includes(use.op))) &&
    (roles === null || roles.includes(tensor.role))
}
