import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import markdownItKatex from '@vscode/markdown-it-katex'
import { type DefaultTheme, defineConfig } from 'vitepress'
import { lightApiSidebar, type SidebarEntry } from './theme/lib/apiSidebar'

/** The KaTeX plugin (a CommonJS module whose function is its `default` export). */
const katexPlugin =
  (markdownItKatex as unknown as { default?: typeof markdownItKatex }).default ?? markdownItKatex

/** The guide, one page per idea, in reading order. */
export const guide: DefaultTheme.SidebarItem[] = [
  {
    text: 'Foundations',
    items: [
      { text: 'Why initialization matters', link: '/guide/why-initialization' },
      { text: 'What it does to training', link: '/guide/training' },
      { text: 'Getting started', link: '/guide/getting-started' },
      { text: 'Vanishing and exploding signals', link: '/guide/signal-propagation' },
      { text: 'Choosing an initializer', link: '/guide/choosing' },
    ],
  },
  {
    text: 'Initializers',
    items: [
      { text: 'Random: uniform and normal', link: '/guide/random' },
      { text: 'Xavier / Glorot', link: '/guide/xavier-glorot' },
      { text: 'He / Kaiming', link: '/guide/he-kaiming' },
      { text: 'LeCun', link: '/guide/lecun' },
      { text: 'Truncation', link: '/guide/truncation' },
      { text: 'Orthogonal', link: '/guide/orthogonal' },
      { text: 'Identity and Dirac', link: '/guide/identity-dirac' },
      { text: 'Sparse', link: '/guide/sparse' },
      { text: 'LSUV: data-dependent', link: '/guide/lsuv' },
    ],
  },
  {
    text: 'Architecture',
    items: [
      { text: 'Gains and activations', link: '/guide/gains' },
      { text: 'Fans: conv, transposed, grouped', link: '/guide/fans' },
      { text: 'Batch and layer normalization', link: '/guide/normalization' },
      { text: 'Recurrent layers', link: '/guide/recurrent' },
      { text: 'Attention and transformers', link: '/guide/attention' },
      { text: 'Pre-trained weights', link: '/guide/transfer' },
      { text: 'Fine-tuning', link: '/guide/fine-tuning' },
    ],
  },
  {
    text: 'Transformer schemes',
    items: [
      { text: 'GPT-2 and Megatron', link: '/guide/gpt2-megatron' },
      { text: 'GPT-NeoX', link: '/guide/neox' },
      { text: 'Llama in torchtitan', link: '/guide/torchtitan' },
      { text: 'μP', link: '/guide/mup' },
      { text: 'DeepNet, T-Fixup, Fixup', link: '/guide/deepnet-fixup' },
      { text: 'Vision transformers (timm)', link: '/guide/vit' },
    ],
  },
  {
    text: 'Packages',
    items: [
      { text: 'TensorFlow.js', link: '/guide/tfjs' },
      { text: 'ONNX models', link: '/guide/onnx' },
      { text: 'Bytes and files', link: '/guide/buffers' },
      { text: 'The command line', link: '/guide/cli' },
    ],
  },
  {
    text: 'Engineering',
    items: [
      { text: 'Reproducibility and sharding', link: '/guide/reproducibility' },
      { text: 'Dtypes', link: '/guide/dtypes' },
      { text: 'Start a model from scratch', link: '/guide/from-scratch' },
    ],
  },
]

/**
 * The API sidebar: from the one scripts/api.mjs writes (empty until it has run), each package's
 * entry points and kinds, linking to the index pages that list every item ({@link lightApiSidebar}).
 */
function apiSidebar(): SidebarEntry[] {
  const file = fileURLToPath(new URL('../api/typedoc-sidebar.json', import.meta.url))
  if (!existsSync(file)) return []
  return lightApiSidebar(JSON.parse(readFileSync(file, 'utf8')) as SidebarEntry[])
}

/**
 * The API reference's sidebars by path: on a package's pages, that package's entry points and
 * kinds, and the other packages as one link each; on `/api/` itself, every package.
 */
function apiSidebars(): DefaultTheme.SidebarMulti {
  const packages = apiSidebar()
  const top = { text: 'API reference', link: '/api/' }
  const sidebars: DefaultTheme.SidebarMulti = {
    '/api/': [top, ...packages] as DefaultTheme.SidebarItem[],
  }
  for (const pkg of packages) {
    if (!pkg.link) continue
    sidebars[pkg.link] = [
      top,
      ...packages.map((other) => (other === pkg ? other : { text: other.text, link: other.link })),
    ] as DefaultTheme.SidebarItem[]
  }
  return sidebars
}

/**
 * Bundle the workspace packages from their TypeScript source (no package build needed). Vite 5
 * adds these conditions to its defaults.
 */
const sourceConditions = ['@weightinit/source']

const base = process.env.DOCS_BASE ?? '/'

export default defineConfig({
  title: 'weightinit',
  description:
    'Weight initialization for neural networks, in TypeScript: exact, reproducible, explained.',
  lang: 'en-US',
  base,
  cleanUrls: false,
  lastUpdated: false,
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#3451b2' }],
  ],
  themeConfig: {
    nav: [
      { text: 'Guide', link: '/guide/why-initialization', activeMatch: '/guide/' },
      { text: 'Porting', link: '/porting' },
      { text: 'Playground', link: '/playground' },
      { text: 'API', link: '/api/', activeMatch: '/api/' },
    ],
    sidebar: {
      '/guide/': guide,
      '/porting': guide,
      ...apiSidebars(),
    },
    outline: { level: [2, 3] },
    search: {
      provider: 'local',
      options: {
        // Index the guide in full but only the titles of the API reference's hundreds of pages
        // (`Function: plan()`): rendering them all again for the index costs more than the rest of
        // the build.
        _render(src, env, md) {
          if (!env.relativePath.startsWith('api/')) return md.render(src, env)
          const title = src.split('\n').find((line) => line.startsWith('# '))
          return title ? md.render(title, env) : ''
        },
      },
    },
    footer: { message: 'MIT licensed.' },
  },
  // The README is for the repository, not a page of the site.
  srcExclude: ['README.md'],
  // The site's data (every page's hash, the sidebars) in one cached chunk, not inlined into each of
  // the hundreds of pages.
  metaChunk: true,
  markdown: {
    lineNumbers: false,
    // $…$ and $$…$$ are TeX, rendered to HTML and MathML by KaTeX while the site is built (its
    // stylesheet and fonts are bundled by the theme: nothing is fetched from elsewhere). A formula
    // KaTeX cannot parse fails the build.
    config(md) {
      // (Cast: the plugin types markdown-it with its own copy of @types/markdown-it.)
      md.use(katexPlugin as never, { throwOnError: true })
      // A display formula wider than the column scrolls inside its own box (style.css); it takes
      // keyboard focus, as the wide tables do, so that it can be scrolled without a mouse.
      for (const rule of ['math_block', 'math_inline_block', 'math_inline_bare_block']) {
        const render = md.renderer.rules[rule]
        if (!render) continue
        md.renderer.rules[rule] = (...args) =>
          render(...args).replace(
            '<span class="katex-display">',
            '<span class="katex-display" tabindex="0">',
          )
      }
    },
    // VitePress's default github-light puts keywords at 4.2:1 on the code block's background, under
    // WCAG AA's 4.5:1; the high-contrast pair passes (axe checks it in the browser test).
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  },
  vite: {
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions }, noExternal: [/^@weightinit\//] },
    build: { chunkSizeWarningLimit: 2000 },
  },
})
