import type { FamilyManifest } from './architecture.types'
import { bertFamily } from './bertFamily'
import { gpt2Family } from './gpt2Family'
import { gptNeoxFamily } from './gptNeoxFamily'
import { llamaFamily, mistralFamily, qwen2Family } from './llamaFamilies'

/**
 * The architecture manifests weightinit knows, by Hugging Face `model_type`: each family's
 * config fields and every tensor of its state dict, as data (see {@link FamilyManifest}).
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * Object.keys(families) // ['llama', 'mistral', 'qwen2', 'gpt2', 'bert', 'gpt_neox']
 * ```
 */
export const families = {
  llama: llamaFamily,
  mistral: mistralFamily,
  qwen2: qwen2Family,
  gpt2: gpt2Family,
  bert: bertFamily,
  gpt_neox: gptNeoxFamily,
} as const satisfies Readonly<Record<string, FamilyManifest>>

/**
 * A `model_type` weightinit has a manifest for.
 *
 * @example
 * ```ts
 * import type { ModelType } from '@weightinit/buffers'
 * const type: ModelType = 'llama'
 * ```
 */
export type ModelType = keyof typeof families
