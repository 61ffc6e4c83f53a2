/* Test helper: paths of real ONNX models shipped in npm packages (devDependencies of this package),
 * taken from the installed packages at test time, never committed. */
import { fileURLToPath } from 'node:url'

function installed(path: string): string {
  return fileURLToPath(new URL(`../../node_modules/${path}`, import.meta.url))
}

/** `hello_deepa.onnx` from openwakeword-js@0.1.27 (Apache-2.0): Gemm MLP, decomposed LayerNorm. */
export function helloDeepaPath(): string {
  return installed('openwakeword-js/models/hello_deepa.onnx')
}

/** `silero_vad_legacy.onnx` from @ricky0123/vad-web@0.0.31 (ISC; model MIT): If subgraphs, Conv1d, LSTM. */
export function sileroLegacyPath(): string {
  return installed('@ricky0123/vad-web/dist/silero_vad_legacy.onnx')
}

/** `silero_vad_v5.onnx` from @ricky0123/vad-web@0.0.31: weights as Constant nodes inside If branches. */
export function sileroV5Path(): string {
  return installed('@ricky0123/vad-web/dist/silero_vad_v5.onnx')
}
