import type { Definition, Framework } from '../catalogue/definition'
import type { QualifiedName } from '../catalogue/definitions'
import type { FanMode, OptionTypes } from '../catalogue/optionTypes'

/** One derived number of a plan, with the formula (and the numbers put in it) that gave it. */
export interface PlanStep {
  /** What was derived: `fanIn`, `gain`, `std`, `sigma`, `bound`, … */
  readonly quantity: string
  /** Its value. */
  readonly value: number
  /** How it was derived, with the numbers substituted. */
  readonly formula: string
}

/** The fields every plan has, whatever it draws. */
export interface PlanBase {
  /** The name as the spec gave it. */
  readonly init: string
  /** The qualified name it stands for (`torch.kaiming_normal`). */
  readonly initializer: QualifiedName
  /** Whose semantics the name keeps. */
  readonly framework: Framework
  /** Every option of the initializer, defaults filled in. */
  readonly options: Readonly<Partial<OptionTypes>>
  /** The tensor's shape. */
  readonly shape: readonly number[]
  /** Its element count. */
  readonly size: number
  /** The mean of the distribution sampled (for deterministic fills, of the values written). */
  readonly mean: number
  /** The standard deviation of the distribution sampled (for deterministic fills, of the values written). */
  readonly std: number
  /** Each derived number and how it was derived, in order. */
  readonly explanation: readonly PlanStep[]
  /** Things that are allowed but probably not meant (e.g. PyTorch's "mean is more than 2 std from [a, b]"). */
  readonly warnings: readonly string[]
}

/** Fan-derived fields, present on plans of variance-scaling initializers. */
export interface FanFields {
  /** The layout the fans were read with (`axes` for explicit axes). */
  readonly layout: string
  readonly fanIn: number
  readonly fanOut: number
  readonly receptiveField: number
  readonly groups: number
  readonly mode: FanMode
  /** The denominator n: fan_in, fan_out, their mean or their geometric mean. */
  readonly fan: number
  /** The variance scale: gain² for PyTorch's xavier/kaiming, the preset's scale otherwise. */
  readonly scale: number
  /** The gain: PyTorch's `calculate_gain`, or √scale. */
  readonly gain: number
}

/** A plan of a constant fill. */
export interface ConstantPlan extends PlanBase {
  readonly distribution: 'constant'
  readonly value: number
}

/** A plan of a uniform draw on [low, high). */
export interface UniformPlan extends PlanBase, Partial<FanFields> {
  readonly distribution: 'uniform'
  readonly low: number
  readonly high: number
  /** Half-width: (high − low) / 2. */
  readonly bound: number
}

/** A plan of an untruncated normal draw. */
export interface NormalPlan extends PlanBase, Partial<FanFields> {
  readonly distribution: 'normal'
}

/** A plan of a normal N(mu, sigma²) truncated to [low, high] (absolute bounds). */
export interface TruncatedNormalPlan extends PlanBase, Partial<FanFields> {
  readonly distribution: 'truncated_normal'
  /** The location of the normal before truncation. */
  readonly mu: number
  /** The σ of the normal before truncation. */
  readonly sigma: number
  readonly low: number
  readonly high: number
}

/** A plan of a (semi-)orthogonal matrix, reshaped to the tensor. */
export interface OrthogonalPlan extends PlanBase {
  readonly distribution: 'orthogonal'
  readonly gain: number
  readonly rows: number
  readonly cols: number
  /** How the tensor was flattened into rows × cols. */
  readonly flatten: 'trailing' | 'leading' | { readonly columnAxis: number }
}

/** A plan of gain times the (rectangular) identity. */
export interface EyePlan extends PlanBase {
  readonly distribution: 'eye'
  readonly gain: number
  readonly rows: number
  readonly cols: number
}

/** A plan of a Dirac-delta convolution kernel (PyTorch's `dirac_`). */
export interface DiracPlan extends PlanBase {
  readonly distribution: 'dirac'
  readonly groups: number
}

/** A plan of an orthogonal matrix at the spatial centre of a kernel (JAX's `delta_orthogonal`). */
export interface DeltaOrthogonalPlan extends PlanBase {
  readonly distribution: 'delta_orthogonal'
  readonly gain: number
  readonly columnAxis: number
}

/** A plan of a sparse matrix: N(0, sigma²) with `zerosPerColumn` zeros in every column. */
export interface SparsePlan extends PlanBase {
  readonly distribution: 'sparse'
  /** The σ of the non-zero entries. */
  readonly sigma: number
  readonly rows: number
  readonly cols: number
  readonly zerosPerColumn: number
}

/**
 * The resolved parameters of one tensor's initialization, without a single sample drawn: the
 * distribution, its parameters, the fans and gain where they apply, and how each number was derived.
 * Discriminated by `distribution`.
 */
export type Plan =
  | ConstantPlan
  | UniformPlan
  | NormalPlan
  | TruncatedNormalPlan
  | OrthogonalPlan
  | EyePlan
  | DiracPlan
  | DeltaOrthogonalPlan
  | SparsePlan

/** The name of what a plan draws. */
export type PlanDistribution = Plan['distribution']

/** What the per-recipe planners receive. */
export interface PlanContext {
  readonly base: Omit<PlanBase, 'mean' | 'std' | 'explanation' | 'warnings'>
  readonly definition: Definition
  readonly layout: import('../layout/layouts').Layout
  readonly groups: number | undefined
}
