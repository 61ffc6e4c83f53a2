import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The files every folder a block or a command runs in gets, by the names the READMEs and pages
 * use: `model.onnx` (and `mlp-cnn.onnx`, `pretrained.onnx`, `patched.onnx`) is the CLI's example
 * model, `config.json` a two-layer Llama config (`fixtures/config.json`), `llama.onnx`,
 * `gpt2.onnx`, `vit.onnx` and `encoder.onnx` (`torch_encoder.onnx`) the transformer exports of the
 * ONNX package's tests, and `hello_deepa.onnx`, `namaste_deepa.onnx` the openWakeWord
 * models the transfer guide patches (from the docs' dependencies, when installed).
 *
 * @param root - the repository's root folder
 * @param checkerDir - the checker's package folder
 * @returns file name → the file to copy
 * @example
 * ```ts
 * import { fixtureFiles } from './fixtureFiles'
 * fixtureFiles('/repo', '/repo/packages/check-examples')['model.onnx'] // '/repo/packages/cli/examples/mlp-cnn.onnx'
 * ```
 */
export function fixtureFiles(root: string, checkerDir: string): Record<string, string> {
  const model = join(root, 'packages', 'cli', 'examples', 'mlp-cnn.onnx')
  const wakeWords = join(root, 'apps', 'docs', 'node_modules', 'openwakeword-js', 'models')
  const files: Record<string, string> = {
    'model.onnx': model,
    'mlp-cnn.onnx': model,
    'pretrained.onnx': model,
    'patched.onnx': model,
    'config.json': join(checkerDir, 'fixtures', 'config.json'),
  }
  const transformers = join(root, 'packages', 'onnx', 'src', 'fixtures', 'transformers')
  const transformerFiles: readonly (readonly [string, string])[] = [
    ['llama.onnx', 'llama.onnx'],
    ['gpt2.onnx', 'gpt2.onnx'],
    ['vit.onnx', 'vit.onnx'],
    ['encoder.onnx', 'torch_encoder.onnx'],
  ]
  for (const [name, file] of transformerFiles) {
    if (existsSync(join(transformers, file))) files[name] = join(transformers, file)
  }
  for (const name of ['hello_deepa.onnx', 'namaste_deepa.onnx'])
    if (existsSync(join(wakeWords, name))) files[name] = join(wakeWords, name)
  return files
}
