import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DType, sample } from '@weightinit/core'
import { decode } from '@weightinit/core/dtype'
import { expectRejection } from '@weightinit/test-utils'
import { afterAll, describe, expect, it } from 'vitest'
import { readSafetensorsFile } from '../readSafetensorsFile'
import { runChild } from '../testing/runChild'
import type { HfConfig } from './architecture.types'
import type { CheckpointTensor } from './checkpoint.types'
import { writeCheckpoint } from './writeCheckpoint'

const root = mkdtempSync(join(tmpdir(), 'weightinit-checkpoint-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let folders = 0
const folder = () => join(root, `c${folders++}`)

/** A small Llama: grouped-query k/v (8 heads, 2 kv heads), a padding row, an untied head. */
const llama: HfConfig = {
  model_type: 'llama',
  architectures: ['LlamaForCausalLM'],
  vocab_size: 2000,
  hidden_size: 256,
  intermediate_size: 512,
  num_hidden_layers: 2,
  num_attention_heads: 8,
  num_key_value_heads: 2,
  pad_token_id: 3,
  initializer_range: 0.02,
}

/** A tensor's elements as float64, whatever its dtype. */
function values(data: ArrayLike<number>, dtype: DType): Float64Array {
  const floats =
    dtype === 'float16' || dtype === 'bfloat16'
      ? decode(data as Uint16Array, dtype)
      : (data as Float32Array)
  return Float64Array.from(floats)
}

function std(x: Float64Array): number {
  let mean = 0
  for (const v of x) mean += v
  mean /= x.length
  let variance = 0
  for (const v of x) variance += (v - mean) ** 2
  return Math.sqrt(variance / x.length)
}

const planStd = (t: CheckpointTensor) => (t.plan.packed ? undefined : t.plan.plan.std)

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')
const digests = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, sha(join(dir, name))]),
  )

