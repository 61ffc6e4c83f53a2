import type { DType } from '@weightinit/core'
import type { TensorAnalysis, UseAnalysis } from '../analyze/analysisTypes'
import { analyze } from '../analyze/analyze'
import type { OnnxModel } from '../model/OnnxModel'
import type { PatchReport } from '../patch/patchTypes'
import type { NodeProto, TensorProto } from '../schema/generated/onnx_pb'

/** The ops whose weights LSUV rescales. */
export const LSUV_OPS: ReadonlySet<string> = new Set([
  'Conv',
  'ConvTranspose',
  'Gemm',
  'MatMul',
  'Einsum',
  'FusedConv',
  'FusedGemm',
  'FusedMatMul',
])

/**
 * A layer whose weight LSUV rescales: the weight, its op and node, the output whose variance it
 * normalizes, and the node's place in the graph.
 *
 * @remarks Internal to `lsuv`.
 *
 * @example
 * ```ts
 * import type { LsuvTarget } from './lsuvTargets'
 * const describe = (t: LsuvTarget) => `${t.name} → ${t.output}`
 * ```
 */
export interface LsuvTarget {
  readonly tensor: TensorProto
  readonly name: string
  readonly op: string
  readonly node: string
  readonly output: string
  readonly dtype: DType
  readonly order: number
}

/**
 * The layers of a model that LSUV can rescale, in graph order, and the weights it leaves alone with
 * why: weights of the layer ops in {@link LSUV_OPS} that the starting patch initialized, main-graph
 * initializers of a dtype onnxruntime takes, whose node has an output.
 *
 * @param started - the model after the starting patch
 * @param report - that patch's report
 *
 * @example
 * ```ts
 * import { patch, readModel } from '@weightinit/onnx'
 * import { lsuvTargets } from './lsuvTargets'
 * const start = patch(await readModel('m.onnx'), { seed: 1 })
 * const { layers, skipped } = lsuvTargets(start.model, start.report)
 * ```
 */
export function lsuvTargets(
  started: OnnxModel,
  report: PatchReport,
): { layers: LsuvTarget[]; skipped: { name: string; reason: string }[] } {
  const nodes = started.proto.graph?.node ?? []
  const nodeOrder = new Map(nodes.map((n, i) => [n.name, i]))
  const skipped: { name: string; reason: string }[] = []
  const layers: LsuvTarget[] = []
  for (const t of analyze(started).tensors) {
    const use = t.primary
    if (t.role !== 'weight' || use === null || !LSUV_OPS.has(use.op)) continue
    const node = nodes.find((n) => n.name === use.node && n.opType === use.op)
    const reason = skipReason(t, use, node, report)
    if (reason !== null) {
      skipped.push({ name: t.name, reason })
      continue
    }
    layers.push({
      tensor: t.tensor,
      name: t.name,
      op: use.op,
      node: use.node,
      output: node!.output[0]!,
      dtype: t.dtype!,
      order: nodeOrder.get(use.node) ?? 0,
    })
  }
  layers.sort((a, b) => a.order - b.order)
  return { layers, skipped }
}

/** Why LSUV leaves a layer weight alone, or `null` when it can rescale it. */
function skipReason(
  t: TensorAnalysis,
  use: UseAnalysis,
  node: NodeProto | undefined,
  report: PatchReport,
): string | null {
  const changed =
    report.tensors.find((l) => l.name === t.name && l.graphPath === t.graphPath)?.action === 'init'
  if (!changed) return 'not initialized by the starting recipe (kept or copied)'
  if (t.kind !== 'initializer' || t.graphPath !== 'main' || use.graphPath !== 'main')
    return 'not a main-graph initializer used in the main graph'
  if (t.dtype === null || t.dtype === 'bfloat16')
    return `dtype ${t.dtype ?? 'none'} cannot be fed to onnxruntime`
  if (node === undefined || node.output[0] === undefined) return 'its node has no output'
  return null
}
