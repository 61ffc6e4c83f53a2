import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { type DType, type InitSpec, plan, sample } from '@weightinit/core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { guide } from '../.vitepress/config'
import { hexBits } from '../.vitepress/theme/lib/playground'
import { accessibilityViolations } from './accessibility'
import { openPage } from './openPage'
import {
  artifactsDir,
  builtPages,
  distDir,
  docsRoot,
  elementIds,
  ensureBuilt,
  internalLinks,
} from './site'
import { resolveFile } from './staticServer'
import { useSite } from './useSite'

// Build (when missing or stale) while the tests are collected: the page list comes from the build.
ensureBuilt()

const site = useSite()

/** Opens a page and records every problem on it ({@link openPage}: external requests included). */
function open(path: string): Promise<{ page: Page; problems: string[] }> {
  return openPage(site.browser, site.server, path)
}

/** The pages a reader reaches from the navigation: everything but the API reference's leaves. */
function mainPages(): string[] {
  return builtPages().filter(
    (page) =>
      page !== '/404.html' &&
      (!page.startsWith('/api/') ||
        page === '/api/index.html' ||
        /^\/api\/@weightinit\/[^/]+\/index\.html$/.test(page)),
  )
}

describe('the built site', () => {
  it('has every page of the guide, the porting tables, the playground and the API reference', () => {
    const pages = builtPages()
    for (const page of [
      '/index.html',
      '/guide/getting-started.html',
      '/guide/why-initialization.html',
      '/guide/signal-propagation.html',
      '/guide/choosing.html',
      '/guide/random.html',
      '/guide/xavier-glorot.html',
      '/guide/he-kaiming.html',
      '/guide/lecun.html',
      '/guide/truncation.html',
      '/guide/orthogonal.html',
      '/guide/identity-dirac.html',
      '/guide/sparse.html',
      '/guide/gains.html',
      '/guide/fans.html',
      '/guide/reproducibility.html',
      '/guide/dtypes.html',
      '/guide/normalization.html',
      '/guide/recurrent.html',
      '/guide/attention.html',
      '/guide/transfer.html',
      '/guide/tfjs.html',
      '/guide/onnx.html',
      '/guide/buffers.html',
      '/guide/cli.html',
      '/guide/from-scratch.html',
      '/guide/fine-tuning.html',
      '/guide/gpt2-megatron.html',
      '/guide/neox.html',
      '/guide/torchtitan.html',
      '/guide/mup.html',
      '/guide/deepnet-fixup.html',
      '/guide/vit.html',
      '/porting.html',
      '/playground.html',
      '/api/index.html',
      '/api/@weightinit/core/index.html',
      '/api/@weightinit/core/functions/plan.html',
    ]) {
      expect(pages).toContain(page)
    }
  })

  it('lists every guide page in the sidebar, and every sidebar entry is a built page', () => {
    const linked = guide.flatMap((group) => group.items ?? []).map((item) => item.link)
    const written = readdirSync(join(docsRoot, 'guide'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => `/guide/${file.slice(0, -'.md'.length)}`)
    expect([...linked].sort()).toEqual(written.sort())
    const pages = builtPages()
    for (const link of linked) expect(pages).toContain(`${link}.html`)
  })

  it('has no broken internal link or anchor on any page, the API reference included', () => {
    const broken: string[] = []
    const ids = new Map<string, Set<string>>()
    for (const page of builtPages()) {
      for (const link of internalLinks(page)) {
        const file = resolveFile(distDir, link.pathname)
        if (!file) {
          broken.push(`${page} → ${link.pathname}`)
          continue
        }
        if (link.hash.length > 1 && file.endsWith('.html')) {
          const target = file.slice(distDir.length).replaceAll('\\', '/')
          if (!ids.has(target)) ids.set(target, elementIds(target))
          const id = decodeURIComponent(link.hash.slice(1))
          if (!ids.get(target)!.has(id)) broken.push(`${page} → ${link.pathname}${link.hash}`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it.each(mainPages())(
    '%s loads with no console errors or broken links, passes axe (light and dark), fits a phone',
    async (path) => {
      const { page, problems } = await open(path)
      try {
        // Signal plots are computed after load (in a worker): let every one finish, errors
        // included. The signal page has 6 initializers × 2 activations.
        await page.waitForFunction(
          () =>
            Array.from(document.querySelectorAll<HTMLElement>('.wi-signal')).every(
              (explorer) => explorer.dataset['state'] === 'done',
            ),
          undefined,
          { timeout: 150_000 },
        )
        if (path === '/guide/signal-propagation.html') {
          expect(await page.locator('.wi-signal polyline').count()).toBe(12)
          // Computed off the main thread: the page runs the signal worker.
          const workers = page.workers().map((worker) => worker.url())
          expect(workers.some((url) => /signal\.worker-[\w-]+\.js$/.test(url))).toBe(true)
        }
        // Runnable examples run in the page too.
        const buttons = page.locator('.wi-run button')
        for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click()
        for (let i = 0; i < (await buttons.count()); i++) {
          await page.locator('.wi-run').nth(i).locator('[data-testid="example-output"]').waitFor()
        }
        const hrefs = await page.$$eval('a[href]', (anchors) =>
          anchors.map((a) => (a as HTMLAnchorElement).href),
        )
        for (const href of hrefs) {
          const url = new URL(href)
          if (url.origin !== site.server.origin) continue
          if (!resolveFile(distDir, url.pathname)) problems.push(`broken link: ${url.pathname}`)
        }
        await page.waitForTimeout(100)
        expect(problems).toEqual([])
        // WCAG 2.1 A and AA, as axe-core checks them, with the examples' outputs shown, in the
        // light theme and then in the dark one (VitePress switches it with a class on <html>).
        expect(await accessibilityViolations(page)).toEqual([])
        // (Transitions off, so that axe sees the dark colours, not colours halfway there.)
        await page.addStyleTag({
          content: '*, *::before, *::after { transition: none !important }',
        })
        await page.evaluate(() => document.documentElement.classList.add('dark'))
        expect(await accessibilityViolations(page), 'dark theme').toEqual([])
        // Readable on a phone: the page itself never scrolls sideways (wide tables and code
        // blocks scroll inside their own box).
        await page.setViewportSize({ width: 390, height: 844 })
        await page.waitForTimeout(50)
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, 'horizontal overflow at 390 px').toBeLessThanOrEqual(0)
      } finally {
        await page.close()
      }
    },
    120_000,
  )
})

/** Waits until the playground has computed the state in the URL. */
async function playgroundReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="pg-results"][data-state="ready"]', { timeout: 30_000 })
}

/** The first values the browser generated, as bit patterns. */
async function firstBits(page: Page): Promise<string[]> {
  const bits = await page.getAttribute('[data-testid="pg-first-values"]', 'data-bits')
  return (bits ?? '').split(' ')
}

interface GoldenCase {
  readonly spec: InitSpec
  readonly shape: readonly number[]
  readonly seed: number
  readonly key: string
  readonly dtype: DType
  readonly engine: 'auto' | 'js' | 'wasm'
}

const golden: readonly GoldenCase[] = [
  {
    spec: { init: 'kaiming_normal' },
    shape: [64, 32],
    seed: 7,
    key: 'golden.weight',
    dtype: 'float32',
    engine: 'auto',
  },
  {
    spec: { init: 'kaiming_normal' },
    shape: [64, 32],
    seed: 7,
    key: 'golden.weight',
    dtype: 'float32',
    engine: 'js',
  },
  {
    spec: { init: 'he_normal' },
    shape: [3, 3, 16, 32],
    seed: 0,
    key: 'conv.kernel',
    dtype: 'float64',
    engine: 'auto',
  },
  {
    spec: { init: 'xavier_uniform' },
    shape: [128, 256],
    seed: 2 ** 40 + 3,
    key: 'fc',
    dtype: 'bfloat16',
    engine: 'auto',
  },
  {
    spec: { init: 'trunc_normal', std: 0.02 },
    shape: [100],
    seed: 11,
    key: 'emb',
    dtype: 'float16',
    engine: 'wasm',
  },
  {
    spec: { init: 'orthogonal' },
    shape: [16, 24],
    seed: 5,
    key: 'q',
    dtype: 'float32',
    engine: 'auto',
  },
]

describe('the accessibility check', () => {
  it('catches what it is there to catch: an unlabelled control and low contrast', async () => {
    const page = await site.browser.context.newPage()
    try {
      await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main>
        <h1>Title</h1>
        <input type="text">
        <p style="color:#aaa;background:#fff">faint text</p>
      </main></body></html>`)
      const rules = (await accessibilityViolations(page)).map((violation) => violation.rule)
      expect(rules).toEqual(expect.arrayContaining(['label', 'color-contrast']))
    } finally {
      await page.close()
    }
  })
})

describe('the playground', () => {
  it.each(golden)(
    'generates in the browser the bits that Node generates: $spec.init $dtype $engine',
    async (c) => {
      const query = new URLSearchParams({
        init: c.spec.init,
        shape: c.shape.join('x'),
        seed: String(c.seed),
        key: c.key,
        dtype: c.dtype,
        engine: c.engine,
      })
      for (const [name, value] of Object.entries(c.spec)) {
        if (name !== 'init') query.set(`o.${name}`, String(value))
      }
      const { page, problems } = await open(`/playground.html?${query}`)
      try {
        await playgroundReady(page)
        const node = sample(plan(c.spec, c.shape), {
          seed: c.seed,
          key: c.key,
          dtype: c.dtype,
          count: Math.min(
            8,
            c.shape.reduce((a, b) => a * b, 1),
          ),
        })
        expect(await firstBits(page)).toEqual(hexBits(node))
        if (c.engine === 'wasm' || c.engine === 'auto') {
          // Chromium runs WebAssembly SIMD: the fast engine is the one compared.
          expect(await page.textContent('[data-testid="pg-engine-used"]')).toBe('wasm')
        }
        expect(problems).toEqual([])
      } finally {
        await page.close()
      }
    },
  )

  it('updates the plan, the histogram and the URL when the initializer changes; works from the keyboard', async () => {
    const { page, problems } = await open('/playground.html')
    try {
      await playgroundReady(page)
      const planBefore = await page.textContent('[data-testid="plan"]')
      const histogramBefore = await page.getAttribute('.wi-plot[data-signature]', 'data-signature')
      expect(planBefore).toContain('normal')

      await page.selectOption('[data-testid="pg-init"]', 'xavier_uniform')
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid="plan"]')?.textContent !== before,
        planBefore,
      )
      await playgroundReady(page)
      const planAfter = await page.textContent('[data-testid="plan"]')
      expect(planAfter).toContain('uniform')
      expect(planAfter).toContain('fan_in + fan_out')
      const histogramAfter = await page.getAttribute('.wi-plot[data-signature]', 'data-signature')
      expect(histogramAfter).not.toBe(histogramBefore)
      expect(page.url()).toContain('init=xavier_uniform')

      // Keyboard only: focus the shape, type a conv shape, press Enter.
      await page.focus('[data-testid="pg-shape"]')
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.type('64,3,3,3')
      await page.keyboard.press('Enter')
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="plan"]')?.textContent?.includes('3 · 3·3 = 27'),
      )
      expect(page.url()).toContain('shape=64%2C3%2C3%2C3')

      // The signal plot takes a normalization and residual blocks, and the URL keeps them.
      await page.selectOption('[data-testid="pg-normalization"]', 'batch')
      await page.check('[data-testid="pg-residual"]')
      await page.waitForFunction(() =>
        document
          .querySelector('#pg-signal-title ~ .wi-hint')
          ?.textContent?.includes('residual relu layers with batch norm'),
      )
      expect(page.url()).toContain('norm=batch')
      expect(page.url()).toContain('res=1')

      // Every control has a label.
      const unlabelled = await page.$$eval(
        '.wi-playground input, .wi-playground select',
        (controls) =>
          controls
            .filter((control) => (control as HTMLInputElement).labels?.length === 0)
            .map((control) => control.outerHTML.slice(0, 80)),
      )
      expect(unlabelled).toEqual([])

      // A shared link restores the state.
      const shared = await site.browser.context.newPage()
      await shared.goto(page.url())
      await playgroundReady(shared)
      expect(await shared.inputValue('[data-testid="pg-init"]')).toBe('xavier_uniform')
      expect(await shared.inputValue('[data-testid="pg-shape"]')).toBe('64,3,3,3')
      await shared.close()

      await page.waitForSelector('#pg-signal-title ~ figure')
      await page.screenshot({ path: join(artifactsDir, 'playground-desktop.png'), fullPage: true })
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('shows a clear error for bad input', async () => {
    const { page, problems } = await open('/playground.html?shape=12x-3')
    try {
      await page.waitForSelector('[data-testid="pg-error"]')
      expect(await page.textContent('[data-testid="pg-error"]')).toContain('shape')
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('is readable on a phone: no horizontal scrolling', async () => {
    const { page, problems } = await open('/playground.html?init=he_normal&shape=3x3x64x128')
    try {
      await page.setViewportSize({ width: 390, height: 844 })
      await playgroundReady(page)
      await page.waitForSelector('#pg-signal-title ~ figure')
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await page.screenshot({ path: join(artifactsDir, 'playground-phone.png'), fullPage: true })
      expect(problems).toEqual([])
    } finally {
      await page.close()
    }
  })
})
