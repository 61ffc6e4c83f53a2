/* A VitePress data loader, run by the build in Node: the symmetry demo's two training runs (tfjs,
 * weightinit's reinitialize), embedded in the page (cached by loadInVite; never stored). */
import { loadInVite } from './loadInVite'
import type { SymmetryDemo } from './symmetryRun'

export type { SymmetryDemo }

/** The two runs, as the page imports them. */
declare const data: SymmetryDemo

export { data }

export default {
  load: (): Promise<SymmetryDemo> =>
    loadInVite<SymmetryDemo>('symmetry', 'symmetryRun.ts', 'symmetryDemo'),
}
