import type { OnnxModel } from '../model/OnnxModel'
import type { TensorProto } from '../schema/generated/onnx_pb'
import type { ValueStats } from '../verify/valueStats'
import { valueSource } from './valueSource'

/**
 * A tensor that may equal others: its name to report, the tensor, and the statistics already
 * gathered (equal tensors have equal statistics, so only those are compared).
 *
 * @example
 * ```ts
 * import type { IdentityCandidate } from './identicalTensors'
 * declare const tensor: import('@weightinit/onnx/schema').TensorProto
 * declare const stats: import('@weightinit/onnx').ValueStats
 * const c: IdentityCandidate = { name: 'layers.1.fc.weight', tensor, stats }
 * ```
 */
export interface IdentityCandidate {
  readonly name: string
  readonly tensor: TensorProto
  readonly stats: ValueStats
}

/**
 * Which tensors hold exactly the same values as others of the same data type and dims (layers
 * deep-copied and never trained apart). Tensors are grouped by data type, dims and their
 * statistics first, and only tensors in one group are compared, a chunk at a time, so the cost is
 * that of reading the few candidates again.
 *
 * @param model - the model
 * @param candidates - the tensors to compare
 * @param chunk - the most values read at once per tensor
 * @returns for each candidate that equals others, the others' names (by candidate index)
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { identicalTensors } from './identicalTensors'
 * declare const candidates: import('./identicalTensors').IdentityCandidate[]
 * identicalTensors(await readModel('m.onnx'), candidates, 1 << 21).get(0) // ['layers.1.fc.weight']
 * ```
 */
export function identicalTensors(
  model: OnnxModel,
  candidates: readonly IdentityCandidate[],
  chunk: number,
): Map<number, string[]> {
  const groups = new Map<string, number[]>()
  candidates.forEach((c, i) => {
    const { stats } = c
    const key = `${c.tensor.dataType}|${c.tensor.dims.join(',')}|${stats.count}|${stats.mean}|${stats.std}|${stats.min}|${stats.max}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [i])
    else group.push(i)
  })
  const out = new Map<number, string[]>()
  for (const group of groups.values()) {
    if (group.length < 2) continue
    // Classes of equal tensors within the group: each member compared with each class's first.
    const classes: number[][] = []
    for (const i of group) {
      const home = classes.find((k) =>
        sameElements(model, candidates[k[0]!]!.tensor, candidates[i]!.tensor, chunk),
      )
      if (home === undefined) classes.push([i])
      else home.push(i)
    }
    for (const k of classes) {
      if (k.length < 2) continue
      for (const i of k) {
        out.set(
          i,
          k.filter((j) => j !== i).map((j) => candidates[j]!.name),
        )
      }
    }
  }
  return out
}

/** Whether two tensors of equal dims hold the same values (NaN never equals). */
function sameElements(model: OnnxModel, a: TensorProto, b: TensorProto, chunk: number): boolean {
  const x = valueSource(model, a, chunk)
  const y = valueSource(model, b, chunk)
  if (x.size !== y.size) return false
  for (let start = 0; start < x.size; start += chunk) {
    const count = Math.min(chunk, x.size - start)
    const u = x.read(start, count)
    const v = y.read(start, count)
    for (let i = 0; i < count; i++) if (u[i] !== v[i]) return false
  }
  return true
}
