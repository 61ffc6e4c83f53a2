import '@tensorflow/tfjs-backend-cpu'
// The tensor methods (w.reshape, w.mul) that the union package @tensorflow/tfjs registers.
import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as tfc from '@tensorflow/tfjs-core'
import * as tfl from '@tensorflow/tfjs-layers'
import {
  type DType,
  definitions,
  type InitSpec,
  plan,
  type QualifiedName,
  REQUIRED,
  sample,
} from '@weightinit/core'
import { describe, expect, it } from 'vitest'
import { codeSnippets, type SnippetInput } from '../.vitepress/theme/lib/codeSnippets'
import { artifactsDir, docsRoot } from './site'

function input(
  spec: InitSpec,
  shape: readonly number[],
  extra: Partial<Omit<SnippetInput, 'spec' | 'shape' | 'plan'>> = {},
): SnippetInput {
  const options = {
    ...(extra.layout === undefined ? {} : { layout: extra.layout as never }),
    ...(extra.groups === undefined ? {} : { groups: extra.groups }),
  }
  return {
    spec,
    shape,
    seed: 42,
    key: 'fc1.weight',
    dtype: 'float32',
    ...extra,
    plan: plan(spec, shape, options),
  }
}

function snippet(i: SnippetInput, target: string): string {
  const found = codeSnippets(i).find((s) => s.target === target)
  if (!found) throw new Error(`no ${target} snippet`)
  return found.code
}

/** Cases that cover every distribution the element-wise snippets draw, and orthogonal. */
const cases: readonly SnippetInput[] = [
  input({ init: 'kaiming_normal' }, [256, 128]),
  input({ init: 'xavier_uniform' }, [64, 3, 3, 3]),
  input({ init: 'he_normal' }, [3, 3, 16, 32], { seed: 0, key: 'conv.kernel' }),
  input({ init: 'uniform' }, [100], { seed: 7 }),
  input({ init: 'jax.uniform' }, [16, 8]),
  input({ init: 'trunc_normal', std: 0.02 }, [10, 30]),
  input({ init: 'orthogonal', gain: 2 }, [16, 2, 3]),
  input({ init: 'keras.orthogonal' }, [3, 4, 6]),
  input({ init: 'eye' }, [5, 7]),
  input({ init: 'constant', value: 0.5 }, [2, 3]),
]

/** The sample's mean and std match the plan's: exactly for constants and the identity, else within sampling error. */
function expectMoments(i: SnippetInput, mean: number, std: number): void {
  const deterministic = i.plan.distribution === 'constant' || i.plan.distribution === 'eye'
  const tolerance = deterministic ? 1e-6 : 0.25
  expect(
    Math.abs(std - i.plan.std),
    `${i.spec.init}: std ${std} vs ${i.plan.std}`,
  ).toBeLessThanOrEqual(tolerance * Math.max(i.plan.std, 1e-300) + (deterministic ? 1e-6 : 0))
  expect(Math.abs(mean - i.plan.mean), `${i.spec.init}: mean`).toBeLessThanOrEqual(
    Math.max(1e-6, tolerance * i.plan.std),
  )
}

