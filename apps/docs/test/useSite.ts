import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll } from 'vitest'
import { artifactsDir, type Browser, distDir, launchBrowser } from './site'
import { type StaticServer, serveStatic } from './staticServer'

/** The built site's server and a browser, as {@link useSite} gives them to a test file. */
export interface Site {
  readonly server: StaticServer
  readonly browser: Browser
}

/**
 * Serves the built site and launches the browser for one test file: started before its tests,
 * closed after them. Read `server` and `browser` inside the tests (they are set by then).
 *
 * @example
 * ```ts
 * import { useSite } from './useSite'
 * const site = useSite()
 * // in a test: await openPage(site.browser, site.server, '/')
 * ```
 */
export function useSite(): Site {
  const site = {} as { server: StaticServer; browser: Browser }
  beforeAll(async () => {
    site.server = await serveStatic(distDir)
    site.browser = await launchBrowser()
    mkdirSync(artifactsDir, { recursive: true })
  })
  afterAll(async () => {
    await site.browser?.close()
    await site.server?.close()
  })
  return site
}
