import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
}

/** A running static server: its origin, and how to stop it. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string
  close(): Promise<void>
}

/** The file a URL path names under `root`, as a static host serves VitePress output; undefined if none. */
export function resolveFile(root: string, pathname: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const file = normalize(join(root, path))
  if (file !== root && !file.startsWith(root + sep)) return undefined
  const candidates = path.endsWith('/') ? [join(file, 'index.html')] : [file, `${file}.html`]
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile())
}

/**
 * Serves the files under `root` on 127.0.0.1 at a free port: `/dir/` → `dir/index.html`, `/page` →
 * `page.html`, anything else missing → `404.html` with status 404.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const file = resolveFile(root, url.pathname)
    if (!file) {
      response.writeHead(404, { 'content-type': types['.html']! })
      const notFound = join(root, '404.html')
      if (existsSync(notFound)) createReadStream(notFound).pipe(response)
      else response.end('not found')
      return
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
