import '@tensorflow/tfjs-backend-cpu'
import * as tf from '@tensorflow/tfjs-core'

/**
 * Makes tfjs's cpu backend (float32, in JavaScript: the same numbers in every browser and in Node)
 * the current one, in production mode (no debug checks, no "install tfjs-node" hint in Node).
 *
 * @example
 * ```ts
 * import { useCpuBackend } from './useCpuBackend'
 * await useCpuBackend()
 * ```
 */
export async function useCpuBackend(): Promise<void> {
  tf.enableProdMode()
  await tf.setBackend('cpu')
}
