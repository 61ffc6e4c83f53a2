/**
 * `@weightinit/core/dtype`: element types as bits, for adapters and users who encode, decode or
 * allocate themselves: float16 and bfloat16 (round to nearest even), bytes per element, the typed
 * array of each dtype and dtype names as users write them. `sample` already returns encoded
 * arrays; `DType` and `dtypes` are in '@weightinit/core'. An explicit barrel, nothing executable.
 *
 * @packageDocumentation
 */

export { type ArrayKind, type ArrayOf, arrayKind, checkArray, outputArray } from './dtype/arrayKind'
export {
  bfloat16FromFloat64,
  bfloat16ToNumber,
  decodeBfloat16,
  encodeBfloat16,
} from './dtype/bfloat16'
export {
  allocate,
  bytesPerElement,
  checkDType,
  dtypeAliases,
  isDType,
  parseDType,
} from './dtype/dtypes'
export { decode, encode } from './dtype/encode'
export { decodeFloat16, encodeFloat16, float16FromFloat64, float16ToNumber } from './dtype/float16'
