import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { checkJsonDepth, checkJsonTextDepth, MAX_JSON_DEPTH } from './checkJsonDepth'

const nested = (levels: number): string => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`

describe('checkJsonTextDepth', () => {
  it('passes 64 levels and refuses 65, naming the text, the limit and where', () => {
    expect(MAX_JSON_DEPTH).toBe(64)
    checkJsonTextDepth(nested(64), 'INVALID_SPEC', '--options')
    const error = expectError(
      () => checkJsonTextDepth(nested(65), 'INVALID_SPEC', '--options'),
      'INVALID_SPEC',
    )
    expect(error.message).toBe(
      '--options nests arrays and objects more than 64 levels deep (at character 320); at most 64 levels are allowed',
    )
    expect(error.details).toEqual({ maxDepth: 64, at: 320 })
  })

  it('refuses 100,000 levels in one linear pass, without parsing', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000)
    const started = performance.now()
    expectError(() => checkJsonTextDepth(text, 'INVALID_RECIPE', 'the recipe'), 'INVALID_RECIPE')
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ name: `${'['.repeat(200)}\\"{{{{`, b: [[1]] })
    checkJsonTextDepth(text, 'INVALID_RECIPE', 'the recipe', 3)
    expectError(() => checkJsonTextDepth(text, 'INVALID_RECIPE', 'r', 2), 'INVALID_RECIPE')
  })
})

describe('checkJsonDepth', () => {
  it('walks parsed values without recursion: 64 levels pass, 100,000 are refused', () => {
    checkJsonDepth(JSON.parse(nested(64)), 'INVALID_RECIPE', 'the recipe')
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    const error = expectError(
      () => checkJsonDepth(deep, 'INVALID_RECIPE', 'the recipe'),
      'INVALID_RECIPE',
    )
    expect(error.message).toBe(
      'the recipe nests arrays and objects more than 64 levels deep; at most 64 levels are allowed',
    )
  })

  it('refuses a value that contains itself, and visits shared parts a bounded number of times', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic['self'] = cyclic
    expectError(() => checkJsonDepth(cyclic, 'INVALID_ARGUMENT', 'options'), 'INVALID_ARGUMENT')
    // 40 levels, each holding the next twice: 2^40 paths, 40 objects.
    let shared: unknown = 1
    for (let i = 0; i < 40; i++) shared = [shared, shared]
    checkJsonDepth(shared, 'INVALID_RECIPE', 'the recipe')
  })

  it('treats strings, numbers, typed arrays and class instances as leaves', () => {
    for (const leaf of ['[[[[', 1, null, new Float32Array(4), new Map([[1, [[[1]]]]])]) {
      checkJsonDepth({ leaf }, 'INVALID_RECIPE', 'the recipe', 1)
    }
  })
})
