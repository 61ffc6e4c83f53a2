import { plan, sample } from '@weightinit/core'
import { decode, encode } from '@weightinit/core/dtype'

const p = plan('xavier_normal', [4, 4])
const f32 = sample(p, { seed: 9, count: 4 })
const f16 = sample(p, { seed: 9, count: 4, dtype: 'float16' })
const bf16 = sample(p, { seed: 9, count: 4, dtype: 'bfloat16' })
console.log('float32 ', f32)
console.log(
  'float16 bits',
  Array.from(f16, (b) => `0x${b.toString(16).padStart(4, '0')}`).join(' '),
  '=',
  decode(f16, 'float16'),
)
console.log(
  'bfloat16 bits',
  Array.from(bf16, (b) => `0x${b.toString(16).padStart(4, '0')}`).join(' '),
  '=',
  decode(bf16, 'bfloat16'),
)

// float16 and bfloat16 samples are the float32 samples rounded to nearest even:
console.log(
  'same as encoding float32:',
  encode(f32, 'float16').every((b, i) => b === f16[i]),
)
console.log('float64', sample(p, { seed: 9, count: 2, dtype: 'float64' }))
