import type { InitSpec } from '../catalogue/initSpec'
import type { Layout } from '../layout/layouts'
import type { Plan } from '../plan/planTypes'
import type { ModelContext, Stack } from './modelContext'
import type { Role } from './roles'
import type { ModelChange, ParameterValue, SchemeStep } from './schemeDefinition'
import type { SchemeKey, SchemeName, schemeAliases, schemes } from './schemes'

type Canonical<S extends SchemeName> = S extends SchemeKey
  ? S
  : (typeof schemeAliases)[S & keyof typeof schemeAliases]

/**
 * The options (`--recipe-option KEY=VALUE`) scheme `S` takes, by key. Values may be strings, as
 * typed on a command line: they are read by each parameter's type.
 *
 * @example
 * ```ts
 * import type { SchemeOptions } from '@weightinit/core'
 * const options: SchemeOptions<'mup'> = { base_width: 256, readout: 'zero' }
 * ```
 */
export type SchemeOptions<S extends SchemeName = SchemeName> = S extends SchemeName
  ? { readonly [K in keyof (typeof schemes)[Canonical<S>]['parameters']]?: ParameterValue }
  : never

/**
 * One tensor to plan under a scheme: its role, shape and layout, its place (block, stack), the
 * model context, and the options that override what the context implies.
 *
 * @example
 * ```ts
 * import type { SchemeRequest } from '@weightinit/core'
 * const request: SchemeRequest = {
 *   scheme: 'torchtitan', role: 'attention_output', shape: [4096, 4096], block: 7,
 *   options: { depth_init: false }, context: { layers: 32, width: 4096 },
 * }
 * ```
 */
export type SchemeRequest<S extends SchemeName = SchemeName> = S extends SchemeName
  ? {
      /** The scheme, by name or alias. */
      readonly scheme: S
      /** What the tensor is. */
      readonly role: Role
      readonly shape: readonly number[]
      /** How the shape is laid out (default `oihw`, PyTorch's: `[out, in, ...]`). */
      readonly layout?: Layout
      /** i, the index of the tensor's block, from 0. */
      readonly block?: number
      /** The stack of an encoder-decoder model the tensor is in. */
      readonly stack?: Stack
      /** For a bias whose init depends on its weight: the weight's fan_in. */
      readonly fanIn?: number
      /** What the model says (widths, depth, family, …). */
      readonly context?: ModelContext
      /** Overrides, by option key (`--recipe-option`), of the context and the defaults. */
      readonly options?: SchemeOptions<S>
    }
  : never

/**
 * Where a parameter's value came from: an option, the model context, or the scheme's default.
 *
 * @example
 * ```ts
 * import { planScheme, type ResolvedParameter } from '@weightinit/core'
 * const p = planScheme({ scheme: 'megatron', role: 'mlp_output', shape: [8, 8], context: { layers: 12 }, options: { layers: 24 } })
 * const layers: ResolvedParameter | undefined = p.parameters.layers // { value: 24, origin: 'option', contextValue: 12 }
 * ```
 */
export interface ResolvedParameter {
  readonly value: ParameterValue
  readonly origin: 'option' | 'context' | 'default'
  /** The value the model context gave, when an option overrode it. */
  readonly contextValue?: ParameterValue
}

/**
 * What every scheme plan has.
 *
 * @example
 * ```ts
 * import { planScheme, type SchemePlanBase } from '@weightinit/core'
 * const base: SchemePlanBase = planScheme({ scheme: 'hf', role: 'norm_scale', shape: [768] })
 * base.scheme // 'hf'
 * ```
 */
export interface SchemePlanBase {
  /** The canonical scheme (`megatron` for `gpt2`). */
  readonly scheme: SchemeKey
  readonly role: Role
  readonly shape: readonly number[]
  readonly layout: Layout
  /** Each parameter the scheme read for this tensor, with its origin. */
  readonly parameters: Readonly<Record<string, ResolvedParameter>>
  /** How the spec was derived: parameters, formulas, constants, sources, in order. */
  readonly explanation: readonly SchemeStep[]
  /** What the user must change outside the weights (forward pass, learning rates). */
  readonly changes: readonly ModelChange[]
}

/**
 * A tensor drawn whole from one spec.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'hf', role: 'token_embedding', shape: [32000, 64], context: { paddingIdx: 0 } })
 * if (!p.packed) p.zeroRow // 0: set that row to 0 after sampling
 * ```
 */
export interface WholeSchemePlan extends SchemePlanBase {
  readonly packed: false
  readonly spec: InitSpec
  readonly plan: Plan
  /** An embedding row to set to 0 after sampling (the padding token's). */
  readonly zeroRow?: number
}

/**
 * One block of a packed tensor: the rows (along `axis`) it covers, and how it is drawn.
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'mup', role: 'attention_qkv', shape: [192, 64], context: { width: 64, baseWidth: 16 } })
 * if (p.packed) for (const part of p.parts) console.log(part.role, part.start, part.size, part.spec)
 * ```
 */
export interface SchemePart {
  readonly role: Role
  /** The first index along the packed axis. */
  readonly start: number
  /** How many indices along the packed axis. */
  readonly size: number
  /** The block's own shape. */
  readonly shape: readonly number[]
  readonly spec: InitSpec
  readonly plan: Plan
  readonly explanation: readonly SchemeStep[]
}

/**
 * A packed tensor (Q/K/V) whose blocks are drawn differently, block by block.
 *
 * @example
 * ```ts
 * import { type PackedSchemePlan, planScheme } from '@weightinit/core'
 * const p = planScheme({ scheme: 'mup', role: 'attention_qkv', shape: [64, 192], layout: 'io', context: { width: 64, baseWidth: 16 } })
 * if (p.packed) { const packed: PackedSchemePlan = p; packed.axis } // 1: the blocks stack along the columns
 * ```
 */
export interface PackedSchemePlan extends SchemePlanBase {
  readonly packed: true
  /** The axis the blocks are stacked along (the layout's output axis). */
  readonly axis: number
  readonly parts: readonly SchemePart[]
}

/**
 * A tensor's initialization under a scheme: the spec and plan (or, for a packed tensor whose
 * blocks differ, one per block), how it was derived, and what else the model needs.
 *
 * @example
 * ```ts
 * import { planScheme, type SchemePlan } from '@weightinit/core'
 * const p: SchemePlan = planScheme({ scheme: 'spectral', role: 'mlp_input', shape: [3072, 768] })
 * const specs = p.packed ? p.parts.map((part) => part.spec) : [p.spec]
 * ```
 */
export type SchemePlan = WholeSchemePlan | PackedSchemePlan
