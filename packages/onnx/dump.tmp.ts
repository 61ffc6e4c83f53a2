import { readModel } from './src/model/readModel'
import { walkModel } from './src/model/walkModel'
const m = await readModel(process.argv[2]!)
const { graphs } = walkModel(m.proto)
for (const g of graphs.slice(0, Number(process.argv[3] ?? 99))) {
  console.log('== graph', g.path, 'init', g.graph.initializer.map((t) => `${t.name}[${t.dims.join(',')}]`).join(' '))
  for (const n of g.graph.node.slice(0, 200)) console.log(`  ${n.opType}(${n.input.join(', ')}) -> ${n.output.join(', ')} ${n.attribute.map((a) => a.name + '=' + (a.i ?? '') + (a.f ?? '') + (a.ints.length ? '[' + a.ints.join(',') + ']' : '')).join(' ')}`)
}
