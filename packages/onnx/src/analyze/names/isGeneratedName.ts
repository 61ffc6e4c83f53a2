/**
 * Names exporters make up for tensors and values, as data: PyTorch's `onnx::MatMul_743` and scoped
 * value names (`/model/Constant_output_0`), numbered `Constant_147`/`Identity_3`, bare numbers,
 * torch.export's `val_12`, tf2onnx's `const_fold_opt__123`.
 */
const GENERATED: readonly RegExp[] = [
  /^onnx::/,
  /^\//,
  /^\d+$/,
  /^_?v(?:al)?_\d+$/,
  /^(?:Constant|Identity|initializer|Initializer)_\d+$/,
  /^const_fold_opt__\d+$/,
  /_output_\d+$/,
]

/**
 * Whether a tensor or value name was made up by an exporter (and so says nothing about the
 * parameter), as opposed to a name a person gave: `onnx::MatMul_743`, `/attn/Constant_output_0`,
 * `Constant_12`, `42`, `val_7`. Linear in the name's length.
 *
 * @param name - the name
 *
 * @example
 * ```ts
 * import { isGeneratedName } from './isGeneratedName'
 * isGeneratedName('onnx::MatMul_743') // true
 * isGeneratedName('model.layers.0.self_attn.q_proj.weight') // false
 * ```
 */
export function isGeneratedName(name: string): boolean {
  return name.length === 0 || GENERATED.some((pattern) => pattern.test(name))
}
