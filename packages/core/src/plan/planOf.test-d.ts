import { describe, expectTypeOf, it } from 'vitest'
import {
  type ConstantPlan,
  type DeltaOrthogonalPlan,
  type DiracPlan,
  type EyePlan,
  type FanFields,
  type FanMode,
  type InitName,
  type InitSpec,
  type NormalPlan,
  type OrthogonalPlan,
  type Plan,
  type PlanOf,
  plan,
  type QualifiedName,
  type SparsePlan,
  type SpecOptions,
  sample,
  sampleTensor,
  type TruncatedNormalPlan,
  type UniformPlan,
} from '../index'

const shape = [3, 3, 4, 8]

/** Any variance-scaling plan: a uniform, a normal or a truncated normal, with its fans. */
type ScalingPlan = (UniformPlan | NormalPlan | TruncatedNormalPlan) & FanFields

describe('plan(spec, shape) returns the plan its spec implies', () => {
  it('for object specs and bare names', () => {
    expectTypeOf(plan({ init: 'kaiming_normal' }, shape)).toEqualTypeOf<NormalPlan & FanFields>()
    expectTypeOf(plan('kaiming_normal_', shape)).toEqualTypeOf<NormalPlan & FanFields>()
    expectTypeOf(plan('xavier_normal', shape)).toEqualTypeOf<NormalPlan & FanFields>()
    expectTypeOf(plan({ init: 'normal', std: 0.02 }, shape)).toEqualTypeOf<NormalPlan>()
    expectTypeOf(plan('random_normal', shape)).toEqualTypeOf<NormalPlan>()
    expectTypeOf(plan('he_normal', shape)).toEqualTypeOf<TruncatedNormalPlan & FanFields>()
    expectTypeOf(plan('HeNormal', shape)).toEqualTypeOf<TruncatedNormalPlan & FanFields>()
    expectTypeOf(plan('heNormal', shape)).toEqualTypeOf<TruncatedNormalPlan & FanFields>()
    expectTypeOf(plan('jax.kaiming_normal', shape)).toEqualTypeOf<TruncatedNormalPlan & FanFields>()
    expectTypeOf(
      plan({ init: 'trunc_normal', std: 0.02 }, shape),
    ).toEqualTypeOf<TruncatedNormalPlan>()
    expectTypeOf(plan('truncatedNormal', shape)).toEqualTypeOf<TruncatedNormalPlan>()
    expectTypeOf(plan('kaiming_uniform', shape)).toEqualTypeOf<UniformPlan & FanFields>()
    expectTypeOf(plan('glorot_uniform', shape)).toEqualTypeOf<UniformPlan & FanFields>()
    expectTypeOf(plan('torch_default', shape)).toEqualTypeOf<UniformPlan & FanFields>()
    expectTypeOf(plan('jax.uniform', shape)).toEqualTypeOf<UniformPlan>()
    expectTypeOf(plan('zeros', shape)).toEqualTypeOf<ConstantPlan>()
    expectTypeOf(plan({ init: 'constant', value: 0.1 }, shape)).toEqualTypeOf<ConstantPlan>()
    expectTypeOf(plan('orthogonal', shape)).toEqualTypeOf<OrthogonalPlan>()
    expectTypeOf(plan('keras.orthogonal', shape)).toEqualTypeOf<OrthogonalPlan>()
    expectTypeOf(plan('eye', [4, 4])).toEqualTypeOf<EyePlan>()
    expectTypeOf(plan('identity', [4, 4])).toEqualTypeOf<EyePlan>()
    expectTypeOf(plan('dirac', shape)).toEqualTypeOf<DiracPlan>()
    expectTypeOf(plan('delta_orthogonal', shape)).toEqualTypeOf<DeltaOrthogonalPlan>()
    expectTypeOf(plan({ init: 'sparse', sparsity: 0.9 }, [8, 4])).toEqualTypeOf<SparsePlan>()
  })

  it('types the fields of the plan', () => {
    const he = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [64, 3, 3, 3])
    expectTypeOf(he.distribution).toEqualTypeOf<'normal'>()
    expectTypeOf(he.fanIn).toEqualTypeOf<number>()
    expectTypeOf(he.gain).toEqualTypeOf<number>()
    expectTypeOf(he.std).toBeNumber()
    const keras = plan('he_normal', [3, 3, 3, 64])
    expectTypeOf(keras.sigma).toBeNumber()
    expectTypeOf(keras.low).toBeNumber()
    expectTypeOf(keras.high).toBeNumber()
    expectTypeOf(plan('kaiming_uniform', shape).bound).toBeNumber()
    expectTypeOf(plan('orthogonal', shape).rows).toBeNumber()
  })

  it('gives the union where the distribution is not known until run time', () => {
    // Keras's variance_scaling: the default is a truncated normal; the literal narrows
    expectTypeOf(plan({ init: 'variance_scaling' }, shape)).toEqualTypeOf<
      TruncatedNormalPlan & FanFields
    >()
    expectTypeOf(plan({ init: 'variance_scaling', distribution: 'uniform' }, shape)).toEqualTypeOf<
      UniformPlan & FanFields
    >()
    expectTypeOf(
      plan({ init: 'variance_scaling', distribution: 'untruncated_normal' }, shape),
    ).toEqualTypeOf<NormalPlan & FanFields>()
    // "normal" means truncated in Keras and tfjs, untruncated in JAX
    expectTypeOf(plan({ init: 'variance_scaling', distribution: 'normal' }, shape)).toEqualTypeOf<
      TruncatedNormalPlan & FanFields
    >()
    expectTypeOf(plan({ init: 'varianceScaling', distribution: 'normal' }, shape)).toEqualTypeOf<
      TruncatedNormalPlan & FanFields
    >()
    expectTypeOf(plan('varianceScaling', shape)).toEqualTypeOf<TruncatedNormalPlan & FanFields>()
    expectTypeOf(
      plan(
        { init: 'jax.variance_scaling', scale: 2, mode: 'fan_in', distribution: 'normal' },
        shape,
      ),
    ).toEqualTypeOf<NormalPlan & FanFields>()
    // a distribution typed by its option type: any of the three
    const distribution = 'uniform' as NonNullable<SpecOptions<'variance_scaling'>['distribution']>
    expectTypeOf(
      plan({ init: 'variance_scaling', distribution }, shape),
    ).toEqualTypeOf<ScalingPlan>()
    expectTypeOf(
      plan({ init: 'variance_scaling' } as InitSpec<'variance_scaling'>, shape),
    ).toEqualTypeOf<ScalingPlan>()
    // PyTorch's default bias: zeros when fan_in is 0
    expectTypeOf(plan({ init: 'torch_default_bias', fan_in: 64 }, [64])).toEqualTypeOf<
      UniformPlan | ConstantPlan
    >()
  })

  it('gives the Plan union for a spec typed as any spec', () => {
    expectTypeOf(plan({ init: 'he_normal' } as InitSpec, shape)).toEqualTypeOf<Plan>()
    expectTypeOf(plan('he_normal' as InitSpec | InitName, shape)).toEqualTypeOf<Plan>()
    expectTypeOf(plan(JSON.parse('{ "init": "he_normal" }'), shape)).toEqualTypeOf<Plan>()
    expectTypeOf<PlanOf<InitSpec>>().toEqualTypeOf<Plan>()
    expectTypeOf<PlanOf<InitName>>().toEqualTypeOf<Plan>()
    // every initializer has a plan type
    type Unplanned = {
      [N in QualifiedName]: [PlanOf<InitSpec<N>>] extends [never] ? N : never
    }[QualifiedName]
    expectTypeOf<Unplanned>().toBeNever()
  })

  it('refuses what the run time refuses', () => {
    // @ts-expect-error: PyTorch's kaiming_* take fan_in or fan_out only
    plan({ init: 'kaiming_normal', mode: 'fan_avg' }, shape)
    // @ts-expect-error: he_normal takes no mode
    plan({ init: 'he_normal', mode: 'fan_out' }, shape)
    // @ts-expect-error: a misspelt option
    plan({ init: 'kaiming_normal', nonlinarity: 'relu' }, shape)
    // @ts-expect-error: sparse needs sparsity
    plan({ init: 'sparse' }, [8, 4])
    // @ts-expect-error: jax.variance_scaling needs scale, mode and distribution
    plan({ init: 'jax.variance_scaling', scale: 1 }, shape)
    // @ts-expect-error: delta_orthogonal's columns are on axis -1 or -2
    plan({ init: 'delta_orthogonal', column_axis: 0 }, shape)
    // @ts-expect-error: heUniform draws a uniform: it takes no correct
    plan({ init: 'heUniform', correct: false }, shape)
    // @ts-expect-error: an unknown name
    plan('kaiming_nromal', shape)
    // @ts-expect-error: not a distribution
    plan({ init: 'variance_scaling', distribution: 'gaussian' }, shape)
  })

  it('keeps option types as narrow as the run-time checks', () => {
    expectTypeOf<NonNullable<SpecOptions<'kaiming_normal'>['mode']>>().toEqualTypeOf<
      'fan_in' | 'fan_out'
    >()
    expectTypeOf<NonNullable<SpecOptions<'variance_scaling'>['mode']>>().toEqualTypeOf<FanMode>()
    expectTypeOf<NonNullable<SpecOptions<'delta_orthogonal'>['column_axis']>>().toEqualTypeOf<
      -1 | -2
    >()
    expectTypeOf<NonNullable<SpecOptions<'jax.orthogonal'>['column_axis']>>().toBeNumber()
    expectTypeOf<{ init: 'kaiming_normal'; mode: 'fan_avg' }>().not.toExtend<InitSpec>()
    expectTypeOf<{ init: 'kaiming_uniform'; mode: 'fan_out' }>().toExtend<InitSpec>()
    // @ts-expect-error: tfjs's uniform presets take no correct (an excess property of a literal)
    const heUniform: InitSpec = { init: 'heUniform', correct: false }
    const heNormal: InitSpec = { init: 'heNormal', correct: false }
    expectTypeOf([heUniform, heNormal]).toEqualTypeOf<InitSpec[]>()
  })

  it('still samples any plan', () => {
    expectTypeOf(sample(plan('he_normal', shape), { seed: 1 })).toEqualTypeOf<Float32Array>()
    expectTypeOf(sampleTensor).parameter(0).toExtend<InitSpec | InitName>()
    expectTypeOf(sample).parameter(0).toEqualTypeOf<Plan>()
  })
})
