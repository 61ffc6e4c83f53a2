/**
 * The worker of `pnpm bench`'s all-threads orthogonal row: computes a range of an orthogonal
 * matrix's columns with `haarColumns`, as a worker pool does (the pool itself is
 * `@weightinit/buffers`'). Started by `sampling.bench.ts` through a tsx bootstrap.
 */
import { parentPort } from 'node:worker_threads'
import { type HaarReflectors, haarColumns } from '../src/samplers'

parentPort?.on('message', (job: { reflectors: HaarReflectors; j0: number; j1: number }) => {
  const columns = haarColumns(job.reflectors, job.j0, job.j1)
  parentPort?.postMessage(columns, [columns.buffer as ArrayBuffer])
})
