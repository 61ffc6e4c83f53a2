import {
  definitions,
  type InitSpec,
  type Layout,
  type OptionName,
  type PlanOptions,
  resolveName,
} from '@weightinit/core'
import { checkJsonTextDepth, describeValue } from '@weightinit/core/errors'
import type { Command } from 'commander'
import { usageError } from './errors'
import { parseInteger, parseLayout, parseNumber, parseShape } from './parse'

/**
 * The initializer flags shared by `plan` and `sample`, as commander gives them (strings, and the
 * `--correct`/`--no-correct` switch).
 */
export interface InitFlags {
  readonly shape: string
  readonly layout?: string
  readonly groups?: string
  readonly mode?: string
  readonly nonlinearity?: string
  readonly param?: string
  readonly gain?: string
  readonly scale?: string
  readonly mean?: string
  readonly std?: string
  readonly a?: string
  readonly b?: string
  readonly value?: string
  readonly sparsity?: string
  readonly distribution?: string
  readonly columnAxis?: string
  readonly units?: string
  readonly flatten?: string
  readonly fanIn?: string
  readonly correct?: boolean
  readonly options?: string
}

/** What `plan()` takes, read from the flags. */
export interface PlanInput {
  readonly spec: InitSpec
  readonly shape: number[]
  readonly options: PlanOptions
}

type Reader = (text: string, flag: string) => unknown

const number: Reader = parseNumber
const text: Reader = (value) => value
const integer: Reader = (value, flag) => parseInteger(value, flag, -(2 ** 31))

/**
 * Each flag, the option names it stands for (the first that the initializer takes is used: `--std`
 * is `std` for PyTorch names and `stddev` for Keras/JAX/tfjs names), and how its value is read.
 * When the initializer takes none of them, the first name is passed on, and core refuses it with
 * the list of options the initializer does take.
 */
const FLAG_OPTIONS: readonly (readonly [
  flag: keyof InitFlags,
  cli: string,
  names: readonly OptionName[],
  read: Reader,
])[] = [
  ['mode', '--mode', ['mode'], text],
  ['nonlinearity', '--nonlinearity', ['nonlinearity'], text],
  ['param', '--param', ['a'], number],
  ['gain', '--gain', ['gain'], number],
  ['scale', '--scale', ['scale'], number],
  ['mean', '--mean', ['mean'], number],
  ['std', '--std', ['std', 'stddev'], number],
  ['a', '--a', ['a', 'minval', 'lower'], number],
  ['b', '--b', ['b', 'maxval', 'upper'], number],
  ['value', '--value', ['value'], number],
  ['sparsity', '--sparsity', ['sparsity'], number],
  ['distribution', '--distribution', ['distribution'], text],
  ['columnAxis', '--column-axis', ['column_axis'], integer],
  ['units', '--units', ['units'], text],
  ['flatten', '--flatten', ['flatten'], text],
  ['fanIn', '--fan-in', ['fan_in'], (value, flag) => parseInteger(value, flag, 0)],
]

/**
 * Turns the initializer flags into the spec, shape and plan options of `plan()`. Flags map to the
 * initializer's own option names: `--param` is `a` (the negative slope) of `kaiming_*`; `--std` is
 * `std` or `stddev`; `--a/--b` are `a/b`, `minval/maxval` or `lower/upper`; `--groups` is the
 * option of `dirac` and the fan groups of every other initializer. An option the initializer does
 * not take is refused by core (`UNKNOWN_OPTION`, exit 2) with the list it takes.
 *
 * @param init - the initializer's name
 * @param flags - the flags as parsed
 * @example
 * ```ts
 * import { planInput } from './spec'
 * planInput('he_normal', { shape: '3,3,3,64', std: '0.1' }) // throws UNKNOWN_OPTION: he_normal takes correct
 * planInput('normal', { shape: '10', std: '0.02' }).spec // { init: 'normal', std: 0.02 }
 * ```
 */
