import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  fromBytes,
  readNpy,
  readRecipe,
  readSafetensors,
  toBytes,
  writeNpy,
  writeSafetensors,
} from '@weightinit/buffers'
import { readSafetensorsFile, sampleInThreads, writeWeightsFile } from '@weightinit/buffers/node'
import { plan, sample } from '@weightinit/core'

// In memory: bytes, .npy and .safetensors. Runs in browsers too.
const p = plan({ init: 'kaiming_normal', nonlinearity: 'relu' }, [256, 128])
const half = sample(p, { seed: 42, key: 'fc.weight', dtype: 'float16' }) // Uint16Array of float16 bits
const bytes = toBytes(half, 'float16') // little-endian
console.log(
  'float16 bytes:',
  bytes.length,
  'round trip:',
  fromBytes(bytes, 'float16').every((v, i) => v === half[i]),
)
const npy = readNpy(writeNpy(half, [256, 128], 'float16')) // what np.save writes, and back
console.log('.npy:', npy.dtype, `[${npy.shape}]`)
const st = writeSafetensors({ 'fc.weight': { data: half, shape: [256, 128], dtype: 'float16' } })
console.log(
  '.safetensors:',
  Object.keys(readSafetensors(st).tensors).join(', '),
  st.length,
  'bytes',
)

// On disk: a whole weight set streamed in 1 MiB chunks, across 2 threads, written atomically.
const dir = await mkdtemp(join(tmpdir(), 'weightinit-buffers-'))
try {
  const weights = {
    'fc1.weight': { spec: 'kaiming_uniform', shape: [2048, 1024], dtype: 'bfloat16' },
    'fc1.bias': { spec: 'zeros', shape: [2048], dtype: 'bfloat16' },
    'fc2.weight': { spec: { init: 'xavier_normal' }, shape: [1024, 2048] },
  } as const
  const whole = join(dir, 'model.safetensors')
  let chunks = 0
  const written = await writeWeightsFile(whole, weights, {
    seed: 42,
    threads: 2,
    chunkBytes: 1 << 20,
    onProgress: () => chunks++,
  })
  console.log('wrote', written.bytes, 'bytes in', chunks, 'chunks')

  // The file records its recipe; each tensor is what sample() draws with its name as key.
  const file = await readSafetensorsFile(whole, { names: ['fc2.weight'] })
  const recipe = readRecipe(file.metadata)!
  console.log(
    'recipe: seed',
    recipe.seed,
    'stream version',
    recipe.streamVersion,
    Object.keys(recipe.weights).join(', '),
  )
  const expected = sample(plan('xavier_normal', [1024, 2048]), { seed: 42, key: 'fc2.weight' })
  const fc2 = file.tensors['fc2.weight']!.data as Float32Array
  console.log(
    'fc2.weight equals sample():',
    fc2.every((v, i) => v === expected[i]),
  )

  // Shards: three independent writers; their files, concatenated in order, are the whole file.
  const parts = await Promise.all(
    [0, 1, 2].map(async (index) => {
      const part = join(dir, `model.safetensors.part-${index}`)
      await writeWeightsFile(part, weights, { seed: 42, shard: { index, count: 3 }, threads: 1 })
      return readFile(part)
    }),
  )
  const joined = Buffer.concat(parts)
  console.log(
    `shards of ${parts.map((b) => b.length).join(', ')} bytes; concatenated, the file:`,
    joined.equals(await readFile(whole)),
  )

  // Threads: the same bits as sample(), for any thread count.
  const big = plan('kaiming_normal', [2048, 2048])
  const threaded = await sampleInThreads(big, { seed: 7, key: 'w', threads: 2 })
  const single = sample(big, { seed: 7, key: 'w' })
  console.log(
    '2 threads equal 1:',
    threaded.every((v, i) => v === single[i]),
  )
} finally {
  await rm(dir, { recursive: true, force: true })
}
