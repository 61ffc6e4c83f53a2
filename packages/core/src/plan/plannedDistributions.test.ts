import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Definition } from '../catalogue/definition'
import { definitions, type QualifiedName } from '../catalogue/definitions'
import { normalizeSpec } from '../catalogue/normalizeSpec'
import { optionValues } from '../catalogue/optionValues'
import type { Recipe } from '../catalogue/recipe'
import { distributionMeanings } from '../catalogue/scalingDistribution'
import { plan } from './plan'
import { plannedDistributions } from './plannedDistributions'
import type { FanFields } from './planTypes'

/** The fields of FanFields: every variance-scaling plan has them. */
const fanFields = [
  'layout',
  'fanIn',
  'fanOut',
  'receptiveField',
  'groups',
  'mode',
  'fan',
  'scale',
  'gain',
] as const satisfies readonly (keyof FanFields)[]

/** A value for each option that has no default. */
const required: Record<string, unknown> = {
  value: 0.5,
  sparsity: 0.5,
  fan_in: 9,
  scale: 1,
  mode: 'fan_in',
  distribution: 'uniform',
}

/** A shape every initializer of this recipe kind takes. */
const shapeFor = (kind: Recipe['kind']) =>
  kind === 'eye' || kind === 'sparse' ? [8, 4] : [3, 3, 4, 8]

/** Each spec to try for a definition: its required options, and each word of `distribution` when it takes one. */
function specsOf(name: QualifiedName, definition: Definition): Record<string, unknown>[] {
  const spec: Record<string, unknown> = { init: name }
  for (const [option, fallback] of Object.entries(definition.options)) {
    if (fallback === 'required') spec[option] = required[option]
  }
  if (!('distribution' in definition.options)) return [spec]
  return optionValues.distribution.map((distribution) => ({ ...spec, distribution }))
}

/** The table's entry for a recipe: what PlanOf reads at compile time, read at run time. */
const expectedFor = (recipe: Recipe): readonly string[] =>
  recipe.kind === 'variance_scaling'
    ? plannedDistributions.variance_scaling[recipe.distribution]
    : plannedDistributions[recipe.kind]

/** Where a recipe's entry is in the table: its kind, or `variance_scaling.` and its distribution. */
const entryOf = (recipe: Recipe): string =>
  recipe.kind === 'variance_scaling' ? `variance_scaling.${recipe.distribution}` : recipe.kind

describe('plannedDistributions, the table the plan types are read from', () => {
  it('holds the distribution of every plan of every initializer, and nothing else', () => {
    expectTypeOf<(typeof fanFields)[number]>().toEqualTypeOf<keyof FanFields>()
    const seen = new Map<string, Set<string>>()
    const see = (entry: string, distribution: string) =>
      seen.set(entry, (seen.get(entry) ?? new Set()).add(distribution))
    for (const name of Object.keys(definitions) as QualifiedName[]) {
      const definition: Definition = definitions[name]
      for (const spec of specsOf(name, definition)) {
        const recipe = definition.recipe(normalizeSpec(spec).options as never)
        const planned = plan(spec as never, shapeFor(recipe.kind))
        expect(expectedFor(recipe), `${name} ${JSON.stringify(spec)}`).toContain(
          planned.distribution,
        )
        see(entryOf(recipe), planned.distribution)
        // PlanOf gives variance-scaling plans their FanFields
        if (recipe.kind === 'variance_scaling') {
          for (const field of fanFields) expect(planned, name).toHaveProperty(field)
        }
      }
    }
    // PyTorch's default bias is zeros when fan_in is 0
    see('fan_in_uniform', plan({ init: 'torch_default_bias', fan_in: 0 }, [8]).distribution)
    const { variance_scaling, ...byKind } = plannedDistributions
    const table = Object.entries({
      ...byKind,
      ...Object.fromEntries(
        Object.entries(variance_scaling).map(([word, planned]) => [
          `variance_scaling.${word}`,
          planned,
        ]),
      ),
    }).map(([entry, planned]) => [entry, [...planned].sort()])
    const observed = [...seen].map(([entry, planned]) => [entry, [...planned].sort()])
    expect(Object.fromEntries(observed)).toEqual(Object.fromEntries(table))
  })

  it('narrows a variance-scaling recipe by what its distribution option means at home', () => {
    for (const name of Object.keys(definitions) as QualifiedName[]) {
      const definition: Definition = definitions[name]
      if (!('distribution' in definition.options)) continue
      for (const spec of specsOf(name, definition)) {
        const recipe = definition.recipe(normalizeSpec(spec).options as never)
        const word = spec.distribution as (typeof optionValues.distribution)[number]
        expect(recipe, `${name} ${word}`).toMatchObject({
          kind: 'variance_scaling',
          distribution: distributionMeanings[definition.framework][word],
        })
      }
    }
  })
})
