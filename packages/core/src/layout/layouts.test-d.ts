import { describe, expectTypeOf, it } from 'vitest'
import { computeFans } from './computeFans'
import type { Fans } from './fans'
import type { CanonicalLayout, Layout, LowRankRule, NamedLayout } from './layouts'
import type { AxesLayout } from './resolveAxesLayout'

describe('layout types', () => {
  it('NamedLayout holds canonical names and aliases, and nothing wider', () => {
    expectTypeOf<'oihw'>().toExtend<NamedLayout>()
    expectTypeOf<'onnx-convtranspose'>().toExtend<NamedLayout>()
    expectTypeOf<CanonicalLayout>().toExtend<NamedLayout>()
    expectTypeOf<'OIHW'>().not.toExtend<NamedLayout>()
    expectTypeOf<string>().not.toExtend<NamedLayout>()
  })

  it('Layout is a name or explicit axes', () => {
    expectTypeOf<{ inAxis: -2; outAxis: -1 }>().toExtend<Layout>()
    expectTypeOf<{ inAxis: number[]; outAxis: number; batchAxis: 0 }>().toExtend<AxesLayout>()
    expectTypeOf<{ inputAxes: readonly number[]; outputAxes: number[] }>().toExtend<Layout>()
    expectTypeOf<{ inAxis: 0 }>().not.toExtend<Layout>()
  })

  it('LowRankRule is closed', () => {
    expectTypeOf<LowRankRule>().toEqualTypeOf<'refuse' | 'keras' | 'tfjs'>()
  })

  it('computeFans returns Fans naming a canonical layout or axes', () => {
    expectTypeOf(computeFans).returns.toEqualTypeOf<Fans>()
    expectTypeOf<Fans['layout']>().toEqualTypeOf<CanonicalLayout | 'axes'>()
    expectTypeOf(computeFans)
      .parameter(2)
      .toEqualTypeOf<{ readonly groups?: number; readonly lowRank?: LowRankRule } | undefined>()
  })
})
