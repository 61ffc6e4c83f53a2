import { describe, expect, it } from 'vitest'
import { tsdocExamples } from './tsdocExamples'

const source = [
  "import { fail } from './fail'", //                            1
  '', //                                                         2
  '/**', //                                                      3
  ' * Adds two numbers.', //                                     4
  ' *', //                                                       5
  ' * @remarks A fenced block outside an example is prose:', //  6
  ' * ```ts', //                                                 7
  ' * not checked', //                                           8
  ' * ```', //                                                   9
  ' * @example', //                                              10
  ' * ```ts', //                                                 11
  " * import { add } from './add'", //                           12
  ' *   add(1, 2) // 3', //                                      13
  ' * ```', //                                                   14
  ' * @example Two lines of a terminal', //                      15
  ' * ```sh', //                                                 16
  ' * weightinit plan he_normal --shape 3,3', //                 17
  ' * ```', //                                                   18
  ' */', //                                                      19
  'export function add(a: number, b: number): number {', //     20
  '  /** @example', //                                           21
  '   * not fenced', //                                          22
  '   */', //                                                    23
  '  const sum = a + b', //                                      24
  '  return sum', //                                             25
  '}', //                                                        26
  '// /** @example ```ts nothing``` */ (a line comment)', //     27
].join('\n')

describe('tsdocExamples', () => {
  const { blocks, problems } = tsdocExamples('/repo/src/add.ts', source)

  it('finds the fenced blocks of each @example, at their lines in the file', () => {
    expect(blocks).toEqual([
      {
        file: '/repo/src/add.ts',
        line: 12,
        lang: 'ts',
        code: "import { add } from './add'\n  add(1, 2) // 3\n",
        origin: 'tsdoc',
        notRun: undefined,
      },
      {
        file: '/repo/src/add.ts',
        line: 17,
        lang: 'sh',
        code: 'weightinit plan he_normal --shape 3,3\n',
        origin: 'tsdoc',
        notRun: undefined,
      },
    ])
  })

  it('reports an @example without a fenced block, in a comment inside a function too', () => {
    expect(problems).toEqual([
      {
        file: '/repo/src/add.ts',
        line: 21,
        message: '@example without a fenced code block (```ts … ```)',
      },
    ])
  })

  it('finds nothing in a file without TSDoc', () => {
    expect(tsdocExamples('/repo/src/x.ts', 'export const x = 1\n')).toEqual({
      blocks: [],
      problems: [],
    })
  })
})