export function planInput(init: string, flags: InitFlags): PlanInput {
  const definition = definitions[resolveName(init)]
  const takes = new Set(Object.keys(definition.options))
  const spec: Record<string, unknown> = { init }
  const setBy = new Map<string, string>()
  const set = (name: string, value: unknown, by: string): void => {
    const earlier = setBy.get(name)
    if (earlier !== undefined) {
      throw usageError(
        'INVALID_ARGUMENT',
        `${earlier} and ${by} both set ${init}'s option '${name}'; give only one`,
        { option: name },
      )
    }
    setBy.set(name, by)
    spec[name] = value
  }

  if (flags.options !== undefined) {
    for (const [name, value] of Object.entries(parseOptionsJson(flags.options))) {
      if (name === 'init') {
        if (value !== init) {
          throw usageError(
            'INVALID_ARGUMENT',
            `--options names init ${describeValue(value)} but the command names ${describeValue(init)}; give the name once`,
            { init: value },
          )
        }
        continue
      }
      set(name, value, '--options')
    }
  }
  for (const [flag, cli, names, read] of FLAG_OPTIONS) {
    const raw = flags[flag]
    if (raw === undefined || typeof raw !== 'string') continue
    const name = names.find((candidate) => takes.has(candidate)) ?? names[0]!
    set(name, read(raw, cli), cli)
  }
  if (flags.correct !== undefined) set('correct', flags.correct, '--correct')

  const options: { layout?: Layout; groups?: number } = {}
  if (flags.layout !== undefined) options.layout = parseLayout(flags.layout)
  if (flags.groups !== undefined) {
    const groups = parseInteger(flags.groups, '--groups', 1)
    if (takes.has('groups')) set('groups', groups, '--groups')
    else options.groups = groups
  }
  return { spec: spec as InitSpec, shape: parseShape(flags.shape), options }
}

/** `--options`: a JSON object, nested at most 64 levels (checked on the text, before parsing). */
function parseOptionsJson(json: string): Record<string, unknown> {
  checkJsonTextDepth(json, 'INVALID_SPEC', '--options')
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    parsed = undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw usageError(
      'INVALID_SPEC',
      `--options must be a JSON object of the initializer's options, like '{"mode":"fan_out"}'; got ${describeValue(json)}`,
      { options: json },
    )
  }
  return parsed as Record<string, unknown>
}

/**
 * Adds the initializer flags (`--shape`, `--layout`, `--groups`, `--mode`, `--nonlinearity`,
 * `--param`, `--gain`, `--scale`, `--mean`, `--std`, `--a`, `--b`, and the rarer options) to a
 * command.
 *
 * @param command - the commander command
 * @example
 * ```ts
 * import { Command } from 'commander'
 * import { addInitFlags } from './spec'
 * addInitFlags(new Command('plan'))
 * ```
 */
export function addInitFlags(command: Command): Command {
  return command
    .requiredOption('--shape <dims>', "the tensor's shape, e.g. 64,3,3,3 ('' for a scalar)")
    .option(
      '--layout <layout>',
      'how fans are read: oi, io, oihw, hwio, iohw, hwoi, hwim, onnx-conv, onnx-convtranspose, … or JSON axes (default: the home framework’s)',
    )
    .option('--groups <n>', 'groups of a grouped/depthwise convolution (dirac: its groups option)')
    .option('--mode <mode>', 'fan_in, fan_out, fan_avg or fan_geo_avg')
    .option('--nonlinearity <name>', 'the activation that follows: relu, leaky_relu, tanh, selu, …')
    .option('--param <x>', 'the nonlinearity’s parameter (kaiming_*: the leaky ReLU slope a)')
    .option('--gain <g>', 'a multiplier on the std (xavier_*, orthogonal, eye, …)')
    .option('--scale <s>', 'the variance scale (variance_scaling, JAX initializers)')
    .option('--mean <m>', 'the mean (normal, trunc_normal, random_normal, …)')
    .option('--std <s>', 'the standard deviation (std, or stddev for Keras/JAX/tfjs names)')
    .option('--a <a>', 'the lower bound (a, minval or lower), or kaiming_*’s slope a')
    .option('--b <b>', 'the upper bound (b, maxval or upper)')
    .option('--value <v>', 'the fill value of constant')
    .option('--sparsity <s>', 'the fraction of zeros per column (sparse)')
    .option('--distribution <d>', 'variance_scaling: truncated_normal, untruncated_normal, uniform')
    .option('--column-axis <k>', 'JAX orthogonal/delta_orthogonal: the column axis')
    .option('--units <u>', 'trunc_normal: bounds in absolute units or sigma units')
    .option(
      '--flatten <f>',
      'orthogonal: how a tensor of rank > 2 is flattened (trailing, leading)',
    )
    .option('--fan-in <n>', 'torch_default_bias: the fan-in of the weight the bias belongs to')
    .option('--correct', 'solve σ so the truncated draw has exactly the target std')
    .option('--no-correct', 'keep σ uncorrected (the home framework’s behaviour where it differs)')
    .option('--options <json>', 'any options as JSON, e.g. \'{"mode":"fan_out"}\'')
}
