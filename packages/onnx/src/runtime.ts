/**
 * `@weightinit/onnx/runtime`: onnxruntime-node (an optional peer dependency), loaded on demand,
 * for tools that want to check it is installed before long work (as the CLI's `patch --verify`
 * does) and the minimal types weightinit uses for it. `verify` and `lsuv` in '@weightinit/onnx'
 * load it themselves. An explicit barrel, nothing executable.
 *
 * @packageDocumentation
 */

export { loadOrt } from './runtime/loadOrt'
export type {
  OrtModule,
  OrtSession,
  OrtTensor,
  OrtTensorType,
  OrtValueMetadata,
} from './runtime/ortTypes'
