import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readSafetensorsFile } from '@weightinit/buffers/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, inProcess, tempDir } from './testing/cli'

let dir: string
let done: () => Promise<void>
beforeAll(async () => {
  ;({ dir, done } = await tempDir())
})
afterAll(() => done())

/** A small Llama (GQA, a padding row) whose bfloat16 weights take 1.1 MB. */
const llama = {
  model_type: 'llama',
  architectures: ['LlamaForCausalLM'],
  vocab_size: 1000,
  hidden_size: 128,
  intermediate_size: 256,
  num_hidden_layers: 2,
  num_attention_heads: 4,
  num_key_value_heads: 2,
  pad_token_id: 0,
  torch_dtype: 'bfloat16',
}

let config: string
beforeAll(async () => {
  config = join(dir, 'config.json')
  await writeFile(config, JSON.stringify(llama))
})

const digests = async (folder: string) => {
  const names = (await readdir(folder)).sort()
  const out: Record<string, string> = {}
  for (const name of names) {
    out[name] = createHash('sha256')
      .update(await readFile(join(folder, name)))
      .digest('hex')
  }
  return out
}

describe('weightinit checkpoint', () => {
  it('--dry-run --json: every tensor (name, shape, dtype, file, spec, std) and the totals', async () => {
    const { code, stderr, out } = await inProcess(['checkpoint', config, '--dry-run', '--json'])
    expect(code, stderr).toBe(0)
    const plan = JSON.parse(out)
    expect(plan).toMatchObject({
      modelType: 'llama',
      architecture: 'LlamaForCausalLM',
      scheme: 'hf',
      seed: 0,
      dtype: 'bfloat16',
      maxShardSize: 5e9,
      tied: false,
      totals: { parameters: 551_552, bytes: 1_103_104, files: 1 },
    })
    expect(plan.tensors).toHaveLength(21)
    expect(plan.tensors[0]).toEqual({
      name: 'model.embed_tokens.weight',
      shape: [1000, 128],
      dtype: 'bfloat16',
      file: 'model.safetensors',
      role: 'token_embedding',
      spec: { init: 'normal', std: 0.02 },
      std: 0.02,
    })
    expect(plan.tensors[2]).toMatchObject({
      name: 'model.layers.0.self_attn.k_proj.weight',
      shape: [64, 128],
      block: 0,
    })
  })

  it('--recipe and --recipe-option reach the plan; the table names each draw', async () => {
    const { code, stderr, out } = await inProcess([
      'checkpoint',
      dir, // the folder holding config.json
      '--dry-run',
      '--recipe',
      'torchtitan',
      '--recipe-option',
      'depth_init=false',
      '--max-shard-size',
      '300kB',
    ])
    expect(code, stderr).toBe(0)
    expect(out.split('\n')[0]).toBe(
      'LlamaForCausalLM (llama), torchtitan, seed 0, bfloat16: 21 tensors, 551,552 parameters, 1.1 MB in 4 files',
    )
    expect(out).toMatch(
      /model\.layers\.1\.mlp\.down_proj\.weight +\[128, 256\] +bfloat16 +model-00003-of-00004\.safetensors +trunc_normal/,
    )
  })

  it('writes config.json, the shards and the index; N processes (K/N and from the job runner’s variables) = 1', async () => {
    const single = join(dir, 'single')
    const one = await cli([
      'checkpoint',
      config,
      '-o',
      single,
      '--max-shard-size',
      '300kB',
      '--seed',
      '3',
    ])
    expect(one.code, one.stderr).toBe(0)
    expect(one.stderr).toMatch(
      /^wrote .*single: 4 files, [\d.]+ MB, LlamaForCausalLM 551,552 parameters, hf seed 3 bfloat16, in [\d.]+ s \([\d.]+ .B\/s\)\n$/,
    )
    const files = await digests(single)
    expect(Object.keys(files)).toEqual([
      'config.json',
      'model-00001-of-00004.safetensors',
      'model-00002-of-00004.safetensors',
      'model-00003-of-00004.safetensors',
      'model-00004-of-00004.safetensors',
      'model.safetensors.index.json',
    ])
    const written = JSON.parse(await readFile(join(single, 'config.json'), 'utf8'))
    expect(written).toMatchObject({
      dtype: 'bfloat16',
      torch_dtype: 'bfloat16',
      architectures: ['LlamaForCausalLM'],
    })
    const { tensors } = await readSafetensorsFile(join(single, 'model-00001-of-00004.safetensors'))
    expect(tensors['model.embed_tokens.weight']?.shape).toEqual([1000, 128])
    const shared = join(dir, 'shared')
    const runs = await Promise.all([
      cli([
        'checkpoint',
        config,
        '-o',
        shared,
        '--max-shard-size',
        '300kB',
        '--seed',
        '3',
        '--shard-files',
        '0/3',
      ]),
      cli(
        [
          'checkpoint',
          config,
          '-o',
          shared,
          '--max-shard-size',
          '300kB',
          '--seed',
          '3',
          '--shard-files',
          '3',
        ],
        {
          env: { JOB_COMPLETION_INDEX: '1' },
        },
      ),
      cli(
        [
          'checkpoint',
          config,
          '-o',
          shared,
          '--max-shard-size',
          '300kB',
          '--seed',
          '3',
          '--shard-files',
          '3',
          '--json',
        ],
        {
          env: { SLURM_ARRAY_TASK_ID: '2' },
        },
      ),
    ])
    for (const run of runs) expect(run.code, run.stderr).toBe(0)
    expect(runs[1]?.stderr).toMatch(/: 1 of 4 files \(process 1 of 3\)/)
    const json = JSON.parse(runs[2]?.out ?? '')
    expect(json.shardFiles).toEqual({ index: 2, count: 3 })
    expect(json.written.map((w: { path: string }) => w.path.split('/').pop())).toEqual([
      'model-00003-of-00004.safetensors',
      'model.safetensors.index.json',
      'config.json',
    ])
    expect(await digests(shared)).toEqual(files)
  }, 60_000)

  it('bad input: one line, exit 2, nothing written', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['checkpoint', config],
        /checkpoint needs -o DIR \(or --dry-run to only see the plan\) \[INVALID_ARGUMENT\]/,
      ],
      [
        ['checkpoint', config, '--dry-run', '--recipe', 'megatorn'],
        /unknown scheme 'megatorn' \(did you mean 'megatron'\?\)/,
      ],
      [
        ['checkpoint', config, '--dry-run', '--recipe-option', 'std'],
        /--recipe-option must be KEY=VALUE/,
      ],
      [
        ['checkpoint', config, '--dry-run', '--recipe-option', 'sdt=0.1'],
        /\[UNKNOWN_SCHEME_OPTION\]/,
      ],
      [
        ['checkpoint', config, '--dry-run', '--dtype', 'float64'],
        /dtype must be one of float32, float16, bfloat16/,
      ],
      [
        ['checkpoint', config, '--dry-run', '--max-shard-size', '5XB'],
        /--max-shard-size must be a size/,
      ],
      [
        ['checkpoint', config, '-o', join(dir, 'never'), '--shard-files', '3/3'],
        /--shard-files K\/N needs 0 ≤ K < N/,
      ],
      [
        ['checkpoint', config, '-o', join(dir, 'never'), '--shard-files', '4'],
        /needs this process's index: give K\/4/,
      ],
      [
        ['checkpoint', config, '--dry-run', '--architecture', 'LlamaForMaskedLM'],
        /llama has no manifest for the class "LlamaForMaskedLM"/,
      ],
      [['checkpoint', join(dir, 'missing.json'), '--dry-run'], /\[PATH_NOT_FOUND\]/],
    ]
    for (const [args, message] of cases) {
      const { code, stderr } = await inProcess(args)
      expect(code, args.join(' ')).toBe(2)
      expect(stderr).toMatch(message)
      expect(stderr.trim().split('\n')).toHaveLength(1)
    }
    // --shard-files N without K, and no job runner's variable: a subprocess with them cleared
    const noIndex = await cli(
      ['checkpoint', config, '-o', join(dir, 'never'), '--shard-files', '4'],
      {
        env: { JOB_COMPLETION_INDEX: '', SLURM_ARRAY_TASK_ID: '' },
      },
    )
    expect(noIndex.code).toBe(2)
    expect(noIndex.stderr).toMatch(
      /needs this process's index: give K\/4, or run it as a Kubernetes Indexed Job/,
    )
    const slurm = await cli(
      ['checkpoint', config, '-o', join(dir, 'never'), '--shard-files', '4'],
      {
        env: { JOB_COMPLETION_INDEX: '', SLURM_ARRAY_TASK_ID: '4' },
      },
    )
    expect(slurm.stderr).toMatch(
      /SLURM_ARRAY_TASK_ID="4" is not an index from 0 to 3 for --shard-files 4 \(run the array as --array=0-3\)/,
    )
    await writeFile(join(dir, 'bad.json'), '{"model_type": "llama",')
    const bad = await inProcess(['checkpoint', join(dir, 'bad.json'), '--dry-run'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/is not valid JSON.*\[INVALID_MODEL_CONFIG\]/)
    await writeFile(join(dir, 'unknown.json'), '{"model_type": "t5"}')
    const unknown = await inProcess(['checkpoint', join(dir, 'unknown.json'), '--dry-run'])
    expect(unknown.stderr).toBe(
      "weightinit checkpoint: config.json's model_type 't5' has no manifest; weightinit knows llama, mistral, qwen2, gpt2, bert, gpt_neox [UNKNOWN_ARCHITECTURE]\n",
    )
    expect((await readdir(dir)).filter((n) => n === 'never')).toEqual([])
  })
})
