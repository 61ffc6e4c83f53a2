import { describe, expect, it } from 'vitest'
import type { CodeBlock } from './codeBlock'
import { shellSteps } from './shellSteps'
import { shellWords } from './shellWords'

/** A block of `lang` whose code starts on line 10 of README.md. */
function block(lang: string, code: string, notRun?: string): CodeBlock {
  return { file: '/repo/README.md', line: 10, lang, code, origin: 'markdown', notRun }
}

describe('shellWords', () => {
  it('splits words, quotes, escapes, operators and the comment', () => {
    const { tokens, comment } = shellWords(
      `weightinit patch 'a b.onnx' --reinitialize "head.*" x\\ y | xxd > out  # a comment`,
    )
    expect(tokens.map((token) => token.text)).toEqual([
      'weightinit',
      'patch',
      'a b.onnx',
      '--reinitialize',
      'head.*',
      'x y',
      '|',
      'xxd',
      '>',
      'out',
    ])
    expect(tokens.filter((token) => token.operator).map((token) => token.text)).toEqual(['|', '>'])
    expect(comment).toBe('# a comment')
  })

  it('notes the words the shell would expand', () => {
    const { tokens } = shellWords(`weightinit sample x --shard $i/4 -o "part-$i" 'lit$'`)
    expect(tokens.filter((token) => token.expands).map((token) => token.text)).toEqual([
      '$i/4',
      'part-$i',
    ])
  })

  it('takes a # inside a word as part of it', () => {
    expect(shellWords('weightinit plan a#b').comment).toBeUndefined()
  })
})

describe('shellSteps', () => {
  it('finds the weightinit commands of a sh block, after pnpm or npx, with continuations', () => {
    const code = [
      'npm install @weightinit/cli',
      '# a comment line',
      'pnpm weightinit plan he_normal --shape 3,3,64,128 --json',
      'npx weightinit sample he_normal --shape 3,3 --seed 1 \\',
      '  -o w.npy   # the file',
      'ONNXRUNTIME_NODE_INSTALL=skip weightinit --help',
      '',
    ].join('\n')
    const { steps, problems } = shellSteps(block('sh', code))
    expect(problems).toEqual([])
    expect(steps).toEqual([
      {
        kind: 'command',
        file: '/repo/README.md',
        line: 12,
        text: 'pnpm weightinit plan he_normal --shape 3,3,64,128 --json',
        argv: ['plan', 'he_normal', '--shape', '3,3,64,128', '--json'],
        stdout: undefined,
        fails: undefined,
        notRun: undefined,
      },
      expect.objectContaining({
        line: 13,
        argv: ['sample', 'he_normal', '--shape', '3,3', '--seed', '1', '-o', 'w.npy'],
      }),
      expect.objectContaining({ line: 15, argv: ['--help'] }),
    ])
  })

  it('reads a # not run: comment, and the block marker, as not run', () => {
    const code =
      'weightinit bits --seed 1 --count 1e12 -o - | RNG_test stdin32  # not run: endless\n'
    expect(shellSteps(block('sh', code)).steps[0]).toMatchObject({ notRun: 'endless' })
    const marked = shellSteps(block('sh', 'weightinit plan x\n', 'needs a GPU'))
    expect(marked.steps[0]).toMatchObject({ notRun: 'needs a GPU' })
  })

  it('refuses a command that needs the shell to expand a word, unless marked', () => {
    const { steps, problems } = shellSteps(block('sh', 'weightinit sample x --shard $i/4\n'))
    expect(steps[0]).toMatchObject({ notRun: 'expands shell words' })
    expect(problems).toEqual([
      {
        file: '/repo/README.md',
        line: 10,
        message: `'$i/4' needs the shell to expand it: write the value, or end the line with '# not run: why'`,
      },
    ])
  })

  it('reads a transcript: prompts, the errors it shows, and the files it cats', () => {
    const code = [
      '$ cat rules.json', //                                       10
      '{ "rules": [] }', //                                        11
      '$ weightinit patch m.onnx --recipe rules.json --dry-run', // 12
      'plan for m.onnx', //                                        13
      '$ weightinit plan kaiming_nromal --shape 64,3', //          14
      "weightinit plan: unknown initializer 'kaiming_nromal' [UNKNOWN_NAME]", // 15
      '$ weightinit plan x --nope', //                             16
      "weightinit plan: unknown option '--nope'; see 'weightinit plan --help'", // 17
      'weightinit plan x --shape 3 (not after a prompt: output)', // 18
    ].join('\n')
    const { steps } = shellSteps(block('text', code))
    expect(steps).toEqual([
      {
        kind: 'file',
        file: '/repo/README.md',
        line: 10,
        name: 'rules.json',
        content: '{ "rules": [] }\n',
      },
      expect.objectContaining({ line: 12, fails: undefined }),
      expect.objectContaining({ line: 14, fails: { code: 'UNKNOWN_NAME' } }),
      expect.objectContaining({ line: 16, fails: { code: undefined } }),
    ])
  })

  it('joins a transcript command continued on > lines', () => {
    const code = '$ weightinit sample x --shape 4 \\\n>   --seed 1 -o a.npy\nwrote a.npy\n'
    expect(shellSteps(block('text', code)).steps[0]).toMatchObject({
      argv: ['sample', 'x', '--shape', '4', '--seed', '1', '-o', 'a.npy'],
    })
  })

  it('sends stdout where a > after the command says, and nowhere after a pipe', () => {
    const code =
      'weightinit bits --count 8 -o - > words.bin\nweightinit bits --count 8 -o - | xxd > x\n'
    expect(shellSteps(block('sh', code)).steps).toEqual([
      expect.objectContaining({ argv: ['bits', '--count', '8', '-o', '-'], stdout: 'words.bin' }),
      expect.objectContaining({ argv: ['bits', '--count', '8', '-o', '-'], stdout: undefined }),
    ])
  })

  it('has nothing to run in other languages', () => {
    expect(shellSteps(block('ts', 'weightinit plan x\n')).steps).toEqual([])
  })
})
