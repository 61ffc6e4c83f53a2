import type { GateInfo } from '../analyze/analysisTypes'

/**
 * The element ranges of an ONNX LSTM bias `B [D, 8H]` (= `[Wb_iofc, Rb_iofc]` per direction) that
 * hold the input-side forget-gate bias `Wb_f`: setting them to 1 (and `Rb_f` to 0) gives a total
 * forget bias of 1.
 *
 * @example
 * ```ts
 * import { forgetGateOverrides } from './forgetGateOverrides'
 * forgetGateOverrides({ op: 'LSTM', order: 'iofc', hidden: 4, directions: 1 }, 1)
 * // [{ start: 8, end: 12, value: 1 }]
 * ```
 */
export function forgetGateOverrides(
  gates: GateInfo,
  value: number,
): { start: number; end: number; value: number }[] {
  if (gates.op !== 'LSTM') return []
  const h = gates.hidden
  return Array.from({ length: gates.directions }, (_, d) => ({
    start: d * 8 * h + 2 * h,
    end: d * 8 * h + 3 * h,
    value,
  }))
}
