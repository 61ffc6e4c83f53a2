import { resolveScheme } from './resolveScheme'
import type { Role } from './roles'
import type { ParameterType, ParameterValue } from './schemeDefinition'
import { type SchemeKey, schemes } from './schemes'

/**
 * One parameter of a scheme, as `--recipe-option` help prints it.
 *
 * @example
 * ```ts
 * import { describeScheme, type SchemeOptionHelp } from '@weightinit/core'
 * const layers: SchemeOptionHelp | undefined = describeScheme('megatron').options.find((o) => o.key === 'layers')
 * layers?.context // 'layers': the model context supplies it
 * ```
 */
export interface SchemeOptionHelp {
  /** The option key: `--recipe-option KEY=VALUE`. */
  readonly key: string
  readonly meaning: string
  readonly type: ParameterType
  /** The default, if the scheme has one. */
  readonly default?: ParameterValue
  /** The model-context field that supplies it when no option does. */
  readonly context?: string
}

/**
 * A scheme, as help and docs print it.
 *
 * @example
 * ```ts
 * import { describeScheme, type SchemeDescription } from '@weightinit/core'
 * const fixup: SchemeDescription = describeScheme('fixup')
 * fixup.roles // ['stem_conv', 'branch_conv', 'branch_conv_last', …]
 * ```
 */
export interface SchemeDescription {
  readonly name: SchemeKey
  readonly summary: string
  readonly home: string
  readonly options: readonly SchemeOptionHelp[]
  /** The roles it has a rule for (a packed Q/K/V role is also planned when its blocks are). */
  readonly roles: readonly Role[]
}

/**
 * What a scheme is and takes: its summary, home codebase, every option (key, meaning, type,
 * default, the context field that supplies it) and the roles it initializes — for the CLI's
 * `--recipe-option` help and the docs.
 *
 * @param name - a scheme name or alias
 * @example
 * ```ts
 * import { describeScheme } from '@weightinit/core'
 * for (const option of describeScheme('mup').options) {
 *   console.log(`${option.key}: ${option.meaning}${option.default === undefined ? '' : ` (default ${option.default})`}`)
 * }
 * ```
 */
export function describeScheme(name: string): SchemeDescription {
  const key = resolveScheme(name)
  const definition = schemes[key]
  const options = Object.entries(definition.parameters).map(([option, parameter]) => {
    const help: SchemeOptionHelp = { key: option, meaning: parameter.meaning, type: parameter.type }
    const withDefault = 'default' in parameter ? { ...help, default: parameter.default } : help
    return 'context' in parameter ? { ...withDefault, context: parameter.context } : withDefault
  })
  return {
    name: key,
    summary: definition.summary,
    home: definition.home,
    options,
    roles: Object.keys(definition.rules) as Role[],
  }
}
