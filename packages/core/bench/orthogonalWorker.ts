/**
 * The worker of `pnpm bench`'s all-threads orthogonal row: computes a range of an orthogonal
 * matrix's columns with `haarColumns` into a shared Q, as a worker pool does (the pool itself is
 * `@weightinit/buffers`'). Started by `sampling.bench.ts` through a tsx bootstrap.
 */
import { parentPort } from 'node:worker_threads'
import { type HaarReflectors, haarColumns } from '../src/samplers'

/** A job: Q's columns j0 … j1−1 of an n×n float32 orthogonal, from reflectors in shared memory. */
interface Job {
  readonly n: number
  readonly columns: Float32Array
  readonly tau: Float64Array
  readonly q: Float32Array
  readonly j0: number
  readonly j1: number
}

parentPort?.on('message', ({ n, columns, tau, q, j0, j1 }: Job) => {
  const reflectors: HaarReflectors = { m: n, n, columns, tau, precision: 'float32' }
  q.set(haarColumns(reflectors, j0, j1), j0 * n)
  parentPort?.postMessage('done')
})
