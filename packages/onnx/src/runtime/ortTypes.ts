/* The parts of onnxruntime-node's API that weightinit uses, as structural types, so that the
 * published types do not need onnxruntime-node (an optional peer dependency) to be installed. */

/**
 * The element types of an onnxruntime tensor that weightinit feeds or reads.
 *
 * @example
 * ```ts
 * import type { OrtTensorType } from '@weightinit/onnx/runtime'
 * const type: OrtTensorType = 'float32'
 * ```
 */
export type OrtTensorType =
  | 'float32'
  | 'float64'
  | 'float16'
  | 'int8'
  | 'uint8'
  | 'int16'
  | 'uint16'
  | 'int32'
  | 'uint32'
  | 'int64'
  | 'uint64'
  | 'bool'
  | 'string'
  | 'bfloat16'

/**
 * An onnxruntime tensor (the fields weightinit reads).
 *
 * @example
 * ```ts
 * import { loadOrt, type OrtTensor } from '@weightinit/onnx/runtime'
 * const ort = await loadOrt()
 * const x: OrtTensor = new ort.Tensor('float32', new Float32Array(4), [1, 4])
 * ```
 */
export interface OrtTensor {
  readonly type: string
  readonly dims: readonly number[]
  readonly data: unknown
}

/**
 * Input or output metadata of a session.
 *
 * @example
 * ```ts
 * import type { OrtValueMetadata } from '@weightinit/onnx/runtime'
 * const meta: OrtValueMetadata = { name: 'x', isTensor: true, type: 'float32', shape: ['batch', 4] }
 * ```
 */
export interface OrtValueMetadata {
  readonly name: string
  readonly isTensor: boolean
  readonly type?: string
  readonly shape?: readonly (number | string)[]
}

/**
 * An onnxruntime inference session (the members weightinit uses).
 *
 * @example
 * ```ts
 * import { loadOrt, type OrtSession } from '@weightinit/onnx/runtime'
 * import { createSession } from './createSession'
 * declare const bytes: Uint8Array
 * const session: OrtSession = await createSession(await loadOrt(), bytes, null)
 * ```
 */
export interface OrtSession {
  readonly inputNames: readonly string[]
  readonly outputNames: readonly string[]
  readonly inputMetadata: readonly OrtValueMetadata[]
  readonly outputMetadata: readonly OrtValueMetadata[]
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>
  release(): Promise<void>
}

/**
 * The `onnxruntime-node` module, as weightinit uses it.
 *
 * @example
 * ```ts
 * import { loadOrt } from '@weightinit/onnx/runtime'
 * const ort = await loadOrt()
 * const x = new ort.Tensor('float32', new Float32Array(4), [2, 2])
 * ```
 */
export interface OrtModule {
  readonly InferenceSession: {
    create(model: Uint8Array | string, options?: Record<string, unknown>): Promise<OrtSession>
  }
  readonly Tensor: new (type: OrtTensorType, data: unknown, dims: readonly number[]) => OrtTensor
}
