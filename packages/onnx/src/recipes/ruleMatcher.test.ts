import { toBinary } from '@bufbuild/protobuf'
import { expectError } from '@weightinit/test-utils'
import { describe, expect, it } from 'vitest'
import { analyze } from '../analyze/analyze'
import { decodeModel } from '../model/decodeModel'
import { planPatch } from '../patch/planPatch'
import { ModelProtoSchema } from '../schema/generated/onnx_pb'
import { model, randomTensor } from '../testing/buildModel'
import { ruleMatcher } from './ruleMatcher'

const dots = `${'.'.repeat(30000)}x`
const manyAs = `${'a'.repeat(30000)}b`

/** Two Gemm layers whose weights have hostile names. */
const hostile = () =>
  decodeModel(
    toBinary(
      ModelProtoSchema,
      model({
        inputs: [{ name: 'x', shape: [2, 8] }],
        outputs: [{ name: 'y' }],
        nodes: [
          { op: 'Gemm', inputs: ['x', dots], outputs: ['h'], attrs: { transB: { i: 1 } } },
          { op: 'Gemm', inputs: ['h', manyAs], outputs: ['y'], attrs: { transB: { i: 1 } } },
        ],
        initializers: [randomTensor(dots, [8, 8], 1), randomTensor(manyAs, [8, 8], 2)],
      }),
    ),
  )

describe('ruleMatcher', () => {
  it('tests every criterion given: glob, regex, op and role', () => {
    const [first, second] = analyze(hostile()).tensors
    expect(ruleMatcher({ name: '*x', op: 'Gemm', role: 'weight', init: 'keep' })(first!)).toBe(true)
    expect(ruleMatcher({ name: '*x', op: 'Conv', init: 'keep' })(first!)).toBe(false)
    expect(ruleMatcher({ regex: 'ab$', role: ['bias', 'weight'], init: 'keep' })(second!)).toBe(
      true,
    )
    expect(ruleMatcher({ regex: 'ab$', role: 'bias', init: 'keep' })(second!)).toBe(false)
  })

  it('matches hostile names in linear time, through a whole patch plan', () => {
    const rules = [
      { name: '*.*.*.weight', init: { init: 'zeros' } },
      { regex: '^(a+)+$', init: { init: 'zeros' } },
      { name: '*.*.*.x', init: 'keep' },
    ] as const
    const { tensors } = planPatch(hostile(), { seed: 1, rules })
    const line = (name: string) => tensors.find((t) => t.name === name)!
    expect(line(dots)).toMatchObject({ action: 'keep', source: 'rule[2]' })
    expect(line(manyAs)).toMatchObject({ action: 'init', source: 'recipe:auto' })
    const anchored = planPatch(hostile(), { seed: 1, rules: [{ regex: '^(a+)+b$', init: 'keep' }] })
    expect(anchored.tensors.find((t) => t.name === manyAs)).toMatchObject({ source: 'rule[0]' })
  })

  it('refuses, when rules are read, regexes that need backtracking and backwards glob ranges', () => {
    const m = hostile()
    const lookahead = expectError(
      () => planPatch(m, { seed: 1, rules: [{ regex: 'fc(?=\\.weight)', init: 'keep' }] }),
      'INVALID_RECIPE',
    )
    expect(lookahead.message).toMatch(/^rules\[0\]\.regex: '\(\?=' at index 2 is a lookahead, /)
    const backreference = expectError(
      () =>
        planPatch(m, {
          seed: 1,
          rules: [
            { name: '*', init: 'keep' },
            { regex: '(a)\\1', init: 'keep' },
          ],
        }),
      'INVALID_RECIPE',
    )
    expect(backreference.message).toMatch(
      /^rules\[1\]\.regex: '\\1' at index 3 is a backreference, /,
    )
    expect(backreference.details).toMatchObject({ path: 'rules[1].regex', value: '(a)\\1' })
    const range = expectError(
      () => planPatch(m, { seed: 1, rules: [{ name: 'fc[9-0]', init: 'keep' }] }),
      'INVALID_RECIPE',
    )
    expect(range.message).toMatch(
      /^rules\[0\]\.name: glob class range '9-0' \(at index 2\) runs backwards/,
    )
  })
})
