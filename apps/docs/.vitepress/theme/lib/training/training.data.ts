/* A VitePress data loader, run by the build (and the dev server) in Node: it trains every case of
 * the training demo with the same code the browser runs, and the pages embed the result as their
 * static curves (cached by loadInVite under a hash of its inputs; never stored in the repository). */
import { loadInVite } from './loadInVite'
import type { TrainingFallback } from './trainingFallback'

export type { TrainingFallback }

/** The precomputed runs, as the pages import them. */
declare const data: TrainingFallback

export { data }

export default {
  load: (): Promise<TrainingFallback> =>
    loadInVite<TrainingFallback>('training', 'trainingFallback.ts', 'trainingFallback'),
}
