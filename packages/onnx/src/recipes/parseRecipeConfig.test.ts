import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { parseRecipeConfig } from './parseRecipeConfig'

describe('parseRecipeConfig on hostile input', () => {
  it('refuses a recipe nested 100,000 levels deep with a typed error, before walking it', () => {
    const init = JSON.parse(`${'{"init":'.repeat(100_000)}1${'}'.repeat(100_000)}`)
    for (const recipe of [
      { rules: [{ name: 'x', init }] },
      { rules: JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`) },
    ]) {
      const error = expectError(() => parseRecipeConfig(recipe), 'INVALID_RECIPE')
      expect(error.message).toBe(
        'the recipe nests arrays and objects more than 64 levels deep; at most 64 levels are allowed',
      )
    }
    // What real recipes nest (a rule's spec in a list in the config) is far below the bound.
    expect(
      parseRecipeConfig({ rules: [{ name: 'fc*', init: { init: 'normal', std: 0.02 } }] }).rules,
    ).toHaveLength(1)
  })

  it('never echoes a huge or hostile key or value in full', () => {
    const huge = 'k'.repeat(120_000)
    const cases = [
      { [huge]: 1 },
      { rules: [{ name: 'x', init: 'keep', [huge]: 1 }] },
      { rules: [{ role: huge, init: 'keep' }] },
      { gains: { [huge]: 1 } },
      { rules: [{ name: 'x', init: 'keep', 'a\u001b[2Jb': 1 }] },
    ]
    for (const recipe of cases) {
      const { message } = expectError(() => parseRecipeConfig(recipe), 'INVALID_RECIPE')
      expect(message.length).toBeLessThan(500)
      expect(message).not.toContain('\u001b')
    }
    expect(expectError(() => parseRecipeConfig({ rulez: [] }), 'INVALID_RECIPE').message).toMatch(
      /^rulez: unknown key; allowed: recipe, recipeOptions, rules, unitForgetBias, gains \(did you mean 'rules'\?\)$/,
    )
  })
})