describe('copy as code', () => {
  it('writes each framework’s own call, with its argument names, for a He normal', () => {
    const i = input({ init: 'kaiming_normal' }, [256, 128])
    expect(snippet(i, 'pytorch')).toBe(
      [
        'import torch',
        'from torch import nn',
        '',
        '# N(0, 0.125²). Same distribution, not the same numbers: every framework has its own generator.',
        'torch.manual_seed(42)',
        'w = torch.empty((256, 128), dtype=torch.float32)',
        'nn.init.normal_(w, mean=0.0, std=0.125)',
        '',
      ].join('\n'),
    )
    expect(snippet(i, 'keras')).toContain(
      'init = keras.initializers.RandomNormal(mean=0.0, stddev=0.125, seed=42)\nw = init(shape=(256, 128), dtype="float32")',
    )
    expect(snippet(i, 'jax')).toContain(
      'key = jax.random.key(42)\nw = 0.125 * jax.random.normal(key, (256, 128), jnp.float32)',
    )
    expect(snippet(i, 'tfjs')).toContain(
      "const w = tf.randomNormal([256, 128], 0, 0.125, 'float32', 42)",
    )
    expect(snippet(i, 'weightinit')).toContain(
      "const p = plan({ init: 'kaiming_normal' }, [256, 128])\nconst weights = sample(p, { seed: 42, key: 'fc1.weight', dtype: 'float32' })",
    )
  })

  it('gives uniform intervals as they are, never as a symmetric bound', () => {
    const jax = input({ init: 'jax.uniform' }, [16, 8])
    expect(snippet(jax, 'pytorch')).toContain('nn.init.uniform_(w, a=0.0, b=0.01)')
    expect(snippet(jax, 'keras')).toContain('RandomUniform(minval=0.0, maxval=0.01, seed=42)')
    expect(snippet(jax, 'jax')).toContain(
      'jax.random.uniform(key, (16, 8), jnp.float32, minval=0.0, maxval=0.01)',
    )
    // tfjs's randomUniform op keeps a 0 bound (its RandomUniform class would turn it into −0.05).
    expect(snippet(jax, 'tfjs')).toContain("tf.randomUniform([16, 8], 0, 0.01, 'float32', 42)")
  })

  it('draws truncated normals exactly, or says the framework cannot', () => {
    // PyTorch's absolute bounds: ±2 at std 0.02 is ±100σ.
    const torch = input({ init: 'trunc_normal', std: 0.02 }, [10, 30])
    expect(snippet(torch, 'pytorch')).toContain(
      'nn.init.trunc_normal_(w, mean=0.0, std=0.02, a=-2.0, b=2.0)',
    )
    expect(snippet(torch, 'jax')).toContain(
      '0.02 * jax.random.truncated_normal(key, -100.0, 100.0, (10, 30), jnp.float32)',
    )
    const keras = codeSnippets(torch).find((s) => s.target === 'keras')!
    expect(keras.exact).toBe(false)
    expect(keras.code).toContain('# Keras has no built-in initializer that draws')
    // Keras's he_normal is cut at ±2σ: TruncatedNormal draws it, with σ = std / 0.8796.
    const he = input({ init: 'he_normal' }, [3, 3, 16, 32], { seed: 0 })
    const sigma = Math.sqrt(2 / 144) / 0.87962566103423978
    const cut = codeSnippets(he).find((s) => s.target === 'keras')!
    expect(cut.exact).toBe(true)
    expect(Number(/stddev=([\d.e-]+)/.exec(cut.code)![1])).toBeCloseTo(sigma, 12)
    expect(snippet(he, 'tfjs')).toContain('// tfjs takes a seed of 0 for no seed')
  })

  it('reshapes an orthogonal matrix the way the plan flattens it', () => {
    const torch = input({ init: 'orthogonal' }, [16, 2, 3])
    expect(snippet(torch, 'pytorch')).toContain('nn.init.orthogonal_(w, gain=1.0)')
    expect(snippet(torch, 'keras')).toContain(
      'w = init(shape=(16, 6), dtype="float32")\nw = keras.ops.reshape(w, (16, 2, 3))',
    )
    const keras = input({ init: 'keras.orthogonal' }, [3, 4, 6])
    expect(snippet(keras, 'pytorch')).toContain(
      'w = nn.init.orthogonal_(torch.empty((12, 6), dtype=torch.float32), gain=1.0).reshape((3, 4, 6))',
    )
    expect(snippet(keras, 'jax')).toContain(
      'jax.nn.initializers.orthogonal(scale=1.0)(key, (3, 4, 6), jnp.float32)',
    )
  })

  // The names and keyword arguments each framework's functions take (read in its source; see
  // shared/research/anchors-api.md): every call a snippet writes must use only these.
  const allowed: Record<string, readonly string[]> = {
    'nn.init.normal_': ['mean', 'std'],
    'nn.init.uniform_': ['a', 'b'],
    'nn.init.trunc_normal_': ['mean', 'std', 'a', 'b'],
    'nn.init.constant_': [],
    'nn.init.orthogonal_': ['gain'],
    'torch.empty': ['dtype'],
    'torch.eye': ['dtype'],
    'torch.manual_seed': [],
    'keras.initializers.RandomNormal': ['mean', 'stddev', 'seed'],
    'keras.initializers.RandomUniform': ['minval', 'maxval', 'seed'],
    'keras.initializers.TruncatedNormal': ['mean', 'stddev', 'seed'],
    'keras.initializers.Constant': ['value'],
    'keras.initializers.Orthogonal': ['gain', 'seed'],
    'keras.initializers.Identity': ['gain'],
    'keras.ops.reshape': [],
    init: ['shape', 'dtype'],
    'jax.random.key': [],
    'jax.random.normal': [],
    'jax.random.uniform': ['minval', 'maxval'],
    'jax.random.truncated_normal': [],
    'jax.nn.initializers.orthogonal': ['scale'],
    'jax.nn.initializers.delta_orthogonal': ['scale', 'column_axis'],
    'jnp.full': [],
    'jnp.eye': ['dtype'],
    'jax.config.update': [],
    '.reshape': [],
  }

  it('calls only functions and keyword arguments the frameworks have, for every initializer', () => {
    const shapes = [
      [32, 16],
      [8, 4, 3, 3],
      [4, 4, 3],
    ]
    const problems: string[] = []
    let exact = 0
    for (const qualified of Object.keys(definitions) as QualifiedName[]) {
      const options = definitions[qualified].options as Record<string, unknown>
      const spec: Record<string, unknown> = { init: qualified }
      for (const [name, value] of Object.entries(options)) {
        if (value !== REQUIRED) continue
        spec[name] =
          name === 'mode'
            ? 'fan_in'
            : name === 'distribution'
              ? 'uniform'
              : name === 'sparsity'
                ? 0.5
                : 2
      }
      for (const shape of shapes) {
        let i: SnippetInput
        try {
          i = input(spec as unknown as InitSpec, shape)
        } catch {
          continue // not for this shape (identity on 4-D, …)
        }
        for (const s of codeSnippets(i)) {
          if (s.lang !== 'python' || !s.exact) continue
          exact++
          const code = s.code.replace(/#.*$/gm, '')
          for (const match of code.matchAll(/([\w.]+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g)) {
            const name = match[1]!
            if (name === 'w.reshape' || name.endsWith(').reshape') || /^\d/.test(name)) continue
            const kwargs = Array.from(match[2]!.matchAll(/(\w+)=/g), (m) => m[1]!)
            const known = allowed[name.replace(/^.*\)\./, '')]
            if (!known) problems.push(`${qualified} ${s.target}: unknown function ${name}`)
            else
              for (const k of kwargs)
                if (!known.includes(k)) problems.push(`${qualified} ${s.target}: ${name}(${k}=)`)
          }
        }
      }
    }
    expect(problems).toEqual([])
    expect(exact).toBeGreaterThan(200)
  })

  it('writes weightinit code that type-checks and draws the playground’s very bits', () => {
    const dir = join(artifactsDir, 'snippets')
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
    const grouped = input({ init: 'kaiming_uniform', a: 0.1 }, [8, 2, 3, 3], {
      layout: 'oihw',
      groups: 4,
      dtype: 'bfloat16' as DType,
      key: "it's",
    })
    const all = [...cases, grouped]
    for (const [n, i] of all.entries()) {
      writeFileSync(join(dir, `snippet${n}.ts`), snippet(i, 'weightinit'))
    }
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../tsconfig.json',
        compilerOptions: { noUnusedLocals: false, types: ['node'] },
        include: ['*.ts'],
      }),
    )
    execFileSync(join(docsRoot, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], {
      cwd: docsRoot,
      stdio: 'pipe',
    })
    for (const i of all) {
      const code = snippet(i, 'weightinit').replace(/^import .*$/m, '')
      const run = new Function('plan', 'sample', 'console', `${code}\nreturn weights`)
      const weights = run(plan, sample, { log: () => {} })
      const options = {
        ...(i.layout === undefined ? {} : { layout: i.layout as never }),
        ...(i.groups === undefined ? {} : { groups: i.groups }),
      }
      const expected = sample(plan(i.spec, i.shape, options), {
        seed: i.seed,
        key: i.key,
        dtype: i.dtype,
      })
      expect(weights).toEqual(expected)
    }
  }, 60_000)

  it('writes tfjs code that runs and draws the plan’s distribution', async () => {
    await tfc.setBackend('cpu')
    const tf = { ...tfc, initializers: tfl.initializers }
    for (const i of cases) {
      const s = codeSnippets(i).find((c) => c.target === 'tfjs')!
      if (!s.exact) continue
      const code = s.code.replace(/^import .*$/m, '').replace('w.print()', '')
      const w = new Function('tf', `${code}\nreturn w`)(tf) as tfc.Tensor
      expect(w.shape).toEqual([...i.shape])
      const values = Array.from(w.dataSync())
      w.dispose()
      const mean = values.reduce((a, b) => a + b, 0) / values.length
      const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length)
      expectMoments(i, mean, std)
    }
  })

  const python = '/usr/bin/python3'
  const hasTorch = spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0

  it.runIf(hasTorch)(
    'writes PyTorch code that runs and draws the plan’s distribution',
    () => {
      // One Python process (importing torch takes seconds): each snippet in a namespace of its own.
      const exact = cases.filter((i) => codeSnippets(i).find((c) => c.target === 'pytorch')!.exact)
      const script = exact
        .map((i) => {
          const code = codeSnippets(i).find((c) => c.target === 'pytorch')!.code
          return `ns = {}\nexec(${JSON.stringify(code)}, ns)\nw = ns["w"]\nprint(list(w.shape), w.double().mean().item(), w.double().std(unbiased=False).item())`
        })
        .join('\n')
      const lines = execFileSync(python, ['-c', script], { encoding: 'utf8' }).trim().split('\n')
      expect(lines).toHaveLength(exact.length)
      exact.forEach((i, k) => {
        const [, shape, mean, std] = /^(\[[^\]]*\]) (\S+) (\S+)$/.exec(lines[k]!)!
        expect(JSON.parse(shape!), i.spec.init).toEqual([...i.shape])
        expectMoments(i, Number(mean), Number(std))
      })
    },
    120_000,
  )
})
