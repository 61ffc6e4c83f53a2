import { describe, expect, it } from 'vitest'
import { captureExample, type ExampleLoader } from '../.vitepress/theme/lib/examples'

const modules = import.meta.glob('../examples/*.ts') as Record<string, ExampleLoader>
const names = Object.keys(modules).map((path) => path.replace('../examples/', ''))

/** Every guide example runs in Node with the same core the pages bundle, and prints something. */
describe('examples', () => {
  it.each(names)('%s runs and prints', async (name) => {
    const output = await captureExample(modules[`../examples/${name}`]!)
    if (process.env.SHOW_EXAMPLES) console.info(`--- ${name}\n${output}`)
    expect(output.length).toBeGreaterThan(0)
    expect(output).not.toMatch(/NaN|undefined/)
  })
})

const nodeModules = import.meta.glob('../examples/node/*.ts') as Record<string, ExampleLoader>
const nodeNames = Object.keys(nodeModules).map((path) => path.replace('../examples/node/', ''))

/**
 * The adapters' examples (files, threads, tfjs, onnxruntime-node) run in Node only: the pages show
 * them but do not bundle them. Each runs from the workspace sources and prints something.
 */
describe('node examples', () => {
  it.each(nodeNames)('node/%s runs and prints', async (name) => {
    const output = await captureExample(nodeModules[`../examples/node/${name}`]!)
    if (process.env.SHOW_EXAMPLES) console.info(`--- node/${name}\n${output}`)
    expect(output.length).toBeGreaterThan(0)
    expect(output).not.toMatch(/NaN|undefined/)
  })
})
