import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type DefaultTheme, defineConfig } from 'vitepress'

/** The guide, one page per idea, in reading order. */
export const guide: DefaultTheme.SidebarItem[] = [
  {
    text: 'Foundations',
    items: [
      { text: 'Getting started', link: '/guide/getting-started' },
      { text: 'Why initialization matters', link: '/guide/why-initialization' },
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
    ],
  },
]

/** The API sidebar written by scripts/api.mjs (empty until it has run). */
function apiSidebar(): DefaultTheme.SidebarItem[] {
  const file = fileURLToPath(new URL('../api/typedoc-sidebar.json', import.meta.url))
  if (!existsSync(file)) return []
  return JSON.parse(readFileSync(file, 'utf8')) as DefaultTheme.SidebarItem[]
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
      { text: 'Guide', link: '/guide/getting-started', activeMatch: '/guide/' },
      { text: 'Porting', link: '/porting' },
      { text: 'Playground', link: '/playground' },
      { text: 'API', link: '/api/', activeMatch: '/api/' },
    ],
    sidebar: {
      '/guide/': guide,
      '/porting': guide,
      '/api/': [{ text: 'API reference', link: '/api/' }, ...apiSidebar()],
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
  markdown: {
    lineNumbers: false,
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
