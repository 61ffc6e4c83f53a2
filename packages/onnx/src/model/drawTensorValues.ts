import { hostIsLittleEndian } from '@weightinit/buffers'
import type { TensorProto } from '../schema/generated/onnx_pb'
import { checkOnnxModel } from './checkOnnxModel'
import { type DrawnTensor, drawTensors } from './drawTensors'
import type { OnnxModel, TensorEdit } from './OnnxModel'
import { tensorLabel } from './tensorLabel'
import { tensorValues } from './tensorValues'
import { decodeValues, valueReader } from './valueReader'

/** A tensor drawn for its values: where they go and what the edit says of them. */
interface Drawing extends DrawnTensor {
  readonly index: number
  readonly edit: TensorEdit
}

/**
 * The elements of several tensors as numbers, as {@link tensorValues} gives each, drawing the edits
 * that worker threads can draw (`TensorEdit.draw`) through them (see `drawTensors`: from 8 MiB in
 * all, every core). A float32 tensor's values come as a `Float32Array` (the same numbers in half
 * the memory), every other tensor's as a `Float64Array`.
 *
 * @param model - the model that holds the tensors
 * @param tensors - its tensors
 * @returns their values, in the order of `tensors`
 * @throws what `tensorValues` throws
 *
 * @remarks Memory: the values, plus one drawn tensor's bytes at a time (each is decoded as soon as
 * its last byte is drawn; a float32 tensor's bytes become its values without a copy on a
 * little-endian host) and the threads' ring of chunk buffers.
 *
 * @example
 * ```ts
 * import { patch, readModel } from '@weightinit/onnx'
 * import { drawTensorValues } from './drawTensorValues'
 * const { model } = patch(await readModel('model.onnx'), { seed: 1 })
 * const [first] = await drawTensorValues(model, [model.proto.graph!.initializer[0]!])
 * ```
 */
export async function drawTensorValues(
  model: OnnxModel,
  tensors: readonly TensorProto[],
): Promise<(Float32Array | Float64Array)[]> {
  checkOnnxModel(model)
  const values: (Float32Array | Float64Array)[] = new Array(tensors.length)
  const drawings: Drawing[] = []
  tensors.forEach((tensor, index) => {
    const edit = model.edits.get(tensor)
    if (edit?.draw === undefined || edit.byteLength === 0 || valueReader(edit.dataType) === null) {
      const numbers = tensorValues(model, tensor)
      values[index] =
        (edit?.dataType ?? tensor.dataType) === FLOAT ? Float32Array.from(numbers) : numbers
    } else {
      drawings.push({
        name: tensorLabel(tensor),
        byteLength: edit.byteLength,
        draw: edit.draw,
        index,
        edit,
      })
    }
  })
  // the tensors of a stream come whole one after another: one tensor's bytes at a time
  let filling: { drawing: Drawing; bytes: Uint8Array } | undefined
  await drawTensors(drawings, (drawing, part, at) => {
    if (filling?.drawing !== drawing)
      filling = { drawing, bytes: new Uint8Array(drawing.byteLength) }
    filling.bytes.set(part, at)
    if (at + part.length === drawing.byteLength) {
      const { edit, index } = drawing
      values[index] = decodedValues(filling.bytes, edit.dataType, elementCount(edit.dims))
      filling = undefined
    }
  })
  return values
}

/** ONNX's FLOAT (float32) data type. */
const FLOAT = 1

/** Decoded values of drawn bytes: a float32 tensor's as a Float32Array (over its bytes where it can). */
function decodedValues(
  bytes: Uint8Array,
  dataType: number,
  count: number,
): Float32Array | Float64Array {
  if (dataType !== FLOAT) return decodeValues(bytes, dataType, count)
  // fresh bytes start at offset 0: aligned for a view
  if (hostIsLittleEndian) return new Float32Array(bytes.buffer, bytes.byteOffset, count)
  return Float32Array.from(decodeValues(bytes, dataType, count))
}

function elementCount(dims: readonly number[]): number {
  return dims.reduce((product, d) => product * d, 1)
}
