import { readModel } from './src/model/readModel'
import { planPatch } from './src/patch/planPatch'
const m = await readModel(process.argv[2]!)
const r = planPatch(m, { seed: 1, recipe: (process.argv[3] ?? 'auto') as 'auto' })
for (const t of r.tensors) console.log(`${t.name.slice(-36).padEnd(36)} ${t.role.padEnd(14)} ${t.op ?? ''} [${t.shape}] ${t.fanIn}/${t.fanOut} ${t.activation?.nonlinearity ?? ''} g=${t.gain?.toFixed(3) ?? ''} ${t.action} ${t.spec ? JSON.stringify(t.spec) : ''} std=${t.std?.toFixed(4) ?? ''} | ${t.reason}`)
console.log('changed', r.changed)
