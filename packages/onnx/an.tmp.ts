import { readModel } from './src/model/readModel'
import { analyze } from './src/analyze/analyze'
const m = await readModel(process.argv[2]!)
const a = analyze(m)
for (const t of a.tensors.slice(0, Number(process.argv[3] ?? 1000))) {
  if (t.dtype === null) continue
  const p = t.primary
  console.log(`${t.graphPath.slice(-20).padEnd(20)} ${t.name.slice(-40).padEnd(40)} [${t.shape}] ${t.role.padEnd(16)} ${p ? `${p.op}#${p.input} via[${p.via}] fans=${p.fans?.fanIn}/${p.fans?.fanOut} act=${p.activation?.nonlinearity ?? ''}(${p.activation?.op ?? ''} ${p.activation?.via.join('>') ?? ''}) owner=${p.owner?.name ?? ''}:${p.owner?.fanIn ?? ''}` : t.uses.map((u) => `${u.op}#${u.input}:${u.role}`).join(',')}${t.conflict ? ' CONFLICT ' + t.conflict : ''}`)
}
