import type { TensorSlot } from '../model/tensorSite'
import type { TensorProto } from '../schema/generated/onnx_pb'

/**
 * Runs `fn` with some tensors of a model replaced in place (in their slots), then puts the
 * originals back, whatever `fn` does: how a writer encodes a changed model without copying it.
 *
 * @param swaps - each slot and the tensor to put there
 * @param fn - what to run while they are in place (e.g. `toBinary`)
 *
 * @example
 * ```ts
 * import { swapTensors } from './swapTensors'
 * declare const slot: import('../model/tensorSite').TensorSlot
 * declare const replacement: import('@weightinit/onnx/schema').TensorProto
 * swapTensors([{ slot, tensor: replacement }], () => 'encoded')
 * ```
 */
export function swapTensors<T>(
  swaps: readonly { readonly slot: TensorSlot; readonly tensor: TensorProto }[],
  fn: () => T,
): T {
  const originals: TensorProto[] = []
  try {
    for (const { slot, tensor } of swaps) {
      originals.push(put(slot, tensor))
    }
    return fn()
  } finally {
    originals.forEach((original, i) => {
      put(swaps[i]!.slot, original)
    })
  }
}

function put(slot: TensorSlot, tensor: TensorProto): TensorProto {
  const holder = slot.holder as Record<string, unknown>
  if (slot.index === null) {
    const previous = holder[slot.key] as TensorProto
    holder[slot.key] = tensor
    return previous
  }
  const list = holder[slot.key] as TensorProto[]
  const previous = list[slot.index]!
  list[slot.index] = tensor
  return previous
}
