import type { AttributeProto, NodeProto } from '../schema/generated/onnx_pb'

function find(node: NodeProto, name: string): AttributeProto | undefined {
  return node.attribute.find((a) => a.name === name)
}

/**
 * Reads a node's attributes with the operator's default when absent (ONNX: a missing attribute means
 * the default).
 *
 * @example
 * ```ts
 * import { nodeAttributes } from './nodeAttributes'
 * declare const gemm: import('@weightinit/onnx/schema').NodeProto
 * nodeAttributes.int(gemm, 'transB', 0) // 1 for a torch Linear export
 * ```
 */
export const nodeAttributes = {
  /** An INT attribute (int64, as a number). */
  int(node: NodeProto, name: string, fallback: number): number {
    const a = find(node, name)
    return a === undefined ? fallback : Number(a.i)
  },
  /** A FLOAT attribute. */
  float(node: NodeProto, name: string, fallback: number): number {
    const a = find(node, name)
    return a === undefined ? fallback : a.f
  },
  /** An INTS attribute, or `null` when absent. */
  ints(node: NodeProto, name: string): number[] | null {
    const a = find(node, name)
    return a === undefined ? null : a.ints.map(Number)
  },
  /** A STRING attribute (UTF-8), or the fallback. */
  string(node: NodeProto, name: string, fallback: string): string {
    const a = find(node, name)
    return a === undefined ? fallback : new TextDecoder().decode(a.s)
  },
  /** A STRINGS attribute, or `null` when absent. */
  strings(node: NodeProto, name: string): string[] | null {
    const a = find(node, name)
    return a === undefined ? null : a.strings.map((s) => new TextDecoder().decode(s))
  },
  /** Whether the attribute is present. */
  has(node: NodeProto, name: string): boolean {
    return find(node, name) !== undefined
  },
}
