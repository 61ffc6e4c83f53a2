import {
  computeFans,
  definitions,
  type InitSpec,
  type Plan,
  type SignalNormalization,
  type SignalPropagationOptions,
} from '@weightinit/core'
import type { SignalActivation } from './signal'

/** The signal plot's settings as typed: `''` means the default. */
export interface SignalSettings {
  /** Layers (default 50). */
  readonly depth: string
  /** Units per layer (default: the fan_in of the entered shape). */
  readonly width: string
  /** Inputs pushed through together (default 64, fewer for wide layers). */
  readonly batch: string
  readonly activation: SignalActivation
  readonly normalization: SignalNormalization
  readonly residual: boolean
}

/** The most the page runs: layers, units, inputs, and multiply-adds of one run (2·depth·batch·width²). */
export const signalLimits = { depth: 500, width: 2048, batch: 4096, work: 4e9 } as const

/** The multiply-adds a run with the default batch stays under (about a second in a browser). */
const DEFAULT_WORK = 3e8

/** What the playground's signal plot runs: core's `propagateSignal(spec, options)`, and in words. */
export type SignalSetup =
  | {
      readonly ok: true
      readonly spec: InitSpec
      readonly options: SignalPropagationOptions & {
        readonly width: number
        readonly batch: number
        readonly depth: number
        readonly activation: SignalActivation
        readonly normalization: SignalNormalization
        readonly residual: boolean
      }
      /** What the layers are, for the text above the plot. */
      readonly note: string
    }
  | { readonly ok: false; readonly error: string }

/** A positive integer as typed, or `fallback` for `''`; undefined when it is not one or is above `max`. */
function positive(text: string, fallback: number, max: number): number | undefined {
  const trimmed = String(text).trim()
  if (trimmed === '') return fallback
  if (!/^\d+$/.test(trimmed)) return undefined
  const value = Number(trimmed)
  return value >= 1 && value <= max ? value : undefined
}

/**
 * The spec that draws, for every layer, the distribution the plan drew for the entered shape: the
 * same normal, uniform, truncated normal or constant, with the plan's parameters as numbers. For
 * structured plans (orthogonal, identity, …) there is none: `undefined`.
 */
function frozenSpec(p: Plan): InitSpec | undefined {
  switch (p.distribution) {
    case 'normal':
      return { init: 'normal', mean: p.mean, std: p.std }
    case 'uniform':
      return { init: 'uniform', a: p.low, b: p.high }
    case 'truncated_normal':
      return { init: 'trunc_normal', mean: p.mu, std: p.sigma, a: p.low, b: p.high }
    case 'constant':
      return { init: 'constant', value: p.value }
    default:
      return undefined
  }
}

/** The fan_in of the entered shape: the plan's, else the layout's (the initializer's home layout). */
function fanInOf(p: Plan, layout: string, groups: number | undefined): number | undefined {
  if ('fanIn' in p && typeof p.fanIn === 'number') return p.fanIn
  const home = definitions[p.initializer].layout
  try {
    const options = groups === undefined ? {} : { groups }
    return computeFans(p.shape, layout === '' ? home : (layout as never), options).fanIn
  } catch {
    return undefined
  }
}

/**
 * The signal plot's run for the playground's settings. By default each layer has as many units as
 * the entered shape's fan_in, so that every unit sums as many inputs as in the entered layer, and
 * draws its weights from the plan of the entered shape (the same std, bounds, mean). A width typed
 * in instead plans the initializer for square `[width, width]` layers. The batch defaults to 64,
 * fewer (at least 8) for wide layers, so that a run stays near 3·10⁸ multiply-adds.
 *
 * @param settings - depth, width and batch as typed, activation, normalization, residual
 * @param spec - the playground's spec
 * @param p - the plan of the entered shape, when it planned
 * @param layout - the layout typed (`''` for the home layout) and `groups`, for the fan_in
 * @example
 * ```ts
 * import { plan } from '@weightinit/core'
 * import { signalSetup } from './signalSetup'
 * const settings = { depth: '', width: '', batch: '', activation: 'relu', normalization: 'none', residual: false } as const
 * const setup = signalSetup(settings, { init: 'kaiming_normal' }, plan('kaiming_normal', [256, 128]), '', undefined)
 * setup.ok && setup.options.width // 128: the fan_in of [256, 128] in PyTorch's layout
 * ```
 */
export function signalSetup(
  settings: SignalSettings,
  spec: InitSpec,
  p: Plan | undefined,
  layout: string,
  groups: number | undefined,
): SignalSetup {
  const depth = positive(settings.depth, 50, signalLimits.depth)
  if (depth === undefined) {
    return { ok: false, error: `depth: give a whole number from 1 to ${signalLimits.depth}` }
  }
  const typedWidth = String(settings.width).trim() !== ''
  const shapeFanIn = p ? fanInOf(p, layout, groups) : undefined
  const fromShape = !typedWidth && p !== undefined && shapeFanIn !== undefined && shapeFanIn >= 1
  const width = positive(settings.width, fromShape ? shapeFanIn : 128, Number.MAX_SAFE_INTEGER)
  if (width === undefined || width > signalLimits.width) {
    return {
      ok: false,
      error: fromShape
        ? `width: the shape's fan_in, ${shapeFanIn}, is more than the page runs (${signalLimits.width}): type a width`
        : `width: give a whole number from 1 to ${signalLimits.width}`,
    }
  }
  const automatic = Math.min(
    64,
    Math.max(8, Math.floor(DEFAULT_WORK / (2 * depth * width * width))),
  )
  const batch = positive(settings.batch, automatic, signalLimits.batch)
  if (batch === undefined) {
    return { ok: false, error: `batch: give a whole number from 1 to ${signalLimits.batch}` }
  }
  const work = 2 * depth * batch * width * width
  if (work > signalLimits.work) {
    return {
      ok: false,
      error: `depth ${depth} × batch ${batch} × width ${width}² is ${work.toExponential(1)} multiply-adds, more than the page runs (${signalLimits.work.toExponential(0)}): make one smaller`,
    }
  }
  const frozen = fromShape && p ? frozenSpec(p) : undefined
  const runSpec = frozen ?? spec
  const { activation, normalization, residual } = settings
  const kind = `${residual ? 'residual ' : ''}${activation} layers${normalization === 'none' ? '' : ` with ${normalization} norm`}`
  const weights = frozen
    ? `each drawing its weights as planned for [${p!.shape.join(', ')}] (fan_in ${width})`
    : fromShape
      ? `each ${width} × ${width} (the fan_in of [${p!.shape.join(', ')}]), with ${spec.init} planned for that square shape`
      : `each ${width} × ${width}, with ${spec.init} planned for that square shape`
  return {
    ok: true,
    spec: runSpec,
    options: { width, batch, depth, activation, normalization, residual },
    note: `${depth} ${kind} of ${width} units, ${weights}; a batch of ${batch}`,
  }
}
