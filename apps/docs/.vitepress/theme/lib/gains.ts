import {
  computeFans,
  explainGain,
  type Fans,
  type Layout,
  type Nonlinearity,
  nonlinearities,
} from '@weightinit/core'
import {
  activations,
  nonlinearityAliases,
  secondMomentGains,
  torchGains,
} from '@weightinit/core/catalogue'
import { numericGain } from '@weightinit/core/math'
import { formatFact } from './playground'

/** SELU's constants (Klambauer et al. 2017), for its variance-preserving gain. */
const SELU_ALPHA = 1.6732632423543772
const SELU_SCALE = 1.0507009873554805

/** The functions of PyTorch's parameter-free nonlinearities that are not identities. */
const torchFunctions: Partial<Record<Nonlinearity, (x: number) => number>> = {
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  tanh: Math.tanh,
  relu: (x) => Math.max(x, 0),
  leaky_relu: (x) => (x > 0 ? x : 0.01 * x),
  selu: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x)),
}

/** One row of the gain table. */
export interface GainRow {
  readonly name: Nonlinearity
  /** The name it stands for, for aliases (`swish` → `silu`). */
  readonly aliasOf: string | undefined
  /** Whose table it is in: PyTorch's `calculate_gain`, or weightinit's additions. */
  readonly source: 'PyTorch' | 'weightinit'
  /** The gain core uses, as text. */
  readonly gain: string
  /** How core derives it. */
  readonly formula: string
  /**
   * The variance-preserving gain 1/√E[f(z)²], z ~ N(0, 1), where it differs from the gain used
   * (PyTorch's tanh, sigmoid and selu values are conventions, not this), as text; else undefined.
   */
  readonly secondMoment: string | undefined
}

/** The second-moment gain of a nonlinearity, computed by quadrature where core has no constant. */
function secondMomentGain(name: Nonlinearity): number | undefined {
  const target = (nonlinearityAliases as Record<string, string>)[name] ?? name
  if (Object.hasOwn(secondMomentGains, target)) {
    return secondMomentGains[target as keyof typeof secondMomentGains]
  }
  if (Object.hasOwn(activations, target)) return undefined
  const f = torchFunctions[target as Nonlinearity]
  return f ? numericGain(f) : undefined
}

/** The gain table: every nonlinearity core knows, its gain, the derivation, and where torch's convention departs. */
export function gainRows(): GainRow[] {
  return nonlinearities
    .filter((name) => !/^conv/.test(name))
    .map((name) => {
      const { gain, formula } = explainGain(name)
      const preserving = secondMomentGain(name)
      const differs = preserving !== undefined && Math.abs(preserving / gain - 1) > 1e-4
      return {
        name,
        aliasOf: (nonlinearityAliases as Record<string, string>)[name],
        source: Object.hasOwn(torchGains, name) || name === 'leaky_relu' ? 'PyTorch' : 'weightinit',
        gain: formatFact(Number(gain.toPrecision(6))),
        formula,
        secondMoment: differs ? formatFact(Number(preserving.toPrecision(6))) : undefined,
      }
    })
}

/** One worked example of the fan table. */
interface FanExample {
  readonly title: string
  readonly shape: readonly number[]
  readonly layout: Layout
  readonly groups?: number
  /**
   * Where the home framework computes other fans for the same tensor: who, and the layout (without
   * groups) that reproduces its numbers.
   */
  readonly home?: { readonly who: string; readonly layout: Layout; readonly issue: string }
}

/** Worked fan examples: dense, conv, transposed conv, grouped and depthwise, both layout families. */
const fanExamples: readonly FanExample[] = [
  { title: 'Dense, PyTorch nn.Linear(256, 128)', shape: [128, 256], layout: 'oi' },
  { title: 'Dense, Keras Dense(128) on 256 inputs', shape: [256, 128], layout: 'io' },
  { title: 'Conv2d 3→64, 3×3, PyTorch', shape: [64, 3, 3, 3], layout: 'oihw' },
  { title: 'Conv2D 3→64, 3×3, Keras', shape: [3, 3, 3, 64], layout: 'hwio' },
  {
    title: 'ConvTranspose2d 64→32, 4×4, PyTorch',
    shape: [64, 32, 4, 4],
    layout: 'iohw',
    home: { who: 'PyTorch', layout: 'oihw', issue: 'fans read as stored, so swapped' },
  },
  {
    title: 'Conv2DTranspose 64→32, 4×4, Keras',
    shape: [4, 4, 32, 64],
    layout: 'hwoi',
    home: { who: 'Keras', layout: 'hwio', issue: 'fans read as stored, so swapped' },
  },
  {
    title: 'Grouped conv 64→128, 3×3, groups 4, PyTorch',
    shape: [128, 16, 3, 3],
    layout: 'oihw',
    groups: 4,
    home: {
      who: 'PyTorch',
      layout: 'oihw',
      issue: 'fan_out not divided by groups (pytorch#23854)',
    },
  },
  {
    title: 'Depthwise 3×3 on 32 channels, PyTorch (groups 32)',
    shape: [32, 1, 3, 3],
    layout: 'oihw',
    groups: 32,
    home: {
      who: 'PyTorch',
      layout: 'oihw',
      issue: 'fan_out not divided by groups (pytorch#23854)',
    },
  },
  {
    title: 'DepthwiseConv2D 3×3 on 32 channels, Keras',
    shape: [3, 3, 32, 1],
    layout: 'hwim',
    home: {
      who: 'Keras, tfjs',
      layout: 'hwio',
      issue: 'fan_in counts every input channel (keras#11773)',
    },
  },
]

/** A fan example with core's answer, and the home framework's where it differs. */
export interface FanRow extends FanExample {
  readonly fans: Fans
  readonly homeFans: Fans | undefined
}

/** The fan table: each example's fans as core computes them, with the derivations. */
export function fanRows(): FanRow[] {
  return fanExamples.map((example) => ({
    ...example,
    fans: computeFans(example.shape, example.layout, { groups: example.groups ?? 1 }),
    homeFans: example.home ? computeFans(example.shape, example.home.layout) : undefined,
  }))
}
