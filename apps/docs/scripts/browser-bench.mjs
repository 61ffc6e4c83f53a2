#!/usr/bin/env node
// The same @weightinit/core (its WebAssembly SIMD kernels included) timed in Node and in headless
// Chromium, in one run: `node scripts/browser-bench.mjs` (from apps/docs). It bundles core's source
// with esbuild, evaluates the same bundle in both, runs the same measuring function
// in both (medians of 9 runs after a warm-up, Node's and Chromium's alternating, one thread) and
// prints the figures with Chromium's time / Node's.
// A benchmark: it prints, it asserts nothing. Chromium: Debian's (/usr/bin/chromium or
// $CHROMIUM_PATH), never downloaded.
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const bundled = await build({
  entryPoints: [join(root, 'packages/core/src/index.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'weightinit',
  conditions: ['@weightinit/source'],
  logLevel: 'warning',
  write: false,
})
const bundle = bundled.outputFiles[0].text

/** The works: element-wise samplers (M samples/s) and orthogonal (seconds), one thread, WASM. */
const WORKS = [
  'uniform U(-1, 1) (M/s)',
  'normal N(0, 1) (M/s)',
  'truncated normal ±2σ (M/s)',
  'orthogonal 512×512 (s)',
  'orthogonal 1024×1024 (s)',
]

/** Runs in Node and in the page: one timed run of work `w` (after a warm-up on its first call). */
function measure(lib, w) {
  const N = 4096 * 4096
  const specs = [
    [{ init: 'uniform', a: -1, b: 1 }, [4096, 4096]],
    [{ init: 'normal' }, [4096, 4096]],
    [{ init: 'trunc_normal', a: -2, b: 2 }, [4096, 4096]],
    [{ init: 'orthogonal' }, [512, 512]],
    [{ init: 'orthogonal' }, [1024, 1024]],
  ]
  globalThis.benchInto ??= new Float32Array(N)
  const [spec, shape] = specs[w]
  const p = lib.plan(spec, shape)
  const run =
    w < 3
      ? () => lib.sample(p, { seed: 1, key: 'bench', into: globalThis.benchInto, engine: 'wasm' })
      : () => lib.sample(p, { seed: 1, key: 'bench', dtype: 'float32', engine: 'wasm' })
  globalThis.benchWarm ??= new Set()
  if (!globalThis.benchWarm.has(w)) {
    run()
    globalThis.benchWarm.add(w)
  }
  const start = performance.now()
  run()
  const seconds = (performance.now() - start) / 1000
  return w < 3 ? N / seconds / 1e6 : seconds
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
})
try {
  const page = await browser.newPage()
  await page.addScriptTag({ content: bundle })
  const version = browser.version()
  const lib = new Function(`${bundle}; return weightinit`)()
  // Node and Chromium runs alternate (9 each, medians: single runs here vary by ±20%): a busy machine slows both alike
  const rows = []
  for (let w = 0; w < WORKS.length; w++) {
    const node = []
    const chrome = []
    for (let r = 0; r < 9; r++) {
      node.push(measure(lib, w))
      chrome.push(await page.evaluate(`(${measure})(weightinit, ${w})`))
    }
    const [n, c] = [median(node), median(chrome)]
    const seconds = WORKS[w].endsWith('(s)')
    rows.push({
      work: WORKS[w],
      node: n.toFixed(seconds ? 3 : 0),
      chromium: c.toFixed(seconds ? 3 : 0),
      'chromium time / node time': `${(seconds ? c / n : n / c).toFixed(2)}×`,
    })
  }
  console.log(
    `node ${process.version} vs Chromium ${version} (headless, one thread each; medians of 9 alternating runs), load ${loadavg()[0].toFixed(1)}\n`,
  )
  console.table(rows)
} finally {
  await browser.close()
}
