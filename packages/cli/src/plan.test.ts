import { plan } from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { cli, inProcess } from './testing/cli'

/** One line on stderr, no stack trace, the code in brackets. */
function expectOneLineError(stderr: string, code: string): void {
  const lines = stderr.trim().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^weightinit( \w+)?: /)
  expect(lines[0]).toContain(`[${code}]`)
  expect(stderr).not.toMatch(/\n\s+at /)
}

describe.concurrent('weightinit plan', () => {
  it('prints the table with the derivation of each number', async () => {
    const { code, out, stderr } = await cli(['plan', 'kaiming_normal', '--shape', '64,3,3,3'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(out).toContain('kaiming_normal = torch.kaiming_normal (PyTorch semantics)')
    expect(out).toContain('draws normal(mean 0, std 0.272166)')
    expect(out).toMatch(/fanIn\s+27\s+in · ∏kernel = 3 · 3·3 = 27/)
    expect(out).toMatch(/gain\s+1\.41421\s+sqrt\(2 \/ \(1 \+ 0²\)\)/)
    expect(out).toMatch(/std\s+0\.272166\s+gain \/ √fan_in/)
    expect(out).toContain('options: a=0, mode=fan_in, nonlinearity=leaky_relu')
  })

  it('--json prints one object with the contract fields', async () => {
    const { code, out } = await cli(['plan', 'he_normal', '--shape', '3,3,3,64', '--json'])
    expect(code).toBe(0)
    const json = JSON.parse(out)
    const expected = plan('he_normal', [3, 3, 3, 64])
    expect(Object.keys(json).slice(0, 16)).toEqual([
      'init',
      'initializer',
      'framework',
      'distribution',
      'shape',
      'size',
      'layout',
      'fanIn',
      'fanOut',
      'gain',
      'mean',
      'std',
      'sigma',
      'low',
      'high',
      'options',
    ])
    expect(json).toMatchObject({
      init: 'he_normal',
      initializer: 'keras.he_normal',
      distribution: 'truncated_normal',
      fanIn: 27,
      fanOut: 576,
      gain: Math.SQRT2,
      mean: 0,
      std: expected.std,
      sigma: (expected as { sigma: number }).sigma,
      low: -2 * (expected as { sigma: number }).sigma,
      high: 2 * (expected as { sigma: number }).sigma,
    })
    expect(json.explanation.map((s: { quantity: string }) => s.quantity)).toContain('sigma')
  })

  it('--json gives bound for uniforms, null fans where they do not apply, infinities as strings', async () => {
    const [uniform, orthogonal, trunc] = await Promise.all([
      cli([
        'plan',
        'kaiming_uniform',
        '--shape',
        '256,128',
        '--param',
        '2.23606797749979',
        '--json',
      ]),
      cli(['plan', 'orthogonal', '--shape', '64,27', '--json']),
      cli(['plan', 'trunc_normal', '--shape', '10', '--a', '-inf', '--b', 'inf', '--json']),
    ])
    const u = JSON.parse(uniform.out)
    expect(u.distribution).toBe('uniform')
    expect(u.options.a).toBeCloseTo(Math.sqrt(5), 12)
    expect(u.bound).toBeCloseTo(1 / Math.sqrt(128), 12)
    expect(u.low).toBe(-u.bound)
    const o = JSON.parse(orthogonal.out)
    expect(o).toMatchObject({ distribution: 'orthogonal', fanIn: null, fanOut: null, gain: 1 })
    const t = JSON.parse(trunc.out)
    expect(t.low).toBe('-Infinity')
    expect(t.high).toBe('Infinity')
  })

  it("maps flags to each initializer's own option names", async () => {
    const json = async (args: string[]) => JSON.parse((await inProcess([...args, '--json'])).out)
    const [keras, kerasUniform, jax, torchNormal, dirac, grouped] = await Promise.all([
      json(['plan', 'random_normal', '--shape', '10,10', '--std', '0.02', '--mean', '1']),
      json(['plan', 'random_uniform', '--shape', '10,10', '--a', '-0.1', '--b', '0.3']),
      json([
        'plan',
        'jax.truncated_normal',
        '--shape',
        '10,10',
        '--std',
        '0.5',
        '--a',
        '-3',
        '--b',
        '3',
      ]),
      json(['plan', 'normal', '--shape', '10', '--std', '0.02']),
      json(['plan', 'dirac', '--shape', '4,2,3,3', '--groups', '2']),
      json([
        'plan',
        'kaiming_normal',
        '--shape',
        '32,1,3,3',
        '--groups',
        '32',
        '--mode',
        'fan_out',
      ]),
    ])
    expect(keras.options).toEqual({ mean: 1, stddev: 0.02 })
    expect(kerasUniform.options).toEqual({ minval: -0.1, maxval: 0.3 })
    expect(jax.options).toEqual({ stddev: 0.5, lower: -3, upper: 3 })
    expect(torchNormal.options).toEqual({ mean: 0, std: 0.02 })
    expect(dirac.options).toEqual({ groups: 2 })
    expect(grouped.fanOut).toBe(9)
  })

  it('takes layouts, nonlinearities, --options JSON and --no-correct', async () => {
    const json = async (args: string[]) => JSON.parse((await inProcess([...args, '--json'])).out)
    const [hwio, leaky, options, uncorrected] = await Promise.all([
      json(['plan', 'kaiming_normal', '--shape', '3,3,16,32', '--layout', 'hwio']),
      json([
        'plan',
        'kaiming_normal',
        '--shape',
        '8,8',
        '--nonlinearity',
        'leaky_relu',
        '--param',
        '0.2',
      ]),
      json(['plan', 'kaiming_normal', '--shape', '8,4', '--options', '{"mode":"fan_out"}']),
      json(['plan', 'he_normal', '--shape', '4,4', '--no-correct']),
    ])
    expect(hwio.fanIn).toBe(144)
    expect(leaky.gain).toBeCloseTo(Math.sqrt(2 / (1 + 0.04)), 12)
    expect(options.mode).toBe('fan_out')
    expect(uncorrected.options.correct).toBe(false)
  })

  it('refuses an option the initializer does not take, with core’s message (exit 2)', async () => {
    const { code, stderr, out } = await cli([
      'plan',
      'kaiming_normal',
      '--shape',
      '8,8',
      '--std',
      '2',
    ])
    expect(code).toBe(2)
    expect(out).toBe('')
    expectOneLineError(stderr, 'UNKNOWN_OPTION')
    expect(stderr).toContain(
      "kaiming_normal does not take option 'std'; it takes a, mode, nonlinearity",
    )
  })

  it('exits 2 with one line for bad input', async () => {
    const cases: [string[], string, RegExp][] = [
      [
        ['plan', 'kaiming_normall', '--shape', '8,8'],
        'UNKNOWN_NAME',
        /did you mean 'kaiming_normal'/,
      ],
      [['plan', 'kaiming_normal', '--shape', '8,x'], 'INVALID_SHAPE', /--shape must be/],
      [['plan', 'kaiming_normal', '--shape', '0,0'], 'FAN_ZERO', /./],
      [
        ['plan', 'kaiming_normal', '--shape', '8,8', '--layout', 'ohwi'],
        'INVALID_LAYOUT',
        /unknown layout/,
      ],
      [
        ['plan', 'kaiming_normal', '--shape', '8,8', '--mode', 'fan_avg'],
        'INVALID_OPTION',
        /mode must be/,
      ],
      [
        ['plan', 'kaiming_normal', '--shape', '8,8', '--nonlinearity', 'relux'],
        'UNKNOWN_NAME',
        /relu/,
      ],
      [
        ['plan', 'normal', '--shape', '8', '--std', 'abc'],
        'INVALID_OPTION',
        /--std must be a number/,
      ],
      [
        ['plan', 'kaiming_normal', '--shape', '8,8', '--a', '0.1', '--param', '0.2'],
        'INVALID_ARGUMENT',
        /both set/,
      ],
      [
        ['plan', 'kaiming_normal', '--shape', '8,8', '--options', '[1]'],
        'INVALID_SPEC',
        /--options/,
      ],
      [
        ['plan', 'kaiming_normal', '--shape', '8,8', '--groups', '0'],
        'INVALID_ARGUMENT',
        /--groups/,
      ],
    ]
    // In-process (the same run() the command calls); the subprocess paths are tested above.
    const results = await Promise.all(cases.map(([args]) => inProcess(args)))
    results.forEach(({ code, stderr }, i) => {
      const [, errorCode, pattern] = cases[i]!
      expect(code, stderr).toBe(2)
      expectOneLineError(stderr, errorCode)
      expect(stderr).toMatch(pattern)
    })
  })

  it('reports usage errors from the parser on one line, exit 2', async () => {
    const [missing, unknown, command, none] = await Promise.all([
      cli(['plan', 'kaiming_normal']),
      cli(['plan', 'kaiming_normal', '--shape', '8,8', '--frobnicate']),
      cli(['plna']),
      cli([]),
    ])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      "weightinit plan: required option '--shape <dims>' not specified; see 'weightinit plan --help'\n",
    )
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown option '--frobnicate'")
    expect(command.code).toBe(2)
    expect(command.stderr).toContain("unknown command 'plna' (Did you mean plan?)")
    expect(none.code).toBe(2)
    expect(none.stderr).toContain('Usage: weightinit')
  })

  it('prints a stack trace only with --debug', async () => {
    const { code, stderr } = await cli(['plan', 'kaiming_normal', '--shape', '0,0', '--debug'])
    expect(code).toBe(2)
    expect(stderr.split('\n')[0]).toContain('[FAN_ZERO]')
    expect(stderr).toMatch(/\n\s+at /)
  })

  it('has --help with examples for every command, and --version', async () => {
    const commands = ['plan', 'sample', 'bits', 'inspect', 'patch', 'lsuv', 'verify']
    const results = await Promise.all([
      cli(['--help']),
      cli(['--version']),
      ...commands.map((c) => cli([c, '--help'])),
    ])
    const [help, version, ...each] = results
    expect(help!.code).toBe(0)
    for (const c of commands) expect(help!.out).toContain(c)
    expect(help!.out).toContain(
      'Exit codes: 0 success, 1 runtime failure, 2 bad usage or bad input, 130 interrupted.',
    )
    expect(version!.code).toBe(0)
    expect(version!.out.trim()).toMatch(/^\d+\.\d+\.\d+/)
    each.forEach((result, i) => {
      expect(result.code).toBe(0)
      expect(result.out).toContain(`Usage: weightinit ${commands[i]}`)
      expect(result.out).toContain('Examples:')
      expect(result.out).toContain(`$ weightinit ${commands[i]}`)
    })
  })
})
