/**
 * The Quick start's main job (until the CLI lands): plan the initialization of a small CNN and an
 * MLP the way PyTorch, Keras and weightinit would, and print what each number is and where it
 * comes from.
 */
import { type InitSpec, type Layout, plan } from '@weightinit/core'

interface Row {
  readonly tensor: string
  readonly spec: InitSpec
  readonly shape: readonly number[]
  readonly layout?: Layout
  readonly groups?: number
}

const rows: readonly Row[] = [
  { tensor: 'conv1.weight (PyTorch default)', spec: { init: 'torch_default' }, shape: [32, 3, 3, 3] },
  { tensor: 'conv1.weight (He, ReLU)', spec: { init: 'kaiming_normal', nonlinearity: 'relu' }, shape: [32, 3, 3, 3] },
  {
    tensor: 'dw.weight (depthwise, torch fans)',
    spec: { init: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu' },
    shape: [32, 1, 3, 3],
  },
  {
    tensor: 'dw.weight (depthwise, groups=32)',
    spec: { init: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu' },
    shape: [32, 1, 3, 3],
    groups: 32,
  },
  { tensor: 'conv2/kernel (Keras he_normal)', spec: { init: 'he_normal' }, shape: [3, 3, 32, 64] },
  {
    tensor: 'conv2/kernel (tfjs heNormal as tfjs)',
    spec: { init: 'heNormal', correct: false },
    shape: [3, 3, 32, 64],
  },
  { tensor: 'fc1.weight (Xavier, tanh)', spec: { init: 'xavier_uniform', gain: 5 / 3 }, shape: [256, 1024] },
  { tensor: 'fc1.bias (PyTorch default)', spec: { init: 'torch_default_bias', fan_in: 1024 }, shape: [256] },
  { tensor: 'lstm.weight_hh (orthogonal)', spec: { init: 'orthogonal' }, shape: [512, 128] },
  { tensor: 'vit.pos_embed (trunc_normal .02)', spec: { init: 'trunc_normal', std: 0.02 }, shape: [1, 197, 768] },
]

const fmt = (value: number | undefined) => (value === undefined ? '' : Number(value.toPrecision(6)).toString())
const table = rows.map(({ tensor, spec, shape, layout, groups }) => {
  const p = plan(spec, shape, { ...(layout ? { layout } : {}), ...(groups ? { groups } : {}) })
  return {
    tensor,
    init: p.initializer,
    shape: `[${shape.join(',')}]`,
    distribution: p.distribution,
    fanIn: 'fanIn' in p ? fmt(p.fanIn) : '',
    fanOut: 'fanOut' in p ? fmt(p.fanOut) : '',
    gain: 'gain' in p ? fmt(p.gain) : '',
    std: fmt(p.std),
    'σ / bound': p.distribution === 'truncated_normal' ? fmt(p.sigma) : p.distribution === 'uniform' ? fmt(p.bound) : '',
  }
})
console.log('weightinit: parameters planned for a small CNN and MLP (nothing sampled)\n')
console.table(table)
const example = plan({ init: 'he_normal' }, [3, 3, 32, 64])
console.log('\nHow he_normal on [3, 3, 32, 64] was derived:')
for (const step of example.explanation) console.log(`  ${step.quantity.padEnd(8)} = ${fmt(step.value).padEnd(12)} ${step.formula}`)
