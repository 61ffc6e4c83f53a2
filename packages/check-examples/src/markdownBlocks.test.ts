import { describe, expect, it } from 'vitest'
import { markdownBlocks } from './markdownBlocks'

const page = [
  '# A page', //                                    1
  '', //                                            2
  '```ts', //                                       3
  "import { plan } from '@weightinit/core'", //     4
  '```', //                                         5
  '', //                                            6
  '<!-- not run: needs a browser -->', //           7
  '```typescript', //                               8
  'document.title = "x"', //                        9
  '```', //                                         10
  '', //                                            11
  '- a list item:', //                              12
  '', //                                            13
  '  ```sh', //                                     14
  '  weightinit plan he_normal --shape 3,3', //     15
  '  ```', //                                       16
  '', //                                            17
  '```js', //                                       18
  '// not run: reads a file the page does not give', // 19
  "import { readFileSync } from 'node:fs'", //      20
  '```', //                                         21
  '', //                                            22
  '<<< @/examples/he.ts', //                        23
  '', //                                            24
  '````md', //                                      25
  '```ts', //                                       26
  'not a block of its own', //                      27
  '```', //                                         28
  '````', //                                        29
].join('\n')

describe('markdownBlocks', () => {
  const { blocks, includes } = markdownBlocks('/repo/page.md', page)

  it('finds every fenced block, with the line of its first line of code', () => {
    expect(blocks.map((block) => [block.line, block.lang])).toEqual([
      [4, 'ts'],
      [9, 'ts'],
      [15, 'sh'],
      [19, 'js'],
      [26, 'md'],
    ])
    expect(blocks[0]).toEqual({
      file: '/repo/page.md',
      line: 4,
      lang: 'ts',
      code: "import { plan } from '@weightinit/core'\n",
      origin: 'markdown',
      notRun: undefined,
    })
  })

  it('removes the indentation of a fence inside a list item', () => {
    expect(blocks[2]?.code).toBe('weightinit plan he_normal --shape 3,3\n')
  })

  it('reads a not-run marker before the fence or on the first line', () => {
    expect(blocks.map((block) => block.notRun)).toEqual([
      undefined,
      'needs a browser',
      undefined,
      'reads a file the page does not give',
      undefined,
    ])
  })

  it('keeps a longer fence whole, with the shorter fences inside it', () => {
    expect(blocks[4]?.code).toBe('```ts\nnot a block of its own\n```\n')
  })

  it('lists the <<< includes', () => {
    expect(includes).toEqual([{ file: '/repo/page.md', line: 23, path: '@/examples/he.ts' }])
  })

  it('takes the path of a region include, without its region, lines and title', () => {
    const scan = markdownBlocks('/repo/page.md', '<<< @/lib/steps.ts#network{2,3} [steps.ts]\n')
    expect(scan.includes).toEqual([
      { file: '/repo/page.md', line: 1, path: '@/lib/steps.ts', region: 'network' },
    ])
  })

  it('reads a marker only on the line just before the fence', () => {
    const text = '<!-- not run: too far -->\n\nSome prose.\n\n```ts\nlet x = 1\n```\n'
    expect(markdownBlocks('/repo/page.md', text).blocks[0]?.notRun).toBeUndefined()
  })
})
