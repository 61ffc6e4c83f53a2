import type { ModelContext } from '@weightinit/core'
import {
  checkOptions,
  describeValue,
  fail,
  suggestion,
  validateShape,
} from '@weightinit/core/errors'
import type {
  ArchitectureManifest,
  HeadTemplate,
  HfConfig,
  ManifestTensor,
  TensorTemplate,
} from './architecture.types'
import { evaluateDim } from './evaluateDim'
import { families, type ModelType } from './families'
import { readModelConfig } from './readModelConfig'

/**
 * The tensors a Hugging Face `config.json` describes: the model class (from `architectures`, or
 * the family's usual one), every tensor of its persistent state dict in `save_pretrained`'s order
 * with name, shape, role, block index and layout, the tied readout left out, and the model
 * context schemes plan with.
 *
 * @param config - the parsed `config.json`
 * @param options - `architecture`: the model class to use instead of `config.architectures[0]`
 * @returns the {@link ArchitectureManifest}
 * @throws `UNKNOWN_ARCHITECTURE` for a `model_type` or class without a manifest (with the known
 *   ones); `INVALID_MODEL_CONFIG` naming a missing or invalid field
 *
 * @remarks The families are data ({@link families}): `llama`, `mistral`, `qwen2`, `gpt2`, `bert`,
 * `gpt_neox`, each read from its transformers modeling file. The context carries `family`
 * (`model_type`), `architecture` (encoder or decoder), `layers`, `width`, `heads`, `kvHeads`,
 * `headDim`, `ffnWidth`, `initializerRange` (`initializer_range`) and `paddingIdx`
 * (`pad_token_id`).
 *
 * @example
 * ```ts
 * import { architectureManifest } from '@weightinit/buffers'
 * const m = architectureManifest({
 *   model_type: 'llama', architectures: ['LlamaForCausalLM'], vocab_size: 32000, hidden_size: 4096,
 *   intermediate_size: 11008, num_hidden_layers: 32, num_attention_heads: 32,
 * })
 * m.tensors.length // 291
 * m.parameters // 6738415616
 * ```
 */
export function architectureManifest(
  config: HfConfig,
  options: { readonly architecture?: string } = {},
): ArchitectureManifest {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    fail(
      'INVALID_MODEL_CONFIG',
      `a config must be the object of a config.json, got ${describeValue(config)}`,
      {},
    )
  }
  const modelType = config['model_type']
  const known = Object.keys(families)
  if (typeof modelType !== 'string' || !Object.hasOwn(families, modelType)) {
    fail(
      'UNKNOWN_ARCHITECTURE',
      typeof modelType === 'string'
        ? `config.json's model_type '${modelType}' has no manifest${suggestion(modelType, known)}; weightinit knows ${known.join(', ')}`
        : `config.json has no "model_type" (one of ${known.join(', ')})`,
      { modelType },
    )
  }
  const { architecture: option } = checkOptions(options, 'options', undefined, {
    architecture: true,
  })
  const family = families[modelType as ModelType]
  const architecture = chooseClass(config, option, modelType)
  const head = family.classes[architecture.slice(family.classPrefix.length)] as HeadTemplate
  const read = readModelConfig(family, modelType, config)
  const flags: Record<string, boolean> = { ...read.flags, ...head.flags }
  const tied = flags['tie'] === true && head.ties === true
  flags['tied'] = tied
  const q = read.quantities
  const tensors: ManifestTensor[] = []
  const add = (template: TensorTemplate, name: string, block?: number) => {
    const when = template.when
    if (when !== undefined) {
      const flag = flags[when.replace(/^!/, '')]
      if (flag === undefined) {
        fail('INVALID_ARGUMENT', `${name} depends on an unknown flag '${when}'`, { name })
      }
      if (flag === when.startsWith('!')) return
    }
    const shape = template.shape.map((dim) =>
      evaluateDim(
        dim,
        (n) => q[n],
        (n) => read.labels[n] ?? n,
      ),
    )
    validateShape(shape)
    const role = tied && template.tiedRole !== undefined ? template.tiedRole : template.role
    tensors.push({
      name,
      shape,
      role,
      ...(block === undefined ? {} : { block }),
      ...(shape.length === 2 ? { layout: template.layout ?? 'oi' } : {}),
      ...(template.packing === undefined ? {} : { packing: template.packing }),
    })
  }
  for (const t of family.embeddings) add(t, head.base + t.name)
  const layers = q['layers'] as number
  for (let i = 0; i < layers; i++) {
    for (const t of family.block) add(t, `${head.base}${family.blockPrefix}.${i}.${t.name}`, i)
  }
  for (const t of family.final) add(t, head.base + t.name)
  for (const t of head.tensors) add(t, t.name)
  const parameters = tensors.reduce((sum, t) => sum + t.shape.reduce((n, d) => n * d, 1), 0)
  return {
    modelType,
    architecture,
    tied,
    tensors,
    parameters,
    quantities: q,
    context: modelContext(config, modelType, family.architecture, q),
  }
}

/** The model class: the option, else `architectures[0]`, else the family's usual class. */
function chooseClass(config: HfConfig, option: string | undefined, modelType: string): string {
  const family = families[modelType as ModelType]
  const listed = config['architectures']
  const first = Array.isArray(listed) ? (listed[0] as unknown) : undefined
  const name = option ?? first ?? `${family.classPrefix}${family.defaultClass}`
  const names = Object.keys(family.classes).map((suffix) => family.classPrefix + suffix)
  if (typeof name !== 'string' || !names.includes(name)) {
    fail(
      'UNKNOWN_ARCHITECTURE',
      `${modelType} has no manifest for the class ${describeValue(name)}${typeof name === 'string' ? suggestion(name, names) : ''}; weightinit knows ${names.join(', ')}`,
      { modelType, architecture: name },
    )
  }
  return name
}

/** What schemes plan with, from the quantities read and the config's init fields. */
function modelContext(
  config: HfConfig,
  family: string,
  architecture: 'encoder' | 'decoder',
  q: Readonly<Record<string, number>>,
): ModelContext {
  const range = config['initializer_range']
  if (range !== undefined && range !== null && !(typeof range === 'number' && range > 0)) {
    fail(
      'INVALID_MODEL_CONFIG',
      `config.json's "initializer_range" must be a positive number, got ${describeValue(range)}`,
      { field: 'initializer_range' },
    )
  }
  // nn.Embedding takes padding_idx in [-vocab, vocab), a negative one counted from the end
  const vocab = q['vocab'] ?? 0
  const given = config['pad_token_id']
  if (
    given !== undefined &&
    given !== null &&
    !(typeof given === 'number' && Number.isSafeInteger(given) && given >= -vocab && given < vocab)
  ) {
    fail(
      'INVALID_MODEL_CONFIG',
      `config.json's "pad_token_id" must be a token id below vocab_size ${vocab} (or null), got ${describeValue(given)}`,
      { field: 'pad_token_id' },
    )
  }
  const pad = typeof given === 'number' ? (given < 0 ? vocab + given : given) : undefined
  const present = (key: keyof ModelContext, value: number | undefined) =>
    value === undefined ? {} : { [key]: value }
  return {
    family,
    architecture,
    ...present('layers', q['layers']),
    ...present('width', q['width']),
    ...present('heads', q['heads']),
    ...present('kvHeads', q['kvHeads']),
    ...present('headDim', q['headDim']),
    ...present('ffnWidth', q['ffn']),
    ...present('initializerRange', typeof range === 'number' ? range : undefined),
    ...present('paddingIdx', pad),
  }
}
