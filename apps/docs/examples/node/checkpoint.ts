import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { architectureManifest } from '@weightinit/buffers'
import { readSafetensorsFile, writeCheckpoint } from '@weightinit/buffers/node'
import { sample } from '@weightinit/core'

// A small Llama, as a config.json describes it (grouped-query k/v: 8 heads, 2 for keys/values).
const config = {
  model_type: 'llama',
  architectures: ['LlamaForCausalLM'],
  vocab_size: 1000,
  hidden_size: 256,
  intermediate_size: 688,
  num_hidden_layers: 4,
  num_attention_heads: 8,
  num_key_value_heads: 2,
  tie_word_embeddings: false,
}
const manifest = architectureManifest(config) // the tensors, without writing anything
console.log(
  manifest.architecture,
  manifest.tensors.length,
  'tensors',
  manifest.parameters,
  'parameters',
)

const dir = await mkdtemp(join(tmpdir(), 'weightinit-checkpoint-'))
try {
  // Shards of at most 2 MB, as save_pretrained would split them, in bfloat16.
  const { plan } = await writeCheckpoint(config, dir, {
    seed: 0,
    recipe: 'hf',
    dtype: 'bfloat16',
    maxShardSize: 2e6,
  })
  console.log((await readdir(dir)).sort().join('\n'))
  const index = JSON.parse(await readFile(join(dir, 'model.safetensors.index.json'), 'utf8'))
  console.log(
    'total_size',
    index.metadata.total_size,
    'lm_head in',
    index.weight_map['lm_head.weight'],
  )

  // Every tensor is core's sample keyed by its name: anyone can check (or regenerate) any of it.
  const name = 'model.layers.3.mlp.down_proj.weight'
  const tensor = plan.tensors.find((t) => t.name === name)!
  if (tensor.plan.packed) throw new Error('a whole tensor was expected')
  const { tensors } = await readSafetensorsFile(join(dir, tensor.file), { names: [name] })
  const expected = sample(tensor.plan.plan, { seed: 0, key: name, dtype: 'bfloat16' })
  console.log(
    name,
    'equals sample():',
    tensors[name]!.data.every((v, i) => v === expected[i]),
  )
} finally {
  await rm(dir, { recursive: true, force: true })
}
