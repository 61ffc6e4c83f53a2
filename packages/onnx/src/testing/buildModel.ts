/* Test helpers: build small ONNX models in code with the generated schema. Not part of the API. */
import { create } from '@bufbuild/protobuf'
import { encodeBfloat16, encodeFloat16 } from '@weightinit/core/dtype'
import {
  AttributeProto_AttributeType as A,
  type AttributeProto,
  AttributeProtoSchema,
  type GraphProto,
  GraphProtoSchema,
  type ModelProto,
  ModelProtoSchema,
  type NodeProto,
  NodeProtoSchema,
  type TensorProto,
  TensorProtoSchema,
  type ValueInfoProto,
  ValueInfoProtoSchema,
} from '../schema/generated/onnx_pb'

/** An attribute value: tagged by its ONNX kind. */
export type AttrValue =
  | { readonly i: number }
  | { readonly f: number }
  | { readonly s: string }
  | { readonly ints: readonly number[] }
  | { readonly floats: readonly number[] }
  | { readonly strings: readonly string[] }
  | { readonly t: TensorProto }
  | { readonly g: GraphProto }

export interface NodeSpec {
  readonly op: string
  readonly inputs: readonly string[]
  readonly outputs: readonly string[]
  readonly attrs?: Readonly<Record<string, AttrValue>>
  readonly domain?: string
  readonly name?: string
}

interface ValueSpec {
  readonly name: string
  readonly shape?: readonly (number | string)[]
  readonly elemType?: number
}

export interface GraphSpec {
  readonly name?: string
  readonly inputs: readonly ValueSpec[]
  readonly outputs: readonly ValueSpec[]
  readonly nodes: readonly NodeSpec[]
  readonly initializers?: readonly TensorProto[]
}

export interface ModelSpec extends GraphSpec {
  readonly opset?: number
  readonly irVersion?: number
  /** Also import com.microsoft (version 1). */
  readonly microsoft?: boolean
}

export function attribute(name: string, value: AttrValue): AttributeProto {
  const a = create(AttributeProtoSchema, { name })
  if ('i' in value) Object.assign(a, { type: A.INT, i: BigInt(value.i) })
  else if ('f' in value) Object.assign(a, { type: A.FLOAT, f: value.f })
  else if ('s' in value) Object.assign(a, { type: A.STRING, s: new TextEncoder().encode(value.s) })
  else if ('ints' in value) Object.assign(a, { type: A.INTS, ints: value.ints.map(BigInt) })
  else if ('floats' in value) Object.assign(a, { type: A.FLOATS, floats: [...value.floats] })
  else if ('strings' in value)
    Object.assign(a, {
      type: A.STRINGS,
      strings: value.strings.map((s) => new TextEncoder().encode(s)),
    })
  else if ('t' in value) Object.assign(a, { type: A.TENSOR, t: value.t })
  else Object.assign(a, { type: A.GRAPH, g: value.g })
  return a
}

export function node(spec: NodeSpec): NodeProto {
  return create(NodeProtoSchema, {
    opType: spec.op,
    input: [...spec.inputs],
    output: [...spec.outputs],
    name: spec.name ?? `${spec.op}_${spec.outputs[0] ?? ''}`,
    domain: spec.domain ?? '',
    attribute: Object.entries(spec.attrs ?? {}).map(([name, value]) => attribute(name, value)),
  })
}

function valueInfo(spec: ValueSpec): ValueInfoProto {
  const info = create(ValueInfoProtoSchema, { name: spec.name })
  if (spec.shape === undefined && spec.elemType === undefined) return info
  info.type = {
    $typeName: 'onnx.TypeProto',
    denotation: '',
    value: {
      case: 'tensorType',
      value: {
        $typeName: 'onnx.TypeProto.Tensor',
        elemType: spec.elemType ?? 1,
        ...(spec.shape === undefined
          ? {}
          : {
              shape: {
                $typeName: 'onnx.TensorShapeProto',
                dim: spec.shape.map((d) => ({
                  $typeName: 'onnx.TensorShapeProto.Dimension' as const,
                  denotation: '',
                  value:
                    typeof d === 'number'
                      ? { case: 'dimValue' as const, value: BigInt(d) }
                      : { case: 'dimParam' as const, value: d },
                })),
              },
            }),
      },
    },
  } as ValueInfoProto['type']
  return info
}

export function graph(spec: GraphSpec): GraphProto {
  return create(GraphProtoSchema, {
    name: spec.name ?? 'g',
    node: spec.nodes.map(node),
    input: spec.inputs.map(valueInfo),
    output: spec.outputs.map(valueInfo),
    initializer: [...(spec.initializers ?? [])],
  })
}

export function model(spec: ModelSpec): ModelProto {
  return create(ModelProtoSchema, {
    irVersion: BigInt(spec.irVersion ?? 8),
    producerName: 'weightinit-tests',
    opsetImport: [
      { domain: '', version: BigInt(spec.opset ?? 17) },
      ...(spec.microsoft === true ? [{ domain: 'com.microsoft', version: 1n }] : []),
    ],
    graph: graph(spec),
  })
}

/** Storage of a test float tensor. */
export type FloatStorage = 'raw' | 'typed'

/** A float tensor (FLOAT, DOUBLE, FLOAT16, BFLOAT16) with the given values. */
export function floatTensor(
  name: string,
  dims: readonly number[],
  values: ArrayLike<number>,
  options: { readonly dataType?: 1 | 10 | 11 | 16; readonly storage?: FloatStorage } = {},
): TensorProto {
  const dataType = options.dataType ?? 1
  const storage = options.storage ?? 'raw'
  const t = create(TensorProtoSchema, { name, dims: dims.map(BigInt), dataType })
  const f32 = Float32Array.from(values)
  if (dataType === 1) {
    if (storage === 'raw') t.rawData = new Uint8Array(f32.buffer)
    else t.floatData = Array.from(f32)
  } else if (dataType === 11) {
    const f64 = Float64Array.from(values)
    if (storage === 'raw') t.rawData = new Uint8Array(f64.buffer)
    else t.doubleData = Array.from(f64)
  } else {
    const bits = dataType === 10 ? encodeFloat16(f32) : encodeBfloat16(f32)
    if (storage === 'raw') t.rawData = new Uint8Array(bits.buffer)
    else t.int32Data = Array.from(bits)
  }
  return t
}

/** An INT64 tensor (raw_data). */
export function int64Tensor(
  name: string,
  dims: readonly number[],
  values: readonly number[],
): TensorProto {
  return create(TensorProtoSchema, {
    name,
    dims: dims.map(BigInt),
    dataType: 7,
    rawData: new Uint8Array(BigInt64Array.from(values.map(BigInt)).buffer),
  })
}

/** Deterministic pseudo-random values in [-scale, scale) (a 32-bit LCG), for test tensors. */
export function testValues(count: number, seed = 1, scale = 1): Float32Array {
  const out = new Float32Array(count)
  let state = seed >>> 0
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    out[i] = (state / 2 ** 32 - 0.5) * 2 * scale
  }
  return out
}

/** A float tensor of deterministic test values. */
export function randomTensor(
  name: string,
  dims: readonly number[],
  seed = 1,
  scale = 0.1,
): TensorProto {
  return floatTensor(
    name,
    dims,
    testValues(
      dims.reduce((a, b) => a * b, 1),
      seed,
      scale,
    ),
  )
}
