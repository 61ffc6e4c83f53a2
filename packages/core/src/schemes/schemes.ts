import { deepnetScheme } from './deepnetScheme'
import { fixupScheme } from './fixupScheme'
import { hfScheme } from './hfScheme'
import { megatronScheme } from './megatronScheme'
import { mupScheme } from './mupScheme'
import { neoxScheme } from './neoxScheme'
import { olmoScheme } from './olmoScheme'
import type { SchemeDefinition } from './schemeDefinition'
import { spectralScheme } from './spectralScheme'
import { tFixupScheme } from './tFixupScheme'
import { timmVitScheme } from './timmVitScheme'
import { torchtitanScheme } from './torchtitanScheme'

/**
 * Every model-level scheme by name, as data: each a table from role to rule, with its parameters
 * (defaults, meanings, the model facts that supply them) and the sources it follows. A plain
 * object; there is no registry to mutate.
 *
 * @example
 * ```ts
 * import { schemes } from '@weightinit/core'
 * schemes.megatron.parameters.std.default // 0.02
 * Object.keys(schemes.fixup.rules) // the roles Fixup initializes
 * ```
 */
export const schemes = {
  hf: hfScheme,
  megatron: megatronScheme,
  neox: neoxScheme,
  torchtitan: torchtitanScheme,
  olmo: olmoScheme,
  mup: mupScheme,
  spectral: spectralScheme,
  deepnet: deepnetScheme,
  t_fixup: tFixupScheme,
  fixup: fixupScheme,
  timm_vit: timmVitScheme,
} as const satisfies Record<string, SchemeDefinition>

/**
 * Other names for {@link schemes}: `gpt2` is Megatron's scheme (GPT-2's residual scaling).
 *
 * @example
 * ```ts
 * import { schemeAliases } from '@weightinit/core'
 * schemeAliases.gpt2 // 'megatron'
 * ```
 */
export const schemeAliases = { gpt2: 'megatron' } as const satisfies Record<string, SchemeKey>

/**
 * The canonical name of a scheme (a key of {@link schemes}).
 *
 * @example
 * ```ts
 * import { resolveScheme, type SchemeKey } from '@weightinit/core'
 * const key: SchemeKey = resolveScheme('gpt2') // 'megatron'
 * ```
 */
export type SchemeKey = keyof typeof schemes

/**
 * Any name a scheme answers to: canonical or an alias.
 *
 * @example
 * ```ts
 * import type { SchemeName } from '@weightinit/core'
 * const names: SchemeName[] = ['gpt2', 'megatron', 'timm_vit']
 * ```
 */
export type SchemeName = SchemeKey | keyof typeof schemeAliases
