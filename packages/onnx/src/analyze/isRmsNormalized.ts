import type { GraphSite } from '../model/graphSite'
import type { GraphIndex } from './graphIndex'

const CASTS = new Set(['Cast', 'Identity'])
/** Ops between the mean square and the normalizer: + ε, √, 1/·, ÷, ^(−½), casts. */
const NORMALIZER = new Set(['Add', 'Sqrt', 'Reciprocal', 'Div', 'Pow', 'Cast'])

/**
 * Whether a value is a decomposed RMSNorm's normalized input, `x / √(mean(x²) + ε)`, as exporters
 * write it: `Mul(x, Div(1, Sqrt(…)))`, `Mul(x, Reciprocal(Sqrt(…)))`, `Div(x, Sqrt(…))` or
 * `Mul(x, Pow(…, −0.5))`, where `…` is `Add(ReduceMean(Pow(x, 2)), ε)` (or `x·x`), with `Cast`s
 * around any of it (Llama's export computes it in float32).
 *
 * @param index - the model's graph index
 * @param graph - the graph of the value
 * @param value - the value multiplied by the norm's scale
 *
 * @example
 * ```ts
 * import { readModel } from '@weightinit/onnx'
 * import { GraphIndex } from './graphIndex'
 * import { isRmsNormalized } from './isRmsNormalized'
 * const index = new GraphIndex(await readModel('llama.onnx'))
 * isRmsNormalized(index, index.graphs[0]!, '/model/layers.0/input_layernorm/Cast_1_output_0') // true
 * ```
 */
export function isRmsNormalized(index: GraphIndex, graph: GraphSite, value: string): boolean {
  const uncast = (name: string) => {
    let current = name
    for (let i = 0; i < 4; i++) {
      const node = index.producer(graph, current)
      if (node === null || !CASTS.has(node.opType)) break
      current = node.input[0] ?? current
    }
    return current
  }
  const scaled = index.producer(graph, uncast(value))
  if (scaled === null || (scaled.opType !== 'Mul' && scaled.opType !== 'Div')) return false
  const positions = scaled.opType === 'Div' ? [0] : [0, 1]
  return positions.some((p) => {
    const x = uncast(scaled.input[p] ?? '')
    const normalizer = scaled.input[1 - p] ?? ''
    return meanSquareOf(index, graph, normalizer, x, uncast)
  })
}

/** Whether `value` is computed (within five normalizer steps) from `ReduceMean(x²)`. */
function meanSquareOf(
  index: GraphIndex,
  graph: GraphSite,
  value: string,
  x: string,
  uncast: (name: string) => string,
): boolean {
  let frontier = [value]
  for (let depth = 0; depth < 5 && frontier.length > 0; depth++) {
    const next: string[] = []
    for (const v of frontier) {
      const node = index.producer(graph, v)
      if (node === null) continue
      if (node.opType === 'ReduceMean') {
        const square = index.producer(graph, node.input[0] ?? '')
        if (square === null) continue
        const base = uncast(square.input[0] ?? '')
        const isSquare =
          (square.opType === 'Pow' &&
            index.constantValues(graph, square.input[1] ?? '', 1)?.[0] === 2) ||
          (square.opType === 'Mul' && square.input[0] === square.input[1])
        if (isSquare && base === x) return true
        continue
      }
      if (!NORMALIZER.has(node.opType)) continue
      for (const input of node.input) if (input.length > 0) next.push(input)
    }
    frontier = next
  }
  return false
}