describe('writeCheckpoint', () => {
  for (const recipe of ['hf', 'torchtitan'] as const) {
    it(`writes files the reader reads back, each tensor drawn as planned (${recipe}, bfloat16)`, async () => {
      const dir = folder()
      const { plan, written } = await writeCheckpoint(llama, dir, {
        seed: 11,
        recipe,
        dtype: 'bfloat16',
        maxShardSize: 2e6,
        threads: 1,
      })
      expect(plan.files.length).toBeGreaterThan(2)
      expect(written.map((w) => w.path.slice(dir.length + 1))).toEqual([
        ...plan.files.map((f) => f.name),
        'model.safetensors.index.json',
        'config.json',
      ])
      expect(readdirSync(dir).sort()).toEqual(
        [...plan.files.map((f) => f.name), 'model.safetensors.index.json', 'config.json'].sort(),
      )
      expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(plan.config)
      expect(readFileSync(join(dir, 'model.safetensors.index.json'), 'utf8')).toBe(plan.index)
      const seen = new Set<string>()
      for (const file of plan.files) {
        const { tensors, metadata } = await readSafetensorsFile(join(dir, file.name))
        expect(metadata.format).toBe('pt')
        expect(Object.keys(tensors).sort()).toEqual([...file.tensors].sort())
        for (const [name, tensor] of Object.entries(tensors)) {
          seen.add(name)
          const planned = plan.tensors.find((t) => t.name === name) as CheckpointTensor
          expect(tensor.dtype).toBe('bfloat16')
          expect(tensor.shape).toEqual(planned.shape)
          const x = values(tensor.data, 'bfloat16')
          const expected = planStd(planned) as number
          if (planned.role === 'rms_norm_scale') expect(new Set(x)).toEqual(new Set([1]))
          else if (name === 'model.embed_tokens.weight' && recipe === 'hf') {
            // the padding row (pad_token_id 3) is zero, the rest N(0, 0.02)
            expect(x.subarray(3 * 256, 4 * 256).every((v) => v === 0)).toBe(true)
            expect(x.subarray(2 * 256, 3 * 256).some((v) => v !== 0)).toBe(true)
            expect(Math.abs(std(x) / expected - 1)).toBeLessThan(0.03)
          } else {
            // every weight’s sample std within 3% of its plan (≥ 16,384 elements each)
            expect(x.length).toBeGreaterThanOrEqual(16384)
            expect(Math.abs(std(x) / expected - 1), name).toBeLessThan(0.03)
          }
        }
      }
      expect(seen.size).toBe(plan.tensors.length)
    })
  }

  it('packed Q/K/V blocks: each block is core’s sample under name#Q/#K/#V, placed where the model reads it', async () => {
    const cases: { config: HfConfig; name: string; packing: 'heads' | 'blocks' }[] = [
      {
        config: {
          model_type: 'gpt_neox',
          vocab_size: 64,
          hidden_size: 32,
          num_hidden_layers: 1,
          num_attention_heads: 4,
          intermediate_size: 64,
        },
        name: 'gpt_neox.layers.0.attention.query_key_value.weight',
        packing: 'heads',
      },
      {
        config: {
          model_type: 'gpt2',
          vocab_size: 64,
          n_embd: 32,
          n_layer: 1,
          n_head: 4,
          n_positions: 8,
        },
        name: 'transformer.h.0.attn.c_attn.weight',
        packing: 'blocks',
      },
    ]
    for (const { config, name, packing } of cases) {
      const dir = folder()
      const { plan } = await writeCheckpoint(config, dir, {
        seed: 5,
        recipe: 'deepnet',
        dtype: 'float32',
        threads: 1,
      })
      const planned = plan.tensors.find((t) => t.name === name) as CheckpointTensor
      if (!planned.plan.packed) throw new Error('expected a packed plan')
      const { tensors } = await readSafetensorsFile(join(dir, 'model.safetensors'), {
        names: [name],
      })
      const actual = tensors[name]!.data as Float32Array
      const expected = new Float32Array(actual.length)
      const d = 32
      const headDim = 8
      planned.plan.parts.forEach((part, p) => {
        const block = sample(part.plan, { seed: 5, key: `${name}#${'QKV'[p]}`, dtype: 'float32' })
        if (packing === 'heads') {
          // [3d, d]: block row r (head r / 8, row r % 8) → row (r / 8)·24 + p·8 + r % 8
          for (let r = 0; r < d; r++) {
            const row = Math.floor(r / headDim) * 3 * headDim + p * headDim + (r % headDim)
            expected.set(block.subarray(r * d, (r + 1) * d), row * d)
          }
        } else {
          // Conv1D [d, 3d]: block column c → column p·d + c
          for (let r = 0; r < d; r++) {
            expected.set(block.subarray(r * d, (r + 1) * d), r * 3 * d + p * d)
          }
        }
      })
      // the blocks draw differently (DeepNet's β on v), so the tensor is drawn in pieces
      expect(new Set(planned.plan.parts.map((p) => JSON.stringify(p.spec))).size).toBeGreaterThan(1)
      expect(actual).toEqual(expected)
    }
  })

  it('threads and chunk sizes do not change a byte', async () => {
    const options = { seed: 2, dtype: 'float16', maxShardSize: 3e6 } as const
    const one = folder()
    const two = folder()
    await writeCheckpoint(llama, one, { ...options, threads: 1 })
    await writeCheckpoint(llama, two, { ...options, threads: 2, chunkBytes: 1 << 16 })
    expect(digests(two)).toEqual(digests(one))
  })

  it('N processes of a job array write, byte for byte, the files of one', async () => {
    const options = { seed: 9, dtype: 'bfloat16', maxShardSize: 1.5e6, threads: 1 }
    const single = folder()
    const shared = folder()
    const alone = await runChild(
      { config: llama, directory: single, options },
      { script: 'checkpointChild.ts' },
    )
    expect(
      alone.events.some((e) => e.done !== undefined),
      alone.stderr,
    ).toBe(true)
    const count = 3
    const runs = await Promise.all(
      Array.from({ length: count }, (_, index) =>
        runChild(
          {
            config: llama,
            directory: shared,
            options: { ...options, shardFiles: { index, count } },
          },
          { script: 'checkpointChild.ts' },
        ),
      ),
    )
    for (const run of runs)
      expect(
        run.events.some((e) => e.done !== undefined),
        run.stderr,
      ).toBe(true)
    const files = digests(single)
    expect(Object.keys(files).length).toBeGreaterThan(count + 2)
    expect(digests(shared)).toEqual(files)
    // each process wrote only its share: file j by process j mod 3, and the index and config
    const shares = runs.map((run) =>
      ((run.events.find((e) => e.done)?.done ?? []) as string[]).map((p) =>
        p.slice(shared.length + 1),
      ),
    )
    const weights = Object.keys(files)
      .filter((n) => n.endsWith('.safetensors'))
      .sort()
    shares.forEach((share, k) => {
      expect(share).toEqual([
        ...weights.filter((_, j) => j % count === k),
        'model.safetensors.index.json',
        'config.json',
      ])
    })
  }, 120_000)

  it('refuses a folder holding another checkpoint’s weight files, before writing', async () => {
    const dir = folder()
    await writeCheckpoint(llama, dir, { seed: 0, dtype: 'bfloat16', threads: 1 })
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'model.safetensors'])
    const error = await expectRejection(
      writeCheckpoint(llama, dir, { seed: 0, dtype: 'bfloat16', maxShardSize: 2e6, threads: 1 }),
      'FILE_EXISTS',
    )
    expect(error.message).toMatch(/holds model\.safetensors from another checkpoint/)
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'model.safetensors'])
    // the same checkpoint again is fine: its files are replaced
    writeFileSync(join(dir, 'notes.txt'), 'kept')
    await writeCheckpoint(llama, dir, { seed: 1, dtype: 'bfloat16', threads: 1 })
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'model.safetensors', 'notes.txt'])
  })

  it('a cancelled write leaves no partial file under a checkpoint name, and no temporary file', async () => {
    const dir = folder()
    const controller = new AbortController()
    await expectRejection(
      writeCheckpoint(llama, dir, {
        seed: 0,
        dtype: 'float32',
        maxShardSize: 2e6,
        threads: 1,
        chunkBytes: 1 << 16,
        signal: controller.signal,
        onProgress: (done) => {
          if (done > 3e6) controller.abort()
        },
      }),
      'WRITE_ABORTED',
    )
    const names = readdirSync(dir)
    expect(names.filter((n) => n.startsWith('.'))).toEqual([])
    expect(names).not.toContain('config.json')
    for (const name of names) {
      // every file that is there is whole: the reader accepts it
      await readSafetensorsFile(join(dir, name))
    }
  })
})
