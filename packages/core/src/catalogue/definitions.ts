import { jaxDefinitions } from './jaxDefinitions'
import { kerasDefinitions } from './kerasDefinitions'
import { tfjsDefinitions } from './tfjsDefinitions'
import { torchDefinitions } from './torchDefinitions'

/**
 * Every initializer weightinit knows, keyed by its qualified name `framework.name`. Each keeps the
 * semantics of its home framework; {@link aliases} maps the bare names people type to these.
 *
 * @example
 * ```ts
 * import { definitions } from '@weightinit/core'
 * Object.keys(definitions).length // > 50
 * definitions['keras.he_normal'].summary
 * ```
 */
export const definitions = {
  ...torchDefinitions,
  ...kerasDefinitions,
  ...jaxDefinitions,
  ...tfjsDefinitions,
} as const

/** A qualified initializer name: `torch.kaiming_normal`, `keras.he_normal`, `jax.orthogonal`, `tfjs.heNormal`, … */
export type QualifiedName = keyof typeof definitions
