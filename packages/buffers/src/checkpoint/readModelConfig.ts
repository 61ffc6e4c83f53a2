import { describeValue, fail } from '@weightinit/core/errors'
import type { FamilyManifest, HfConfig } from './architecture.types'
import { evaluateDim } from './evaluateDim'

/**
 * What a family reads from a `config.json`: its quantities, its flags, and which field gave each
 * quantity (for messages).
 *
 * @example
 * ```ts
 * import type { ModelConfigValues } from './readModelConfig'
 * const width = (v: ModelConfigValues) => v.quantities.width
 * ```
 */
export interface ModelConfigValues {
  readonly quantities: Readonly<Record<string, number>>
  readonly flags: Readonly<Record<string, boolean>>
  /** How a message names each quantity: `'hidden_size 4096'`, or its expression. */
  readonly labels: Readonly<Record<string, string>>
}

/**
 * Reads a family's quantities and flags from a config, in the manifest's order, checking each.
 *
 * @param family - the family's manifest
 * @param modelType - the config's `model_type`, for messages
 * @param config - the parsed config
 * @returns the values ({@link ModelConfigValues})
 * @throws `INVALID_MODEL_CONFIG` naming the field: one that is missing (and has no default), not a
 *   positive integer (or not a boolean), or an unsupported feature that is on
 *
 * @example
 * ```ts
 * import { families } from '@weightinit/buffers'
 * import { readModelConfig } from './readModelConfig'
 * const v = readModelConfig(families.gpt2, 'gpt2', { n_embd: 64, n_layer: 2, n_head: 4, n_positions: 32, vocab_size: 100 })
 * v.quantities.ffn // 256: n_inner is absent, so 4 · n_embd
 * ```
 */
export function readModelConfig(
  family: FamilyManifest,
  modelType: string,
  config: HfConfig,
): ModelConfigValues {
  for (const field of family.unsupported ?? []) {
    if (config[field] === true) {
      fail(
        'INVALID_MODEL_CONFIG',
        `config.json sets "${field}": true, which weightinit's ${modelType} manifest does not model; leave it out or false`,
        { field, modelType },
      )
    }
  }
  const quantities: Record<string, number> = {}
  const labels: Record<string, string> = {}
  for (const [name, source] of Object.entries(family.quantities)) {
    const field = source.from.find((f) => config[f] !== undefined && config[f] !== null)
    if (field === undefined) {
      if (source.default === undefined) {
        fail(
          'INVALID_MODEL_CONFIG',
          `config.json has no "${source.from[0]}" (${source.meaning}), which a ${modelType} model needs`,
          { field: source.from[0], modelType },
        )
      }
      quantities[name] =
        typeof source.default === 'number'
          ? source.default
          : evaluateDim(
              source.default,
              (q) => quantities[q],
              (q) => labels[q] ?? q,
            )
      labels[name] = `${name} ${quantities[name]}`
      continue
    }
    const raw = config[field]
    const value =
      typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.keys(raw).length : raw
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
      fail(
        'INVALID_MODEL_CONFIG',
        `config.json's "${field}" (${source.meaning}) must be a positive integer, got ${describeValue(raw)}`,
        { field, modelType },
      )
    }
    quantities[name] = value
    labels[name] = `${field} ${value}`
  }
  const flags: Record<string, boolean> = {}
  for (const [name, source] of Object.entries(family.flags)) {
    const field = source.from?.find((f) => config[f] !== undefined && config[f] !== null)
    const raw = field === undefined ? undefined : config[field]
    if (raw === undefined) flags[name] = source.default
    else if (source.trueFor !== undefined && typeof raw === 'string')
      flags[name] = source.trueFor.includes(raw)
    else if (typeof raw === 'boolean') flags[name] = raw
    else {
      fail(
        'INVALID_MODEL_CONFIG',
        `config.json's "${field}" must be ${source.trueFor === undefined ? 'true or false' : 'a string'}, got ${describeValue(raw)}`,
        { field, modelType },
      )
    }
  }
  return { quantities, flags, labels }
}
